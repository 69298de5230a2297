import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useStore } from '../../store';
import { EmptyState } from '../../ui/EmptyState';
import { LinkButton } from '../../ui/LinkButton';
import { Page } from '../../ui/Page';
import { UndoCallout } from '../../ui/UndoCallout';
import { HouseholdLoaded } from '../household/HouseholdLoaded';
import { formatIsoDate } from '../plan/dates';
import { CycleTotalOffers } from './CycleTotalOffers';
import { LineUsageSection } from './LineUsageSection';
import { UsageHistorySection } from './UsageHistorySection';
import { UsageImportCard } from './UsageImportCard';
import type { UsageChange } from './usageSlice';

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
            <CycleTotalOffers />
            <UsageImportCard />
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

/** "Deleted / replaced / imported … — Undo", for the household it happened in. */
function UsageUndoNotice() {
  const { t } = useTranslation('usage');
  const format = useFormat();
  const change = useStore((s) => (s.lastUsageChange?.householdId === s.loadedHouseholdId ? s.lastUsageChange : null));
  const undo = useStore((s) => s.undoUsageChange);
  const dismiss = useStore((s) => s.dismissUsageChange);
  const date = (iso: string) => formatIsoDate(iso, format.locale);
  const message = (c: UsageChange): string => {
    switch (c.kind) {
      case 'reading-deleted':
        return t('deleted.reading', { used: format.gb(c.record.usedGB), date: date(c.record.date), line: c.lineName });
      case 'history-deleted':
        return t('deleted.history', { date: date(c.record.cycleStart), line: c.lineName });
      case 'reading-replaced':
        return t('changed.replaced', {
          date: date(c.change.date),
          line: c.lineName,
          old: format.gb(c.change.replaced?.usedGB ?? 0),
          new: format.gb(c.change.usedGB),
        });
      case 'reading-edited':
        return t('changed.edited', { date: date(c.change.previous?.date ?? c.change.date), line: c.lineName });
      case 'total-recorded':
        return t('changed.totalRecorded', {
          used: format.gb(c.record.usedGB),
          date: date(c.record.cycleStart),
          line: c.lineName,
        });
      case 'imported':
        return t('changed.imported', { added: c.result.added, replaced: c.result.replaced });
    }
  };
  return (
    <div role="status" aria-live="polite">
      {change ? <UndoCallout message={message(change)} onUndo={() => void undo()} onDismiss={dismiss} /> : null}
    </div>
  );
}
