import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Evaluation } from '@shared/engine/types';
import { useFormat } from '@renderer/i18n/format';
import { CHART_COLORS, ChartFigure, gbTooltip } from './ChartFigure';

type Pool = NonNullable<Evaluation['pool']>;

/** The pool's size as a line, with what the lines need, have used and are forecast to use as bars. */
export function PoolChart({ pool }: { pool: Pool }) {
  const { t } = useTranslation('cycle');
  const format = useFormat();
  const bars = [
    { name: t('charts.demand'), gb: pool.demandGB, color: CHART_COLORS.demand },
    ...(pool.usedGB === null ? [] : [{ name: t('charts.used'), gb: pool.usedGB, color: CHART_COLORS.used }]),
    ...(pool.forecastGB === null
      ? []
      : [{ name: t('charts.forecast'), gb: pool.forecastGB, color: CHART_COLORS.forecast }]),
  ];
  const top = Math.max(pool.sizeGB, ...bars.map((b) => b.gb)) * 1.1;

  return (
    <ChartFigure
      id="plan-pool-chart"
      title={t('charts.poolTitle')}
      description={t('charts.poolDescription')}
      heightPx={240}
    >
      <BarChart data={bars} margin={{ top: 24, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="name" stroke={CHART_COLORS.axis} />
        <YAxis
          stroke={CHART_COLORS.axis}
          domain={[0, top]}
          tickFormatter={(v: number) => format.gb(Math.round(v))}
          width={72}
        />
        <Tooltip formatter={gbTooltip(format.gb)} />
        <ReferenceLine
          y={pool.sizeGB}
          stroke={CHART_COLORS.limit}
          strokeDasharray="6 3"
          label={{
            value: t('charts.poolSize', { gb: format.gb(pool.sizeGB) }),
            position: 'top',
            fill: CHART_COLORS.axis,
          }}
        />
        <Bar isAnimationActive={false} dataKey="gb" name={t('pool.heading')}>
          {bars.map((b) => (
            <Cell key={b.name} fill={b.color} />
          ))}
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
