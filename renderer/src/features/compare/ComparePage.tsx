import { Badge, Button, Callout, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '@shared/engine/types';
import { useFormat } from '@renderer/i18n/format';
import { useShallow, useStore } from '@renderer/store';
import { CaptionedTable } from '@renderer/ui/CaptionedTable';
import { EmptyState } from '@renderer/ui/EmptyState';
import { LinkButton } from '@renderer/ui/LinkButton';
import { Loading } from '@renderer/ui/Loading';
import { LoadFailed } from '@renderer/ui/LoadFailed';
import { Page } from '@renderer/ui/Page';
import { HouseholdLoaded } from '../household/HouseholdLoaded';
import { selectLineNames } from '../household/selectors';
import { useRefreshOnHouseholdChange } from '../cycle/useRefreshOnHouseholdChange';
import { AddOfferForm } from './AddOfferForm';
import { CheckPriceForm } from './CheckPriceForm';
import { reasonText, unknownText, type ReasonContext } from './reasonText';
import { formatList } from '@shared/i18n/list';

type Ranked = Comparison['ranking'][number];

/** The catalog's plans and the household's own, ranked for its lines in three groups: fits, may fit, doesn't fit. */
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
  const loadCatalog = useStore((s) => s.loadCatalog);
  const lineNames = useStore(useShallow(selectLineNames));
  const lineCount = useStore((s) => s.lines.length);

  // The "I checked" and "offer" forms edit catalog entries.
  useEffect(() => {
    void loadCatalog();
  }, [loadCatalog]);

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

  const ctx: ReasonContext = {
    t,
    gb: format.gb,
    lineName: (id: string) => lineNames.get(id) ?? id,
    list: (names: string[]) => formatList(names, format.locale),
  };
  const fits = comparison.ranking.filter((r) => r.fits === true);
  const mayFit = comparison.ranking.filter((r) => r.fits === null);
  const noFit = comparison.ranking.filter((r) => r.fits === false);

  return (
    <Flex direction="column" gap="5">
      <Text as="p" size="2">
        {fits.length === 0 ? t('summaryNone') : t('summary', { count: fits.length })}
      </Text>
      <Group id="fits" title={t('groups.fits')} hint={t('groups.fitsHint')} rows={fits} ctx={ctx} />
      <Group id="may-fit" title={t('groups.mayFit')} hint={t('groups.mayFitHint')} rows={mayFit} ctx={ctx} />
      <Group id="no-fit" title={t('groups.noFit')} hint={t('groups.noFitHint')} rows={noFit} ctx={ctx} />
      <AddOfferForm />
    </Flex>
  );
}

function Group({
  id,
  title,
  hint,
  rows,
  ctx,
}: {
  id: 'fits' | 'may-fit' | 'no-fit';
  title: string;
  hint: string;
  rows: Ranked[];
  ctx: ReasonContext;
}) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const carrierNames = useStore((s) => s.carrierNames);
  const lineNames = useStore(useShallow(selectLineNames));
  const ownPlan = useStore((s) => s.plan);
  const lineCount = useStore((s) => s.lines.length);
  const headingId = `compare-${id}-heading`;
  const lastColumn = id === 'may-fit' ? t('columns.unknowns') : id === 'no-fit' ? t('columns.reasons') : null;
  return (
    <section aria-labelledby={headingId} data-testid={`compare-group-${id}`}>
      <Heading as="h3" size="4" mb="1" id={headingId}>
        {title} ({rows.length})
      </Heading>
      <Text as="p" size="2" color="gray" mb="2">
        {hint}
      </Text>
      {rows.length === 0 ? (
        <Text as="p" size="2">
          {t('groups.empty')}
        </Text>
      ) : (
        <CaptionedTable caption={title}>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('columns.plan')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('columns.carrier')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell justify="end">{t('columns.monthly')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('columns.tiers')}</Table.ColumnHeaderCell>
              {lastColumn ? <Table.ColumnHeaderCell>{lastColumn}</Table.ColumnHeaderCell> : null}
              <Table.ColumnHeaderCell>
                <span className="dp-visually-hidden">{t('columns.tryPlan')}</span>
              </Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r) => {
              const isOwn = ownPlan !== null && ownPlan.name === r.plan && ownPlan.carrier === r.carrier;
              const priceUnknown = r.details?.some((d) => d.code === 'PRICE_UNKNOWN') ?? false;
              return (
                <Table.Row key={`${r.carrier}/${r.plan}`}>
                  <Table.RowHeaderCell>
                    <Flex gap="2" align="center" wrap="wrap">
                      {r.plan}
                      {isOwn ? <Badge color="blue">{t('yourPlan')}</Badge> : null}
                    </Flex>
                  </Table.RowHeaderCell>
                  <Table.Cell>{carrierNames[r.carrier] ?? r.carrier}</Table.Cell>
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
                  {id === 'may-fit' ? (
                    <Table.Cell>
                      <Flex direction="column" gap="1">
                        <ul className="compare-unknowns" data-testid="compare-unknowns">
                          {r.unknowns.map((u, j) => (
                            <li key={`${j}-${u}`}>
                              <Text size="2">{unknownText(u, r.details?.[r.reasons.length + j], ctx)}</Text>
                            </li>
                          ))}
                        </ul>
                        {priceUnknown && !isOwn ? <CheckPriceForm row={r} lineCount={lineCount} /> : null}
                      </Flex>
                    </Table.Cell>
                  ) : null}
                  {id === 'no-fit' ? (
                    <Table.Cell>
                      <Flex direction="column" gap="1">
                        {r.reasons.map((reason, j) => (
                          <Text key={`${j}-${reason}`} size="2">
                            {reasonText(reason, r.details?.[j], ctx)}
                          </Text>
                        ))}
                      </Flex>
                    </Table.Cell>
                  ) : null}
                  <Table.Cell>{isOwn ? null : <TryPlanButton row={r} />}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </CaptionedTable>
      )}
    </section>
  );
}

/** Opens the what-if on a copy of the household with this plan, each line on the tier Compare chose; nothing is written until Apply. */
function TryPlanButton({ row }: { row: Ranked }) {
  const { t } = useTranslation('compare');
  const start = useStore((s) => s.startWhatIfWithPlan);
  const carrierName = useStore((s) => s.carrierNames[row.carrier] ?? row.carrier);
  // Only catalog plans (and offers you entered) can be tried; the catalog loads with the page.
  const known = useStore((s) =>
    s.catalog.some(
      (e) => e.carrier.id === row.carrier && Object.values(e.carrier.plans).some((p) => p.name === row.plan),
    ),
  );
  if (!known) return null;
  return (
    <Button
      size="1"
      variant="soft"
      aria-label={t('tryPlanNamed', { plan: row.plan, carrier: carrierName })}
      onClick={() => {
        if (start(row.carrier, row.plan, row.tiers)) window.location.hash = '#/whatif';
      }}
    >
      {t('tryPlan')}
    </Button>
  );
}
