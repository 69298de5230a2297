import { Card, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { hotspotHostUse, usageHistory } from '@shared/history/usageHistory';
import { useFormat } from '@renderer/i18n/format';
import { useShallow, useStore, type AppState } from '@renderer/store';
import { CaptionedTable } from '@renderer/ui/CaptionedTable';
import { selectLineNames } from '../household/selectors';
import { CHART_COLORS, ChartFigure, gbTooltip } from '../cycle/ChartFigure';
import { formatIsoDate } from '../cycle/dates';
import { useRefreshOnHouseholdChange } from '../cycle/useRefreshOnHouseholdChange';

/** One colour per line, from the theme's scales, so light and dark mode both read. */
const LINE_COLORS = [
  'var(--teal-9)',
  'var(--blue-9)',
  'var(--amber-9)',
  'var(--crimson-9)',
  'var(--violet-9)',
  'var(--grass-9)',
];

/** The evaluation of the loaded household, or null while it is missing or belongs to another one. */
const currentEvaluation = (s: AppState) =>
  s.evaluationHouseholdId === s.loadedHouseholdId && s.evaluationStatus === 'ready' ? s.evaluation : null;

/** Past cycles per line next to this cycle's forecast, and hotspot use per host. */
export function UsageHistorySection() {
  const { t } = useTranslation('usageHistory');
  const format = useFormat();
  const refresh = useStore((s) => s.refreshEvaluation);
  useRefreshOnHouseholdChange(refresh);
  const evaluation = useStore(currentEvaluation);
  const lines = useStore((s) => s.lines);
  const pastCycles = useStore((s) => s.history);
  const plan = useStore((s) => s.plan);
  const history = useMemo(
    () =>
      usageHistory(
        lines.map((l) => l.id),
        pastCycles,
        evaluation ? { cycleStart: evaluation.cycle.start, lines: evaluation.lines } : null,
      ),
    [lines, pastCycles, evaluation],
  );
  const hotspot = useMemo(
    () => (evaluation && plan ? hotspotHostUse(plan, lines, evaluation) : []),
    [plan, lines, evaluation],
  );
  const noPlan = useStore((s) => s.evaluationStatus === 'no-plan');
  const lineNames = useStore(useShallow(selectLineNames));
  const name = (id: string) => lineNames.get(id) ?? '';
  const hasAnything =
    history.cycles.length > 0 || history.lines.some((l) => l.usedGB !== null || l.forecastGB !== null);

  const data = [
    ...history.cycles.map((start, i) => ({
      label: t('cycleOf', { date: formatIsoDate(start, format.locale) }),
      ...Object.fromEntries(history.lines.map((l) => [l.lineId, l.pastGB[i]])),
    })),
    {
      label: t('thisCycle'),
      ...Object.fromEntries(history.lines.map((l) => [l.lineId, l.forecastGB ?? l.usedGB])),
    },
  ];

  return (
    <Card asChild size="3">
      <section aria-labelledby="usage-history-heading">
        <Flex direction="column" gap="3">
          <Heading as="h3" size="4" id="usage-history-heading">
            {t('heading')}
          </Heading>
          <Text as="p" size="2" color="gray">
            {t('intro')}
          </Text>
          {noPlan ? (
            <Text as="p" size="2">
              {t('noPlan')}
            </Text>
          ) : null}
          {!hasAnything ? (
            <Text as="p" size="2">
              {t('empty')}
            </Text>
          ) : (
            <>
              <ChartFigure
                id="usage-history-chart"
                title={t('chartTitle')}
                description={t('chartDescription')}
                heightPx={260}
              >
                <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" stroke={CHART_COLORS.grid} vertical={false} />
                  <XAxis dataKey="label" stroke={CHART_COLORS.axis} />
                  <YAxis stroke={CHART_COLORS.axis} tickFormatter={(v: number) => format.gb(v)} width={72} />
                  <Tooltip formatter={gbTooltip(format.gb)} />
                  <Legend itemSorter={null} />
                  {history.lines.map((l, i) => (
                    <Bar
                      isAnimationActive={false}
                      key={l.lineId}
                      dataKey={l.lineId}
                      name={name(l.lineId)}
                      stackId="cycle"
                      fill={LINE_COLORS[i % LINE_COLORS.length]}
                    />
                  ))}
                </BarChart>
              </ChartFigure>
              <CaptionedTable caption={t('caption')} size="1">
                <Table.Header>
                  <Table.Row>
                    <Table.ColumnHeaderCell>{t('columns.line')}</Table.ColumnHeaderCell>
                    {history.cycles.map((start) => (
                      <Table.ColumnHeaderCell key={start} justify="end">
                        {t('cycleOf', { date: formatIsoDate(start, format.locale) })}
                      </Table.ColumnHeaderCell>
                    ))}
                    <Table.ColumnHeaderCell justify="end">{t('columns.thisCycle')}</Table.ColumnHeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {history.lines.map((l) => (
                    <Table.Row key={l.lineId}>
                      <Table.RowHeaderCell>{name(l.lineId)}</Table.RowHeaderCell>
                      {l.pastGB.map((gb, i) => (
                        <Table.Cell key={history.cycles[i]} justify="end">
                          {gb === null ? t('noTotal') : format.gb(gb)}
                        </Table.Cell>
                      ))}
                      <Table.Cell justify="end">
                        {l.usedGB === null || l.forecastGB === null
                          ? t('noReading')
                          : t('usedOfForecast', { used: format.gb(l.usedGB), forecast: format.gb(l.forecastGB) })}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </CaptionedTable>
            </>
          )}
          {hotspot.length > 0 ? (
            <section aria-labelledby="usage-hotspot-heading">
              <Heading as="h4" size="3" id="usage-hotspot-heading" mb="1">
                {t('hotspot.heading')}
              </Heading>
              <Text as="p" size="2" color="gray" mb="2">
                {t('hotspot.intro')}
              </Text>
              <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                {hotspot.map((h) => (
                  <li key={h.lineId}>
                    <Text size="2">
                      <Text weight="medium">{name(h.lineId)}</Text>
                      {format.locale === 'zh-CN' ? '：' : ': '}
                      {h.allowanceGB === null
                        ? t('hotspot.usedUnlimited', { load: format.gb(h.loadGB) })
                        : t('hotspot.used', { load: format.gb(h.loadGB), allowance: format.gb(h.allowanceGB) })}
                      {h.overGB >= 0.005 ? (
                        <Text color="amber"> {t('hotspot.over', { over: format.gb(h.overGB) })}</Text>
                      ) : null}
                    </Text>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </Flex>
      </section>
    </Card>
  );
}
