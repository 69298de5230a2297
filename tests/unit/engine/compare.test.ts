import { describe, expect, test } from 'vitest';
import { type CompareCandidate, ComparisonSchema, type UnknownTerm } from '@shared/engine';
import { compare } from '../../support/compareInWords';
import { ScenarioPlanSchema } from '@shared/scenario/schema';
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

describe('unknown is not "no"', () => {
  // household: mom needs 20 GB with priority data; dad 10 GB + the iPad's 6 GB of hotspot (its first host).
  const candidate = (
    p: Parameters<typeof ScenarioPlanSchema.parse>[0],
    unknown: { plan?: UnknownTerm[]; tiers?: Record<string, UnknownTerm[]> } = {},
  ): CompareCandidate => {
    const parsed = plan(p);
    return {
      ...parsed,
      ...(unknown.plan ? { unknownTerms: unknown.plan } : {}),
      tiers: parsed.tiers.map((t) => ({
        ...t,
        ...(unknown.tiers?.[t.name] ? { unknownTerms: unknown.tiers[t.name] } : {}),
      })),
    };
  };

  test('a tier whose hotspot allowance nobody knows may fit, and says which fact is missing', () => {
    const [ranked] = compare(household, [
      candidate(
        {
          name: 'Experience More',
          carrier: 'tmobile',
          kind: 'per-line',
          esim: true,
          tiers: [{ name: 'Experience More', premiumGB: 50, pricePerLine: [85, 70] }],
        },
        { tiers: { 'Experience More': ['hotspotGB'] } },
      ),
    ]).ranking;
    expect(ranked).toMatchObject({
      fits: null,
      monthly: 140,
      tiers: { mom: 'Experience More', dad: 'Experience More' },
      reasons: [],
      unknowns: ['hotspot allowance of Experience More'],
    });
    expect(ranked!.details).toEqual([
      { code: 'HOTSPOT_UNKNOWN', line: null, lines: ['dad'], values: { tier: 'Experience More' } },
    ]);
  });

  test('unknown data and priority data count only where a line needs them; a known shortfall still fails', () => {
    const ranking = compare(household, [
      // Priority data unknown: mom needs it → may fit. Data unknown plan-wide: everyone uses data → named too.
      candidate(
        { name: 'Vague', carrier: 'v', kind: 'per-line', esim: true, pricePerLine: [30] },
        { plan: ['dataGB', 'premiumGB'] },
      ),
      // Data known too small for mom: unknown hotspot does not rescue it.
      candidate(
        { name: 'Small', carrier: 's', kind: 'per-line', esim: true, dataGB: 15, pricePerLine: [10] },
        { plan: ['hotspotGB'] },
      ),
    ]).ranking;
    expect(ranking.map((r) => [r.plan, r.fits, r.monthly])).toEqual([
      ['Vague', null, 60],
      ['Small', false, null],
    ]);
    expect(ranking[0]!.unknowns).toEqual(['high-speed data of Vague', 'priority data of Vague']);
    expect(ranking[1]!.reasons).toEqual(['line mom: data 15 GB < demand 20 GB', 'line dad: data 15 GB < demand 16 GB']);
    // The plan fails whatever its hotspot allowance is, so that unknown does not matter and is not named.
    expect(ranking[1]!.unknowns).toEqual([]);
  });

  test('a tier known to meet the needs is chosen over a cheaper one that only may', () => {
    const [ranked] = compare(household, [
      candidate(
        {
          name: 'Two tiers',
          carrier: 't',
          kind: 'per-line',
          esim: true,
          tiers: [
            { name: 'Cheap', pricePerLine: [10] },
            { name: 'Sure', pricePerLine: [50] },
          ],
        },
        { tiers: { Cheap: ['dataGB'] } },
      ),
    ]).ranking;
    expect(ranked).toMatchObject({ fits: true, monthly: 100, tiers: { mom: 'Sure', dad: 'Sure' }, unknowns: [] });
  });

  test('ranks: fits with a known total, fits with an unknown one, may fit, does not fit', () => {
    // Mom's phone takes only an eSIM, so a plan that does not say whether it supports eSIM may fit.
    const esimHome = scenario({
      lines: [{ id: 'mom' }, { id: 'dad' }],
      devices: [
        { id: 'mom-phone', line: 'mom', monthlyGB: 20, sim: 'esim' },
        { id: 'dad-phone', line: 'dad', monthlyGB: 10 },
      ],
    });
    const pool = { carrier: 'x', kind: 'pool' as const, poolGB: 50 };
    const ranking = compare(esimHome, [
      plan({ ...pool, name: 'No', poolGB: 1, esim: true, pricePerLine: [1] }),
      plan({ ...pool, name: 'Maybe, unpriced' }),
      plan({ ...pool, name: 'Maybe', pricePerLine: [90] }),
      plan({ ...pool, name: 'Also maybe', pricePerLine: [95] }),
      plan({ ...pool, name: 'Fits, unpriced', esim: true }),
      plan({ ...pool, name: 'Fits dear', esim: true, pricePerLine: [99] }),
      plan({ ...pool, name: 'Fits', esim: true, pricePerLine: [50] }),
      plan({ ...pool, name: 'A no eSIM', esim: false, pricePerLine: [5] }),
    ]).ranking;
    expect(ranking.map((r) => [r.plan, r.fits, r.monthly])).toEqual([
      ['Fits', true, 100],
      ['Fits dear', true, 198],
      ['Fits, unpriced', true, null],
      ['Maybe', null, 180],
      ['Also maybe', null, 190],
      ['Maybe, unpriced', null, null],
      ['A no eSIM', false, 10],
      ['No', false, 2],
    ]);
    expect(ranking.find((r) => r.plan === 'Maybe, unpriced')!.unknowns).toEqual([
      'price for 2 lines',
      'eSIM support of Maybe, unpriced',
    ]);
  });
});
