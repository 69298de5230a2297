import { Box, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LineResult } from '../../../../shared/engine/types';
import { useFormat } from '../../i18n/format';
import { useShallow, useStore } from '../../store';
import { selectLineNames } from '../household/selectors';

/** Theme colours, so the chart follows light and dark mode like the rest of the page. */
export const CHART_COLORS = {
  demand: 'var(--gray-8)',
  budget: 'var(--accent-9)',
  forecast: 'var(--amber-9)',
  used: 'var(--blue-9)',
  axis: 'var(--gray-11)',
  grid: 'var(--gray-a5)',
  limit: 'var(--red-9)',
} as const;

/** Per line: need, budget and forecast side by side. The table above holds the same numbers for every reader. */
export function LinesChart({ lines }: { lines: LineResult[] }) {
  const { t } = useTranslation('plan');
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
    <Flex asChild direction="column" gap="2">
      <figure aria-labelledby="plan-lines-chart-title" aria-describedby="plan-lines-chart-description" style={FIGURE}>
        <Heading as="h3" size="3" id="plan-lines-chart-title">
          {t('charts.linesTitle')}
        </Heading>
        <Text as="p" size="1" color="gray" id="plan-lines-chart-description">
          {t('charts.linesDescription')}
        </Text>
        <Box width="100%">
          <ResponsiveContainer width="100%" height={280}>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke={CHART_COLORS.grid} vertical={false} />
              <XAxis dataKey="name" stroke={CHART_COLORS.axis} />
              <YAxis stroke={CHART_COLORS.axis} tickFormatter={(v: number) => format.gb(v)} width={72} />
              <Tooltip formatter={(value) => (typeof value === 'number' ? format.gb(value) : String(value ?? ''))} />
              <Legend itemSorter={null} />
              <Bar dataKey="demand" name={t('charts.demand')} fill={CHART_COLORS.demand} />
              <Bar dataKey="budget" name={t('charts.budget')} fill={CHART_COLORS.budget} />
              {hasForecast ? <Bar dataKey="forecast" name={t('charts.forecast')} fill={CHART_COLORS.forecast} /> : null}
            </BarChart>
          </ResponsiveContainer>
        </Box>
      </figure>
    </Flex>
  );
}

export const FIGURE = { margin: 0 } as const;
