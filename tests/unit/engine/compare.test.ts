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

describe('reasons as data', () => {
  const esimHousehold = scenario({
    lines: [{ id: 'mom', needsPremium: true }, { id: 'dad' }, { id: 'kid' }],
    devices: [
      { id: 'mom-phone', line: 'mom', monthlyGB: 20, sim: 'esim' },
      { id: 'dad-phone', line: 'dad', monthlyGB: 10 },
      { id: 'kid-watch', line: 'kid', monthlyGB: 1, sim: 'esim' },
      { id: 'ipad', line: null, hotspotFrom: ['dad', 'mom'], monthlyGB: 6 },
    ],
  });

  /** Each ranked plan's reasons paired with its details, by plan name. */
  function reasonsWithDetails(candidates: Parameters<typeof plan>[0][]) {
    const { ranking } = compare(esimHousehold, candidates.map(plan));
    expect(ComparisonSchema.safeParse({ ranking }).success).toBe(true);
    return Object.fromEntries(
      ranking.map((r) => {
        // Details hold the reasons, then the unknowns, one per phrase.
        expect(r.details).toHaveLength(r.reasons.length + r.unknowns.length);
        return [r.plan, r.reasons.map((reason, i) => [reason, r.details![i]])];
      }),
    );
  }

  test('gives the pool and its demand behind "pool too small"', () => {
    expect(reasonsWithDetails([{ name: 'Pool', carrier: 'x', kind: 'pool', poolGB: 30.5, esim: true }])).toEqual({
      Pool: [
        ['pool 30.5 GB < demand 37 GB', { code: 'POOL_TOO_SMALL', line: null, values: { poolGB: 30.5, demandGB: 37 } }],
      ],
    });
  });

  test("gives each line's unmet term on a plan without tiers, in the order of the reasons", () => {
    const flat = { name: 'Flat', carrier: 'x', kind: 'per-line' as const, dataGB: 12, premiumGB: 15, hotspotGB: 5 };
    expect(reasonsWithDetails([{ ...flat, esim: true }])).toEqual({
      Flat: [
        [
          'line mom: data 12 GB < demand 20 GB',
          { code: 'DATA_TOO_SMALL', line: 'mom', values: { dataGB: 12, demandGB: 20 } },
        ],
        [
          'line mom: premium 15 GB < demand 20 GB',
          { code: 'PREMIUM_TOO_SMALL', line: 'mom', values: { premiumGB: 15, demandGB: 20 } },
        ],
        [
          'line dad: data 12 GB < demand 16 GB',
          { code: 'DATA_TOO_SMALL', line: 'dad', values: { dataGB: 12, demandGB: 16 } },
        ],
        [
          'line dad: hotspot 5 GB < load 6 GB',
          { code: 'HOTSPOT_TOO_SMALL', line: 'dad', values: { hotspotGB: 5, loadGB: 6 } },
        ],
      ],
    });
  });

  test('gives what a line needs when no tier fits it', () => {
    const tiers = [{ name: 'Small', dataGB: 1 }];
    expect(reasonsWithDetails([{ name: 'Tiers', carrier: 'x', kind: 'per-line', tiers, esim: true }])).toEqual({
      Tiers: [
        [
          'line mom: no tier fits (demand 20 GB, needs premium data)',
          { code: 'NO_TIER_FITS', line: 'mom', values: { demandGB: 20, hotspotLoadGB: 0, needsPremium: true } },
        ],
        [
          'line dad: no tier fits (demand 16 GB, hotspot 6 GB)',
          { code: 'NO_TIER_FITS', line: 'dad', values: { demandGB: 16, hotspotLoadGB: 6, needsPremium: false } },
        ],
      ],
    });
  });

  test('names the lines with an eSIM-only device when eSIM support is missing; unknown support is no reason', () => {
    const big = { carrier: 'x', kind: 'pool' as const, poolGB: 100 };
    expect(
      reasonsWithDetails([
        { ...big, name: 'No eSIM', esim: false },
        { ...big, name: 'Maybe eSIM', esim: null },
        { ...big, name: 'eSIM', esim: true },
      ]),
    ).toEqual({
      'No eSIM': [
        [
          'no eSIM support (eSIM-only device on mom, kid)',
          { code: 'NO_ESIM', line: null, lines: ['mom', 'kid'], values: {} },
        ],
      ],
      'Maybe eSIM': [],
      eSIM: [],
    });
  });

  test('keeps full precision in the data while the sentence rounds to 2 decimals', () => {
    const [ranked] = compare(
      scenario({ lines: [{ id: 'solo' }], devices: [{ id: 'p', line: 'solo', monthlyGB: 10 }] }),
      [plan({ name: 'Third', carrier: 'x', kind: 'pool', poolGB: 10 / 3 })],
    ).ranking;
    expect(ranked!.reasons).toEqual(['pool 3.33 GB < demand 10 GB']);
    expect(ranked!.details).toEqual([
      { code: 'POOL_TOO_SMALL', line: null, values: { poolGB: 10 / 3, demandGB: 10 } },
      { code: 'PRICE_UNKNOWN', line: null, values: { lines: 1 } },
    ]);
    expect(ranked!.unknowns).toEqual(['price for 1 line']);
  });
});
