import { Button, Card, Flex, Heading, Progress, Text } from '@radix-ui/themes';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line as ChartLine,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Line, Plan, Reading } from '@shared/domain/schemas';
import type { Evaluation, LineResult } from '@shared/engine/types';
import { daysLeft, householdTotals } from '@shared/planner/status';
import { useFormat } from '@renderer/i18n/format';
import { useStore } from '@renderer/store';
import { LinkButton } from '@renderer/ui/LinkButton';
import { CHART_COLORS, ChartFigure, gbTooltip } from './ChartFigure';
import { formatIsoDate } from './dates';

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The answer first: one headline (used of the pool or limit, days left, what
 * the family may use a day to last), the burn-down of the cycle, and one bar
 * per line; then the page's details follow.
 */
export function StatusSection({ evaluation, asOf }: { evaluation: Evaluation; asOf: string }) {
  const { t } = useTranslation('status');
  const plan = useStore((s) => s.plan);
  const lines = useStore((s) => s.lines);
  const readings = useStore((s) => s.readings);
  if (!plan) return null;
  return (
    <Card size="3" className="dp-status">
      <Flex direction="column" gap="4">
        <Flex justify="between" align="start" gap="3" wrap="wrap">
          <Heading as="h3" size="3" color="gray">
            {t('heading')}
          </Heading>
          <StatusActions evaluation={evaluation} asOf={asOf} plan={plan} lines={lines} />
        </Flex>
        <Headline evaluation={evaluation} asOf={asOf} lines={lines} />
        <Burndown evaluation={evaluation} asOf={asOf} readings={readings} />
        <LineBars evaluation={evaluation} lines={lines} />
      </Flex>
    </Card>
  );
}

function Headline({ evaluation, asOf, lines }: { evaluation: Evaluation; asOf: string; lines: Line[] }) {
  const { t } = useTranslation('status');
  const format = useFormat();
  const left = daysLeft(evaluation.cycle, asOf);
  const days = left === 0 ? t('headline.lastDay') : t('days', { count: left });
  const pool = evaluation.pool;
  const withReadings = evaluation.lines.filter((l) => l.usedGB !== null);
  let text: string;
  if (withReadings.length === 0) {
    text = t('headline.noReadings', { days });
  } else if (pool && pool.usedGB !== null) {
    const perDay = pool.dailyBudgetGB;
    text =
      pool.usedGB >= pool.sizeGB || perDay === 0
        ? t('headline.poolOver', { used: format.gb(pool.usedGB), pool: format.gb(pool.sizeGB), days })
        : t('headline.pool', {
            used: format.gb(pool.usedGB),
            pool: format.gb(pool.sizeGB),
            days,
            perDay: format.gb(perDay ?? 0),
          });
  } else {
    const used = withReadings.reduce((sum, l) => sum + (l.usedGB ?? 0), 0);
    const forecast = withReadings.reduce((sum, l) => sum + (l.forecastGB ?? 0), 0);
    text = t('headline.perLine', {
      used: format.gb(used),
      lines: t('lines', { count: lines.length }),
      days,
      forecast: format.gb(forecast),
      end: formatIsoDate(evaluation.cycle.end, format.locale),
    });
  }
  return (
    <Flex direction="column" gap="2">
      <Text as="p" size="6" weight="bold" data-testid="status-headline" className="dp-headline">
        {text}
      </Text>
      {withReadings.length === 0 ? (
        <LinkButton href="#/usage" variant="soft">
          {t('addReading')}
        </LinkButton>
      ) : null}
    </Flex>
  );
}

/** Copy summary, print, and the what-if. */
function StatusActions(props: { evaluation: Evaluation; asOf: string; plan: Plan; lines: Line[] }) {
  const { t } = useTranslation(['status', 'whatif']);
  const format = useFormat();
  const start = useStore((s) => s.startWhatIf);
  const [copied, setCopied] = useState<'' | 'done' | 'failed'>('');
  const summary = useSummary(props.evaluation, props.asOf, props.plan, props.lines);
  return (
    <Flex direction="column" align="end" gap="1" className="dp-no-print">
      <Flex gap="2" wrap="wrap" justify="end">
        <Button
          variant="soft"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(summary);
              setCopied('done');
            } catch {
              setCopied('failed');
            }
          }}
        >
          {t('copy.button')}
        </Button>
        <Button variant="soft" onClick={() => window.print()}>
          {t('print')}
        </Button>
        <Button
          data-testid="whatif-open"
          onClick={() => {
            start();
            window.location.hash = '#/whatif';
          }}
        >
          {t('whatif:open')}
        </Button>
      </Flex>
      <Text size="1" role="status" color={copied === 'failed' ? 'red' : undefined}>
        {copied === 'done' ? t('copy.done') : copied === 'failed' ? t('copy.failed') : ''}
      </Text>
      {copied === 'failed' ? (
        <Text as="p" size="1" style={{ whiteSpace: 'pre-wrap', userSelect: 'all' }} lang={format.locale}>
          {summary}
        </Text>
      ) : null}
    </Flex>
  );
}

