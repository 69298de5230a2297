import { Grid } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { EmptyState } from '@renderer/ui/EmptyState';
import { LinkButton } from '@renderer/ui/LinkButton';
import { Loading } from '@renderer/ui/Loading';
import { LoadFailed } from '@renderer/ui/LoadFailed';
import { Page } from '@renderer/ui/Page';
import { HouseholdLoaded } from '../household/HouseholdLoaded';
import { CostCard } from './CostCard';
import { CycleCard } from './CycleCard';
import { HotspotSection } from './HotspotSection';
import { LineResultsTable } from './LineResultsTable';
import { LinesChart } from './LinesChart';
import { PoolCard } from './PoolCard';
import { PoolChart } from './PoolChart';
import { StatusSection } from './StatusSection';
import { useRefreshOnHouseholdChange } from './useRefreshOnHouseholdChange';
import { WarningsSection } from './WarningsSection';

/** The current billing cycle of the household's plan: split, forecast, hotspot, cost and warnings. */
export function PlanPage() {
  const { t } = useTranslation('cycle');
  const refreshEvaluation = useStore((s) => s.refreshEvaluation);
  useRefreshOnHouseholdChange(refreshEvaluation);
  const refreshing = useStore((s) => s.evaluationRefreshing && s.evaluationStatus === 'ready');
  return (
    <Page title={t('title')} intro={t('intro')} status={refreshing ? t('refreshing') : ''}>
      <HouseholdLoaded>
        <PlanBody />
      </HouseholdLoaded>
    </Page>
  );
}

function PlanBody() {
  const { t } = useTranslation('cycle');
  // An evaluation of the household shown before a switch must not flash up for the new one.
  const current = useStore((s) => s.evaluationHouseholdId === s.loadedHouseholdId);
  const status = useStore((s) => s.evaluationStatus);
  const evaluation = useStore((s) => s.evaluation);
  const asOf = useStore((s) => s.evaluationAsOf);
  const error = useStore((s) => s.evaluationError);
  const refresh = useStore((s) => s.refreshEvaluation);

  if (!current || status === 'idle' || status === 'loading') return <Loading />;
  if (status === 'no-plan') {
    return (
      <EmptyState
        title={t('empty.noPlanTitle')}
        body={t('empty.noPlanBody')}
        action={<LinkButton href="#/plans">{t('empty.goToPlans')}</LinkButton>}
      />
    );
  }
  if (status === 'failed' || !evaluation || !asOf) {
    return <LoadFailed error={error} retryLabel={t('retry')} onRetry={() => void refresh()} failedText={t('failed')} />;
  }

  return (
    <>
      {evaluation.lines.length > 0 ? <StatusSection evaluation={evaluation} asOf={asOf} /> : null}
      <Grid columns={{ initial: '1', sm: '2' }} gap="4">
        <CycleCard cycle={evaluation.cycle} asOf={asOf} />
        <CostCard cost={evaluation.cost} />
      </Grid>
      {evaluation.lines.length === 0 ? (
        <EmptyState
          title={t('empty.noLinesTitle')}
          body={t('empty.noLinesBody')}
          action={<LinkButton href="#/plans">{t('empty.addLines')}</LinkButton>}
        />
      ) : (
        <>
          <WarningsSection evaluation={evaluation} />
          <LineResultsTable lines={evaluation.lines} onPool={evaluation.pool !== null} />
          {evaluation.pool ? (
            <Grid columns={{ initial: '1', md: '2' }} gap="4" align="start">
              <PoolCard pool={evaluation.pool} />
              <PoolChart pool={evaluation.pool} />
            </Grid>
          ) : null}
          <LinesChart lines={evaluation.lines} />
          <HotspotSection
            assignments={evaluation.hotspot}
            overflowGB={evaluation.hotspotOverflowGB}
            exact={evaluation.hotspotExact}
          />
        </>
      )}
    </>
  );
}
