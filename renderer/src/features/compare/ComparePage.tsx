import { Badge, Callout, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useShallow, useStore } from '../../store';
import { CaptionedTable } from '../../ui/CaptionedTable';
import { EmptyState } from '../../ui/EmptyState';
import { LinkButton } from '../../ui/LinkButton';
import { Loading } from '../../ui/Loading';
import { LoadFailed } from '../../ui/LoadFailed';
import { Page } from '../../ui/Page';
import { HouseholdLoaded } from '../household/HouseholdLoaded';
import { selectLineNames } from '../household/selectors';
import { useRefreshOnHouseholdChange } from '../plan/useRefreshOnHouseholdChange';
import { reasonText, unknownText } from './reasonText';

/** The catalog's plans and the household's own, ranked for its lines. */
export function ComparePage() {
  const { t } = useTranslation('compare');
  const refreshComparison = useStore((s) => s.refreshComparison);
  useRefreshOnHouseholdChange(refreshComparison);
  const refreshing = useStore((s) => s.comparisonRefreshing && s.comparisonStatus === 'ready');
  return (
    <Page title={t('title')} intro={t('intro')} status={refreshing ? t('refreshing') : ''}>
      <Callout.Root color="blue" variant="surface">
        <Callout.Text>{t('sources')}</Callout.Text>
      </Callout.Root>
      <HouseholdLoaded>
        <CompareBody />
      </HouseholdLoaded>
    </Page>
  );
}

function CompareBody() {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const current = useStore((s) => s.comparisonHouseholdId === s.loadedHouseholdId);
  const status = useStore((s) => s.comparisonStatus);
  const comparison = useStore((s) => s.comparison);
  const error = useStore((s) => s.comparisonError);
  const refresh = useStore((s) => s.refreshComparison);
  const carrierNames = useStore((s) => s.carrierNames);
  const lineNames = useStore(useShallow(selectLineNames));
  const lineCount = useStore((s) => s.lines.length);
  const ownPlan = useStore((s) => s.plan);

  if (!current || status === 'idle' || status === 'loading') return <Loading />;
  if (status === 'failed' || !comparison) {
    return <LoadFailed error={error} retryLabel={t('retry')} onRetry={() => void refresh()} failedText={t('failed')} />;
  }
  if (lineCount === 0) {
    return (
      <EmptyState
        title={t('noLinesTitle')}
        body={t('noLinesBody')}
        action={<LinkButton href="#/plans">{t('addLines')}</LinkButton>}
      />
    );
  }

  const listFormat = new Intl.ListFormat(format.locale, { type: 'conjunction' });
  const reasonContext = {
    t,
    gb: format.gb,
    lineName: (id: string) => lineNames.get(id) ?? id,
    list: (names: string[]) => listFormat.format(names),
  };
  const fitting = comparison.ranking.filter((r) => r.fits === true).length;

  return (
    <section aria-labelledby="compare-table-heading">
      <Heading as="h3" size="4" mb="1" id="compare-table-heading">
        {t('caption')}
      </Heading>
      <Text as="p" size="2" mb="3">
        {fitting === 0 ? t('summaryNone') : t('summary', { count: fitting })}
      </Text>
      <CaptionedTable caption={t('caption')}>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('columns.plan')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('columns.carrier')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('columns.fits')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('columns.monthly')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('columns.tiers')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('columns.reasons')}</Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {comparison.ranking.map((r, i) => {
            const isOwn = ownPlan !== null && ownPlan.name === r.plan && ownPlan.carrier === r.carrier;
            return (
              <Table.Row key={`${r.carrier}-${r.plan}-${i}`}>
                <Table.RowHeaderCell>
                  <Flex gap="2" align="center" wrap="wrap">
                    {r.plan}
                    {isOwn ? <Badge color="blue">{t('yourPlan')}</Badge> : null}
                  </Flex>
                </Table.RowHeaderCell>
                <Table.Cell>{carrierNames[r.carrier] ?? r.carrier}</Table.Cell>
                <Table.Cell>
                  {r.fits === true ? (
                    <Badge color="green">{t('fits')}</Badge>
                  ) : r.fits === null ? (
                    <Badge color="amber">{t('mayFit')}</Badge>
                  ) : (
                    <Badge color="red">{t('doesNotFit')}</Badge>
                  )}
                </Table.Cell>
                <Table.Cell justify="end">
                  {r.monthly === null ? <Text color="gray">{t('priceUnknown')}</Text> : format.price(r.monthly)}
                </Table.Cell>
                <Table.Cell>
                  {r.tiers === null ? (
                    <Text color="gray">{t('noTiers')}</Text>
                  ) : Object.keys(r.tiers).length === 0 ? (
                    t('noValue')
                  ) : (
                    <Flex direction="column">
                      {Object.entries(r.tiers).map(([lineId, tier]) => (
                        <span key={lineId}>{t('tierOf', { line: lineNames.get(lineId) ?? lineId, tier })}</span>
                      ))}
                    </Flex>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {r.reasons.length === 0 && r.unknowns.length === 0 ? (
                    t('noValue')
                  ) : (
                    <Flex direction="column" gap="1">
                      {r.reasons.map((reason, j) => (
                        <Text key={`${j}-${reason}`} size="2">
                          {reasonText(reason, r.details?.[j], reasonContext)}
                        </Text>
                      ))}
                      {r.unknowns.length > 0 ? (
                        <Text size="2" color="gray">
                          {t('notKnown', {
                            facts: listFormat.format(
                              r.unknowns.map((u, j) =>
                                unknownText(u, r.details?.[r.reasons.length + j], reasonContext),
                              ),
                            ),
                          })}
                        </Text>
                      ) : null}
                    </Flex>
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </CaptionedTable>
    </section>
  );
}