/** A short plain-text summary of the cycle for a family chat, in the UI language. */
function useSummary(evaluation: Evaluation, asOf: string, plan: Plan, lines: Line[]): string {
  const { t } = useTranslation('status');
  const format = useFormat();
  const name = new Map(lines.map((l) => [l.id, l]));
  const left = daysLeft(evaluation.cycle, asOf);
  const out = [
    t('copy.title', {
      plan: plan.name,
      start: formatIsoDate(evaluation.cycle.start, format.locale),
      end: formatIsoDate(evaluation.cycle.end, format.locale),
      days: t('days', { count: left }),
    }),
  ];
  const pool = evaluation.pool;
  if (pool && pool.usedGB !== null) {
    out.push(
      t('copy.pool', {
        used: format.gb(pool.usedGB),
        pool: format.gb(pool.sizeGB),
        forecast: format.gb(pool.forecastGB ?? pool.usedGB),
      }),
    );
  }
  for (const r of evaluation.lines) {
    const line = name.get(r.id);
    if (!line) continue;
    if (r.usedGB === null) {
      out.push(t('copy.noReading', { line: line.name }));
      continue;
    }
    const bound =
      r.limitGB !== null
        ? t('copy.limit', { limit: format.gb(r.limitGB) })
        : r.shareGB !== null
          ? t('copy.share', { share: format.gb(r.shareGB) })
          : t('copy.noBound');
    out.push(
      t('copy.line', {
        line: line.name,
        used: format.gb(r.usedGB),
        bound,
        forecast: format.gb(r.forecastGB ?? r.usedGB),
      }),
    );
  }
  return out.join('\n');
}

