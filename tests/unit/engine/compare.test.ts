import { describe, expect, test } from 'vitest';
import { ComparisonSchema, compare } from '../../../shared/engine';
import { ScenarioPlanSchema } from '../../../shared/scenario/schema';
import { scenario } from './scenarios';

const household = scenario({
  lines: [{ id: 'mom', needsPremium: true }, { id: 'dad' }],
  devices: [
    { id: 'mom-phone', line: 'mom', monthlyGB: 20 },
    { id: 'dad-phone', line: 'dad', monthlyGB: 10 },
    { id: 'ipad', line: null, hotspotFrom: ['dad', 'mom'], monthlyGB: 6 },
  ],
});
const plan = (p: Parameters<typeof ScenarioPlanSchema.parse>[0]) => ScenarioPlanSchema.parse(p);

describe('comparing plans', () => {
  test("ranks the given candidates instead of the scenario's plans", () => {
    const ranking = compare(household, [
      plan({ name: 'Exact', carrier: 'x', kind: 'pool', poolGB: 36, pricePerLine: [40] }),
      plan({ name: 'Short', carrier: 'y', kind: 'pool', poolGB: 35.99, pricePerLine: [10] }),
    ]).ranking;
    // A pool fits when P ≥ Σ d: exactly 36 GB fits.
    expect(ranking.map((r) => [r.plan, r.fits, r.monthly])).toEqual([
      ['Exact', true, 80],
      ['Short', false, 20],
    ]);
    expect(ranking[1]!.reasons).toEqual(['pool 35.99 GB < demand 36 GB']);
    expect(ComparisonSchema.safeParse({ ranking }).success).toBe(true);
  });

  test('counts a tethering device on its first listed host', () => {
    const [ranked] = compare(household, [
      plan({
        name: 'Tiers',
        carrier: 'x',
        kind: 'per-line',
        tiers: [
          { name: 'NoHotspot', hotspotGB: 0, pricePerLine: [10] },
          { name: 'Hotspot', hotspotGB: 10, pricePerLine: [20] },
        ],
      }),
    ]).ranking;
    expect(ranked!.tiers).toEqual({ mom: 'NoHotspot', dad: 'Hotspot' });
    expect(ranked!.monthly).toBe(30);
  });

  test('picks the first listed of equally cheap tiers', () => {
    const [ranked] = compare(household, [
      plan({
        name: 'Tiers',
        carrier: 'x',
        kind: 'per-line',
        tiers: [
          { name: 'First', pricePerLine: [10] },
          { name: 'Second', pricePerLine: [10] },
        ],
      }),
    ]).ranking;
    expect(ranked!.tiers).toEqual({ mom: 'First', dad: 'First' });
  });

  test('ranks plans without a price after priced ones', () => {
    const ranking = compare(household, [
      plan({ name: 'A unpriced', carrier: 'x', kind: 'pool', poolGB: 100 }),
      plan({ name: 'B priced', carrier: 'x', kind: 'pool', poolGB: 100, pricePerLine: [99] }),
    ]).ranking;
    expect(ranking.map((r) => r.plan)).toEqual(['B priced', 'A unpriced']);
  });

  test('returns an empty ranking without candidates', () => {
    expect(compare(household)).toEqual({ ranking: [] });
  });
});
