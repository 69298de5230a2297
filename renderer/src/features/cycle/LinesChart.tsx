import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { LineResult } from '@shared/engine/types';
import { useFormat } from '@renderer/i18n/format';
import { useShallow, useStore } from '@renderer/store';
import { selectLineNames } from '../household/selectors';
import { CHART_COLORS, ChartFigure, gbTooltip } from './ChartFigure';

/** Per line: need, budget and forecast side by side. The table above holds the same numbers for every reader. */
export function LinesChart({ lines }: { lines: LineResult[] }) {
  const { t } = useTranslation('cycle');
  const format = useFormat();
  const lineNames = useStore(useShallow(selectLineNames));
  const data = lines.map((l) => ({
    name: lineNames.get(l.id) ?? '',
    demand: l.demandGB,
    budget: l.budgetGB,
    forecast: l.forecastGB,
  }));
  const hasForecast = lines.some((l) => l.forecastGB !== null);

  return (
    <ChartFigure
      id="plan-lines-chart"
      title={t('charts.linesTitle')}
      description={t('charts.linesDescription')}
      heightPx={280}
    >
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="name" stroke={CHART_COLORS.axis} />
        <YAxis stroke={CHART_COLORS.axis} tickFormatter={(v: number) => format.gb(v)} width={72} />
        <Tooltip formatter={gbTooltip(format.gb)} />
        <Legend itemSorter={null} />
        <Bar isAnimationActive={false} dataKey="demand" name={t('charts.demand')} fill={CHART_COLORS.demand} />
        <Bar isAnimationActive={false} dataKey="budget" name={t('charts.budget')} fill={CHART_COLORS.budget} />
        {hasForecast ? (
          <Bar isAnimationActive={false} dataKey="forecast" name={t('charts.forecast')} fill={CHART_COLORS.forecast} />
        ) : null}
      </BarChart>
    </ChartFigure>
  );
}
