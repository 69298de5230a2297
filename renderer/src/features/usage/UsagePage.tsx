import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { EmptyState } from '@renderer/ui/EmptyState';
import { LinkButton } from '@renderer/ui/LinkButton';
import { Page } from '@renderer/ui/Page';
import { HouseholdLoaded } from '../household/HouseholdLoaded';
import { CycleTotalOffers } from './CycleTotalOffers';
import { LineUsageSection } from './LineUsageSection';
import { UsageHistorySection } from './UsageHistorySection';
import { UsageImportCard } from './UsageImportCard';

/** What each line has used this cycle, and what it used in past cycles. */
export function UsagePage() {
  const { t } = useTranslation('usage');
  const lines = useStore((s) => s.lines);
  return (
    <Page title={t('title')} intro={t('intro')}>
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
