import { Button, Card, Flex, Grid, Heading, Table, Text, VisuallyHidden } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Line } from '../../../../shared/domain/schemas';
import { useFormat } from '../../i18n/format';
import { useShallow, useStore } from '../../store';
import { formatIsoDate } from '../plan/dates';
import { UsageEntryForm } from './UsageEntryForm';

/** One line's readings of this cycle and totals of past cycles, newest first. */
export function LineUsageSection({ line }: { line: Line }) {
  const { t } = useTranslation(['usage', 'common']);
  const format = useFormat();
  const readings = useStore(
    useShallow((s) => s.readings.filter((r) => r.lineId === line.id).sort((a, b) => b.date.localeCompare(a.date))),
  );
  const history = useStore(
    useShallow((s) =>
      s.history.filter((h) => h.lineId === line.id).sort((a, b) => b.cycleStart.localeCompare(a.cycleStart)),
    ),
  );
  const addReading = useStore((s) => s.addReading);
  const addHistoryEntry = useStore((s) => s.addHistoryEntry);
  const deleteReading = useStore((s) => s.deleteReading);
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
            {readings.length === 0 ? (
              <Text size="2" color="gray">
                {t('reading.empty')}
              </Text>
            ) : (
              <Table.Root variant="surface" size="1">
                <VisuallyHidden asChild>
                  <caption>{t('reading.caption', { line: line.name })}</caption>
                </VisuallyHidden>
                <Table.Header>
                  <Table.Row>
                    <Table.ColumnHeaderCell>{t('reading.columns.date')}</Table.ColumnHeaderCell>
                    <Table.ColumnHeaderCell justify="end">{t('reading.columns.usedGB')}</Table.ColumnHeaderCell>
                    <Table.ColumnHeaderCell>
                      <VisuallyHidden>{t('common:actions.actions')}</VisuallyHidden>
                    </Table.ColumnHeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {readings.map((r) => (
                    <Table.Row key={r.id}>
                      <Table.RowHeaderCell>{date(r.date)}</Table.RowHeaderCell>
                      <Table.Cell justify="end">{format.gb(r.usedGB)}</Table.Cell>
                      <Table.Cell justify="end">
                        <Button
                          size="1"
                          variant="soft"
                          color="red"
                          aria-label={t('reading.deleteNamed', { used: format.gb(r.usedGB), date: date(r.date) })}
                          onClick={() => void deleteReading(r.id)}
                        >
                          {t('common:actions.delete')}
                        </Button>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table.Root>
            )}
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
            {history.length === 0 ? (
              <Text size="2" color="gray">
                {t('history.empty')}
              </Text>
            ) : (
              <Table.Root variant="surface" size="1">
                <VisuallyHidden asChild>
                  <caption>{t('history.caption', { line: line.name })}</caption>
                </VisuallyHidden>
                <Table.Header>
                  <Table.Row>
                    <Table.ColumnHeaderCell>{t('history.columns.cycleStart')}</Table.ColumnHeaderCell>
                    <Table.ColumnHeaderCell justify="end">{t('history.columns.usedGB')}</Table.ColumnHeaderCell>
                    <Table.ColumnHeaderCell>
                      <VisuallyHidden>{t('common:actions.actions')}</VisuallyHidden>
                    </Table.ColumnHeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {history.map((h) => (
                    <Table.Row key={h.id}>
                      <Table.RowHeaderCell>{date(h.cycleStart)}</Table.RowHeaderCell>
                      <Table.Cell justify="end">{format.gb(h.usedGB)}</Table.Cell>
                      <Table.Cell justify="end">
                        <Button
                          size="1"
                          variant="soft"
                          color="red"
                          aria-label={t('history.deleteNamed', { date: date(h.cycleStart) })}
                          onClick={() => void deleteHistoryEntry(h.id)}
                        >
                          {t('common:actions.delete')}
                        </Button>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table.Root>
            )}
          </Flex>
        </Grid>
      </section>
    </Card>
  );
}
