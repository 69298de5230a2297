/** The worked example in docs/planning-model.md is what the engine computes for docs/example-household.json. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluate, roundForOutput } from '@shared/engine';
import { parseScenario } from '@shared/scenario/parse';

const file = JSON.parse(readFileSync(new URL('../../../docs/example-household.json', import.meta.url), 'utf8'));

describe('the worked example of the planning model', () => {
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error('docs/example-household.json no longer parses');
  const result = roundForOutput(evaluate(parsed.scenario));
  const line = (id: string) => result.lines.find((l) => l.id === id)!;

  test('shares the pool 15 / 10 / 5 GB and tethers the iPad to Mom', () => {
    expect(result.lines.map((l) => [l.id, l.demandGB, l.budgetGB, l.unmetGB])).toEqual([
      ['mom', 18, 15, 3],
      ['dad', 10, 10, 0],
      ['lily', 8, 5, 3],
    ]);
    expect(result.hotspot).toEqual([{ device: 'ipad', host: 'mom' }]);
  });

  test('forecasts the pool running out on 27 November with 0.64 GB a day left to share', () => {
    expect(result.pool).toMatchObject({ usedGB: 21, forecastGB: 39.38, exhaustsOn: '2026-11-27', dailyBudgetGB: 0.64 });
    expect(line('mom')).toMatchObject({ forecastGB: 22.5, shareExceededOn: '2026-11-24', dailyBudgetGB: 0.21 });
    expect(line('lily')).toMatchObject({ limitGB: 5, limitBasis: 'cap', exhaustsOn: '2026-12-01' });
  });

  test('warns in the order the document lists', () => {
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([
      ['FORECAST_OVER_POOL', null],
      ['FORECAST_OVER_LIMIT', 'lily'],
      ['POOL_OVERSUBSCRIBED', null],
      ['DEMAND_OVER_LIMIT', 'lily'],
      ['FORECAST_OVER_SHARE', 'mom'],
      ['FORECAST_OVER_SHARE', 'dad'],
      ['FORECAST_OVER_SHARE', 'lily'],
    ]);
  });
});
