import { Button, Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useStore } from '../../store';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { formatIsoDate } from '../plan/dates';
import { LineUsageSection } from './LineUsageSection';

/** What each line has used this cycle, and what it used in past cycles. */
export function UsagePage() {
  const { t } = useTranslation('usage');
  const status = useStore((s) => s.householdStatus);
  const lines = useStore((s) => s.lines);
  return (
    <Flex direction="column" gap="5">
      <div>
        <Heading as="h2" size="6">
          {t('title')}
        </Heading>
        <Text as="p" color="gray" size="2" style={{ maxWidth: '70ch' }}>
          {t('intro')}
        </Text>
      </div>
      <UsageUndoNotice />
      {status !== 'ready' ? (
        <Loading />
      ) : lines.length === 0 ? (
        <EmptyState
          title={t('noLinesTitle')}
          body={t('noLinesBody')}
          action={
            <Button asChild>
              <a href="#/plans">{t('addLines')}</a>
            </Button>
          }
        />
      ) : (
        lines.map((line) => <LineUsageSection key={line.id} line={line} />)
      )}
    </Flex>
  );
}

/** "Deleted the reading … — Undo", for the household it was deleted from. */
function UsageUndoNotice() {
  const { t } = useTranslation(['usage', 'common']);
  const format = useFormat();
  const deletion = useStore((s) =>
    s.lastUsageDeletion?.householdId === s.loadedHouseholdId ? s.lastUsageDeletion : null,
  );
  const undo = useStore((s) => s.undoUsageDeletion);
  const dismiss = useStore((s) => s.dismissUsageDeletion);
  return (
    <div role="status" aria-live="polite">
      {deletion ? (
        <Callout.Root color="gray" variant="surface" highContrast>
          <Flex align="center" gap="3" wrap="wrap">
            <Callout.Text>
              {deletion.kind === 'reading'
                ? t('deleted.reading', {
                    used: format.gb(deletion.record.usedGB),
                    date: formatIsoDate(deletion.record.date, format.locale),
                    line: deletion.lineName,
                  })
                : t('deleted.history', {
                    date: formatIsoDate(deletion.record.cycleStart, format.locale),
                    line: deletion.lineName,
                  })}
            </Callout.Text>
            <Flex gap="2">
              <Button size="1" onClick={() => void undo()}>
                {t('common:actions.undo')}
              </Button>
              <Button size="1" variant="ghost" color="gray" onClick={dismiss}>
                {t('common:actions.dismiss')}
              </Button>
            </Flex>
          </Flex>
        </Callout.Root>
      ) : null}
    </div>
  );
}
