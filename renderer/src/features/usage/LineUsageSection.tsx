import { Button, Card, Flex, Grid, Heading, Text } from '@radix-ui/themes';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Line } from '@shared/domain/schemas';
import { useFormat } from '@renderer/i18n/format';
import { useStore } from '@renderer/store';
import { DatedEntryList } from '@renderer/ui/DatedEntryList';
import { FormDialog } from '@renderer/ui/FormDialog';
import { formatIsoDate } from '../cycle/dates';
import { historyOfLine, readingsOfLine } from './readingsByLine';

import { UsageEntryForm } from './UsageEntryForm';
import { OLDER_READINGS_PAGE } from './usageSlice';

/** One line's readings of this cycle and totals of past cycles, newest first. */
export function LineUsageSection({ line }: { line: Line }) {
  const { t } = useTranslation('usage');
  const { t: tc } = useTranslation('common');
  const format = useFormat();
  // Selected per line: a change on another line leaves this one's arrays (and this section) alone.
  const current = useStore((s) => readingsOfLine(s.readings, line.id));
  const history = useStore((s) => historyOfLine(s.history, line.id));
  // The current cycle's readings, then older ones a page at a time: the page's size does not grow with the years.
  const older = useStore((s) => s.olderReadings[line.id]);
  const loadOlder = useStore((s) => s.loadOlderReadings);
  const shown = useMemo(() => (older?.items.length ? [...current, ...older.items] : current), [current, older]);
  const left = older?.remaining ?? 0;
  const addReading = useStore((s) => s.addReading);
  const addHistoryEntry = useStore((s) => s.addHistoryEntry);
  const deleteReading = useStore((s) => s.deleteReading);
  const updateReading = useStore((s) => s.updateReading);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = shown.find((r) => r.id === editingId) ?? null;
  const deleteHistoryEntry = useStore((s) => s.deleteHistoryEntry);
  const headingId = `usage-line-${line.id}`;
  const date = (iso: string) => formatIsoDate(iso, format.locale);

  return (
    <Card asChild size="3">
      <section aria-labelledby={headingId}>
        <Heading as="h3" size="4" mb="3" id={headingId}>
          {t('lineHeading', { line: line.name })}
        </Heading>
        <Grid columns={{ initial: '1', md: '2' }} gap="5">
          <Flex direction="column" gap="3">
            <Heading as="h4" size="3">
              {t('reading.heading')}
            </Heading>
            <UsageEntryForm
              idPrefix={`reading-${line.id}`}
              errorPrefix="reading"
              dateStartsToday
              testIds={{
                amount: `usage-reading-gb-${line.id}`,
                date: `usage-reading-date-${line.id}`,
                submit: `usage-reading-add-${line.id}`,
              }}
              labels={{
                amount: t('reading.usedGB'),
                amountHint: t('reading.usedGBHint'),
                date: t('reading.date'),
                dateHint: t('reading.dateHint'),
                submit: t('reading.add'),
                saved: t('reading.saved'),
              }}
              onSave={(entry) => addReading({ lineId: line.id, date: entry.date, usedGB: entry.usedGB })}
            />
            <DatedEntryList
              entries={shown.map((r) => ({ id: r.id, date: date(r.date), usedGB: r.usedGB }))}
              caption={t('reading.caption', { line: line.name })}
              dateColumn={t('reading.columns.date')}
              amountColumn={t('reading.columns.usedGB')}
              empty={t('reading.empty')}
              deleteLabel={(r) => t('reading.deleteNamed', { used: format.gb(r.usedGB), date: r.date })}
              onDelete={(id) => void deleteReading(id)}
              editLabel={(r) => t('edit.editNamed', { used: format.gb(r.usedGB), date: r.date })}
              onEdit={setEditingId}
            />
            <FormDialog
              open={editing !== null}
              onOpenChange={(open) => (open ? undefined : setEditingId(null))}
              maxWidth="480px"
              title={t('edit.title')}
              description={t('edit.description', { line: line.name })}
            >
              {editing ? (
                <UsageEntryForm
                  idPrefix={`reading-edit-${line.id}`}
                  errorPrefix="reading"
                  dateStartsToday={false}
                  initial={{ date: editing.date, usedGB: editing.usedGB }}
                  labels={{
                    amount: t('reading.usedGB'),
                    amountHint: t('reading.usedGBHint'),
                    date: t('reading.date'),
                    dateHint: t('reading.dateHint'),
                    submit: t('edit.save'),
                    saved: t('edit.saved'),
                  }}
                  onSave={async (entry) => {
                    await updateReading(editing.id, { lineId: line.id, date: entry.date, usedGB: entry.usedGB });
                    setEditingId(null);
                  }}
                />
              ) : null}
            </FormDialog>
            {left > 0 ? (
              <Button
                variant="soft"
                size="1"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => void loadOlder(line.id)}
              >
                {tc('paging.showOlder', { count: Math.min(OLDER_READINGS_PAGE, left), left })}
              </Button>
            ) : null}
          </Flex>

          <Flex direction="column" gap="3">
            <div>
              <Heading as="h4" size="3">
                {t('history.heading')}
              </Heading>
              <Text size="1" color="gray">
                {t('history.intro')}
              </Text>
            </div>
            <UsageEntryForm
              idPrefix={`history-${line.id}`}
              errorPrefix="entry"
              dateStartsToday={false}
              labels={{
                amount: t('history.usedGB'),
                amountHint: '',
                date: t('history.cycleStart'),
                dateHint: t('history.cycleStartHint'),
                submit: t('history.add'),
                saved: t('history.saved'),
              }}
              onSave={(entry) => addHistoryEntry({ lineId: line.id, cycleStart: entry.date, usedGB: entry.usedGB })}
            />
            <DatedEntryList
              entries={history.map((h) => ({ id: h.id, date: date(h.cycleStart), usedGB: h.usedGB }))}
              caption={t('history.caption', { line: line.name })}
              dateColumn={t('history.columns.cycleStart')}
              amountColumn={t('history.columns.usedGB')}
              empty={t('history.empty')}
              deleteLabel={(h) => t('history.deleteNamed', { date: h.date })}
              onDelete={(id) => void deleteHistoryEntry(id)}
            />
          </Flex>
        </Grid>
      </section>
    </Card>
  );
}