/** The household's running total by date, the forecast to cycle end, the pool or summed limits, and today. */
function Burndown(props: { evaluation: Evaluation; asOf: string; readings: Reading[] }) {
  const { evaluation, asOf, readings } = props;
  const { t } = useTranslation('status');
  const format = useFormat();
  const { cycle, pool } = evaluation;
  const totals = useMemo(() => householdTotals(readings, cycle, asOf), [readings, cycle, asOf]);
  const limits = evaluation.lines.map((l) => l.limitGB);
  const limitGB = pool
    ? pool.sizeGB
    : limits.every((x): x is number => x !== null) && limits.length > 0
      ? limits.reduce((a, b) => a + b, 0)
      : null;
  const last = totals.at(-1);
  const forecastGB = pool?.forecastGB ?? evaluation.lines.reduce((s, l) => s + (l.forecastGB ?? l.usedGB ?? 0), 0);
  const data: { x: number; used: number | null; forecast: number | null }[] = totals.map((p) => ({
    x: dayMs(p.date),
    used: p.usedGB,
    forecast: null,
  }));
  if (last) {
    const lastPoint = data.at(-1)!;
    lastPoint.forecast = last.usedGB;
    if (last.date < cycle.end) data.push({ x: dayMs(cycle.end), used: null, forecast: forecastGB });
  }
  const date = (ms: number) => formatIsoDate(new Date(ms).toISOString().slice(0, 10), format.locale);
  // One formatter per locale: the chart formats its ticks many times while laying them out.
  const shortDateFormat = useMemo(
    () => new Intl.DateTimeFormat(format.locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
    [format.locale],
  );
  const shortDate = (ms: number) => shortDateFormat.format(new Date(ms));
  // A tick a week from the cycle's start, and its last day.
  const ticks: number[] = [];
  for (let x = dayMs(cycle.start); x < dayMs(cycle.end) - 3 * 86_400_000; x += 7 * 86_400_000) ticks.push(x);
  ticks.push(dayMs(cycle.end));
  const description = !last
    ? t('burndown.empty')
    : limitGB === null
      ? t('burndown.descriptionNoLimit', {
          used: format.gb(last.usedGB),
          date: formatIsoDate(last.date, format.locale),
          forecast: format.gb(forecastGB),
          end: formatIsoDate(cycle.end, format.locale),
        })
      : t('burndown.description', {
          used: format.gb(last.usedGB),
          date: formatIsoDate(last.date, format.locale),
          forecast: format.gb(forecastGB),
          end: formatIsoDate(cycle.end, format.locale),
          limit: format.gb(limitGB),
        });
  const top = Math.max(limitGB ?? 0, forecastGB, last?.usedGB ?? 0) * 1.1 || 1;
  return (
    <div data-testid="burndown-chart">
      <ChartFigure id="plan-burndown" title={t('burndown.title')} description={description} heightPx={240}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={CHART_COLORS.grid} />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={[dayMs(cycle.start), dayMs(cycle.end)]}
            tickFormatter={shortDate}
            ticks={ticks}
            stroke={CHART_COLORS.axis}
          />
          <YAxis
            domain={[0, top]}
            tickFormatter={(v: number) => format.gb(Math.round(v))}
            stroke={CHART_COLORS.axis}
            width={64}
          />
          <Tooltip
            labelFormatter={(v) => (typeof v === 'number' ? date(v) : String(v))}
            formatter={gbTooltip(format.gb)}
          />
          <Legend />
          {limitGB !== null ? (
            <ReferenceLine
              y={limitGB}
              stroke={CHART_COLORS.limit}
              strokeDasharray="6 3"
              label={{
                value: pool ? t('burndown.limit') : t('burndown.lineLimits'),
                position: 'insideTopLeft',
                fill: CHART_COLORS.axis,
                fontSize: 12,
              }}
            />
          ) : null}
          <ReferenceLine
            x={dayMs(asOf)}
            stroke={CHART_COLORS.axis}
            label={{ value: t('burndown.today'), position: 'insideTopRight', fill: CHART_COLORS.axis, fontSize: 12 }}
          />
          <ChartLine
            type="linear"
            dataKey="used"
            name={t('burndown.used')}
            stroke={CHART_COLORS.used}
            strokeWidth={2}
            dot={{ r: 2 }}
            connectNulls
            isAnimationActive={false}
          />
          <ChartLine
            type="linear"
            dataKey="forecast"
            name={t('burndown.forecast')}
            stroke={CHART_COLORS.forecast}
            strokeWidth={2}
            strokeDasharray="5 4"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      </ChartFigure>
    </div>
  );
}

/** One bar per line: used so far against its limit, or its share of the pool. */
function LineBars({ evaluation, lines }: { evaluation: Evaluation; lines: Line[] }) {
  const { t } = useTranslation('status');
  const format = useFormat();
  const byId = new Map(lines.map((l) => [l.id, l]));
  return (
    <Flex direction="column" gap="3">
      <Heading as="h3" size="3">
        {t('bars.heading')}
      </Heading>
      {evaluation.lines.map((r: LineResult) => {
        const line = byId.get(r.id);
        if (!line) return null;
        const limit = r.limitGB;
        const share = r.shareGB;
        const of = limit ?? share;
        const used = r.usedGB ?? 0;
        const ratio = of === null || of <= 0 ? null : used / of;
        const over = ratio !== null && ratio > 1;
        return (
          <Flex key={r.id} direction="column" gap="1">
            <Flex justify="between" gap="3" wrap="wrap">
              <Text size="2" weight="medium">
                {line.name}
              </Text>
              <Text size="2" color="gray">
                {r.usedGB === null ? (
                  t('bars.noReading')
                ) : (
                  <span className="dp-nowrap">
                    <BarUsed
                      id={r.id}
                      text={t('bars.used', { used: format.gb(r.usedGB) })}
                      amount={format.gb(r.usedGB)}
                    />
                  </span>
                )}
                {share !== null ? (
                  <span className="dp-nowrap"> · {t('bars.share', { share: format.gb(share) })}</span>
                ) : null}
                <span className="dp-nowrap">
                  {' · '}
                  {limit !== null ? t('bars.limit', { limit: format.gb(limit) }) : t('bars.noLimit')}
                </span>
                {r.forecastGB !== null ? (
                  <span className="dp-nowrap"> · {t('bars.forecast', { forecast: format.gb(r.forecastGB) })}</span>
                ) : null}
              </Text>
            </Flex>
            <Progress
              value={ratio === null ? 0 : Math.min(100, ratio * 100)}
              color={over ? 'red' : ratio !== null && ratio > 0.9 ? 'amber' : undefined}
              aria-label={t('bars.barLabel', {
                line: line.name,
                used: format.gb(used),
                of: of === null ? t('bars.noLimit') : format.gb(of),
              })}
            />
          </Flex>
        );
      })}
    </Flex>
  );
}

/** "4.2 GB used" with the amount itself marked for automation (`plan-line-used-<lineId>`). */
function BarUsed({ id, text, amount }: { id: string; text: string; amount: string }) {
  const at = text.indexOf(amount);
  if (at < 0) return <span data-testid={`plan-line-used-${id}`}>{text}</span>;
  return (
    <>
      {text.slice(0, at)}
      <span data-testid={`plan-line-used-${id}`}>{amount}</span>
      {text.slice(at + amount.length)}
    </>
  );
}
