import { Button, Flex, Grid, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { ApiErrorCallout } from '../../ui/ApiErrorCallout';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { CostCard } from './CostCard';
import { CycleCard } from './CycleCard';
import { HotspotSection } from './HotspotSection';
import { LineResultsTable } from './LineResultsTable';
import { LinesChart } from './LinesChart';
import { PoolCard } from './PoolCard';
import { PoolChart } from './PoolChart';
import { useRefreshOnHouseholdChange } from './useRefreshOnHouseholdChange';
import { WarningsSection } from './WarningsSection';

/** The current billing cycle of the household's plan: split, forecast, hotspot, cost and warnings. */
export function PlanPage() {
  const { t } = useTranslation('plan');
  const refreshEvaluation = useStore((s) => s.refreshEvaluation);
  useRefreshOnHouseholdChange(refreshEvaluation);
  const refreshing = useStore((s) => s.evaluationRefreshing && s.evaluationStatus === 'ready');
  return (
    <Flex direction="column" gap="5">
      <div>
        <Flex align="baseline" gap="3" wrap="wrap">
          <Heading as="h2" size="6">
            {t('title')}
          </Heading>
          <Text size="1" color="gray" role="status">
            {refreshing ? t('refreshing') : ''}
          </Text>
        </Flex>
        <Text color="gray" size="2">
          {t('intro')}
        </Text>
      </div>
      <PlanBody />
    </Flex>
  );
}

function PlanBody() {
  const { t } = useTranslation('plan');
  const householdStatus = useStore((s) => s.householdStatus);
  // An evaluation of the household shown before a switch must not flash up for the new one.
  const current = useStore((s) => s.evaluationHouseholdId === s.loadedHouseholdId);
  const status = useStore((s) => s.evaluationStatus);
  const evaluation = useStore((s) => s.evaluation);
  const asOf = useStore((s) => s.evaluationAsOf);
  const error = useStore((s) => s.evaluationError);
  const refresh = useStore((s) => s.refreshEvaluation);

  if (householdStatus !== 'ready' || !current || status === 'idle' || status === 'loading') return <Loading />;
  if (status === 'no-plan') {
    return (
      <EmptyState
        title={t('empty.noPlanTitle')}
        body={t('empty.noPlanBody')}
        action={
          <Button asChild>
            <a href="#/plans">{t('empty.goToPlans')}</a>
          </Button>
        }
      />
    );
  }
  if (status === 'failed' || !evaluation || !asOf) {
    return error ? (
      <ApiErrorCallout error={error}>
        <Flex justify="end">
          <Button size="1" variant="soft" color="red" onClick={() => void refresh()}>
            {t('retry')}
          </Button>
        </Flex>
      </ApiErrorCallout>
    ) : (
      <Text>{t('failed')}</Text>
    );
  }

  return (
    <>
      <Grid columns={{ initial: '1', sm: '2' }} gap="4">
        <CycleCard cycle={evaluation.cycle} asOf={asOf} />
        <CostCard cost={evaluation.cost} />
      </Grid>
      {evaluation.lines.length === 0 ? (
        <EmptyState
          title={t('empty.noLinesTitle')}
          body={t('empty.noLinesBody')}
          action={
            <Button asChild>
              <a href="#/plans">{t('empty.addLines')}</a>
            </Button>
          }
        />
      ) : (
        <>
          <WarningsSection warnings={evaluation.warnings} />
          <LineResultsTable lines={evaluation.lines} />
          {evaluation.pool ? (
            <Grid columns={{ initial: '1', md: '2' }} gap="4" align="start">
              <PoolCard pool={evaluation.pool} />
              <PoolChart pool={evaluation.pool} />
            </Grid>
          ) : null}
          <LinesChart lines={evaluation.lines} />
          <HotspotSection assignments={evaluation.hotspot} overflowGB={evaluation.hotspotOverflowGB} />
        </>
      )}
    </>
  );
}
