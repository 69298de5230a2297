import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useStore } from '../../store';
import { EmptyState } from '../../ui/EmptyState';
import { LinkButton } from '../../ui/LinkButton';
import { Page } from '../../ui/Page';
import { UndoCallout } from '../../ui/UndoCallout';
import { HouseholdLoaded } from '../household/HouseholdLoaded';
import { formatIsoDate } from '../plan/dates';
import { LineUsageSection } from './LineUsageSection';
import { UsageHistorySection } from './UsageHistorySection';

/** What each line has used this cycle, and what it used in past cycles. */
export function UsagePage() {
  const { t } = useTranslation('usage');
  const lines = useStore((s) => s.lines);
  return (
    <Page title={t('title')} intro={t('intro')}>
      <UsageUndoNotice />
      <HouseholdLoaded>
        {lines.length === 0 ? (
          <EmptyState
            title={t('noLinesTitle')}
            body={t('noLinesBody')}
            action={<LinkButton href="#/plans">{t('addLines')}</LinkButton>}
          />
        ) : (
          <>
            {lines.map((line) => (
              <LineUsageSection key={line.id} line={line} />
            ))}
            <UsageHistorySection />
          </>
        )}
      </HouseholdLoaded>
    </Page>
  );
}

/** "Deleted the reading … — Undo", for the household it was deleted from. */
function UsageUndoNotice() {
  const { t } = useTranslation('usage');
  const format = useFormat();
  const deletion = useStore((s) =>
    s.lastUsageDeletion?.householdId === s.loadedHouseholdId ? s.lastUsageDeletion : null,
  );
  const undo = useStore((s) => s.undoUsageDeletion);
  const dismiss = useStore((s) => s.dismissUsageDeletion);
  return (
    <div role="status" aria-live="polite">
      {deletion ? (
        <UndoCallout
          message={
            deletion.kind === 'reading'
              ? t('deleted.reading', {
                  used: format.gb(deletion.record.usedGB),
                  date: formatIsoDate(deletion.record.date, format.locale),
                  line: deletion.lineName,
                })
              : t('deleted.history', {
                  date: formatIsoDate(deletion.record.cycleStart, format.locale),
                  line: deletion.lineName,
                })
          }
          onUndo={() => void undo()}
          onDismiss={dismiss}
        />
      ) : null}
    </div>
  );
}
