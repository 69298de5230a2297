import { describe, expect, test } from 'vitest';
import { BUILTIN_CATALOG, findBuiltinCarrier } from '@shared/catalog/carriers';
import { byUser } from '@shared/catalog/facts';
import { catalogPlans, householdOf } from '@shared/catalog/plans';
import type { Carrier } from '@shared/catalog/schema';
import { compare } from '../../support/compareInWords';
import { ScenarioSchema } from '@shared/scenario/schema';

/** A family of four: two heavy phones, a teen, a grandparent; an iPad tethers 4 GB to Mom; all eSIM phones. */
const family = ScenarioSchema.parse({
  format: 'datapool-scenario',
  version: 1,
  asOf: '2026-12-07',
  plan: { name: 'Current', carrier: 'verizon', kind: 'per-line', cycleStartDay: 1, pricePerLine: [80, 70, 60, 50] },
  lines: [
    { id: 'mom', name: 'Mom' },
    { id: 'dad', name: 'Dad' },
    { id: 'lily', name: 'Lily' },
    { id: 'grandma', name: 'Grandma' },
  ],
  devices: [
    { id: 'mom-phone', name: "Mom's phone", line: 'mom', monthlyGB: 12, sim: 'esim' },
    { id: 'dad-phone', name: "Dad's phone", line: 'dad', monthlyGB: 10, sim: 'physical' },
    { id: 'lily-phone', name: "Lily's phone", line: 'lily', monthlyGB: 8, sim: 'physical' },
    { id: 'grandma-phone', name: "Grandma's phone", line: 'grandma', monthlyGB: 1, sim: 'physical' },
    { id: 'ipad', name: 'iPad', line: null, hotspotFrom: ['mom'], monthlyGB: 4, sim: 'none' },
  ],
});

const house = householdOf(family);
const rank = (carriers: readonly Carrier[] = BUILTIN_CATALOG) => compare(family, catalogPlans(carriers, house)).ranking;
const entry = (ranking: ReturnType<typeof rank>, carrier: string, plan: string) =>
  ranking.find((r) => r.carrier === carrier && r.plan === plan);

describe('the catalog as compare candidates', () => {
  test('counts the household: 4 lines needing 35 GB together', () => {
    expect(house).toEqual({ lineCount: 4, demandGB: 35 });
  });

  test('only plans a household can buy take part: no legacy or ended plan', () => {
    const names = catalogPlans(BUILTIN_CATALOG, house).map((p) => `${p.carrier}/${p.name}`);
    expect(names).toContain('verizon/myPlan Unlimited');
    expect(names).toContain('tmobile/Experience More / Beyond');
    expect(names).not.toContain('visible/Visible Party Pay');
    expect(names).not.toContain('att/Unlimited Starter / Extra / Elite (2019)');
  });

  test('keeps unknown apart from unlimited: unknown terms are listed, unlimited is null', () => {
    const verizon = catalogPlans(BUILTIN_CATALOG, house).find((p) => p.name === 'myPlan Unlimited')!;
    const ultimate = verizon.tiers.find((t) => t.name === 'Unlimited Ultimate')!;
    expect(ultimate.hotspotGB).toBe(200);
    expect(ultimate.unknownTerms).toEqual(['dataGB', 'premiumGB']);
    const xfinity = catalogPlans(BUILTIN_CATALOG, house).find((p) => p.name === 'Premium Unlimited / Unlimited')!;
    const premium = xfinity.tiers.find((t) => t.name === 'Premium Unlimited')!;
    expect(premium.dataGB).toBeNull();
    expect(premium.unknownTerms).toEqual(['hotspotGB']);
  });

  test('may-fit plans carry fits null and exactly what is unknown', () => {
    const ranking = rank();
    const experience = entry(ranking, 'tmobile', 'Experience More / Beyond')!;
    expect(experience.fits).toBeNull();
    expect(experience.monthly).toBeNull();
    expect(experience.unknowns).toContain('price for 4 lines');
    expect(experience.unknowns.some((u) => /hotspot allowance of Experience/.test(u))).toBe(true);
    expect(experience.reasons).toEqual([]);
  });

  test('Google Fi Flexible is costed for what the family uses, capped by Bill Protection', () => {
    // 4 people: $65 calls & texts + 14 GB billed (the Bill Protection level) × $10 = $205, $51.25 a line.
    const flexible = catalogPlans(BUILTIN_CATALOG, house).find((p) => p.name === 'Flexible')!;
    expect(flexible.tiers[0]!.pricePerLine[3]).toBeCloseTo(51.25, 6);
    // Mom needs 16 GB, past the 15 GB of full-speed data each person gets: it does not fit, and says why.
    const ranked = entry(rank(), 'googlefi', 'Flexible')!;
    expect(ranked.fits).toBe(false);
    expect(ranked.reasons.join(' ')).toMatch(/mom/);
  });

  test('filling in an unknown price makes the plan rank by its total', () => {
    const tmobile = structuredClone(findBuiltinCarrier('tmobile')!);
    tmobile.plans.experience!.tiers.more!.pricePerLine = byUser([85, null, null, 40], '2026-12-07');
    tmobile.plans.experience!.tiers.more!.hotspotGB = byUser(60, '2026-12-07');
    tmobile.plans.experience!.tiers.more!.dataGB = byUser('unlimited', '2026-12-07');
    tmobile.plans.experience!.tiers.more!.premiumGB = byUser('none', '2026-12-07');
    const carriers = BUILTIN_CATALOG.map((c) => (c.id === 'tmobile' ? tmobile : c));
    const ranking = rank(carriers);
    const experience = entry(ranking, 'tmobile', 'Experience More / Beyond')!;
    expect(experience.monthly).toBe(160);
    expect(experience.unknowns).not.toContain('price for 4 lines');
    expect(experience.fits).toBe(true);
  });

  test('an offer the user entered takes part, dated and theirs', () => {
    const mint = structuredClone(findBuiltinCarrier('mint')!);
    const on = '2026-12-07';
    mint.plans['offer-unlimited'] = {
      name: 'Unlimited offer I saw',
      status: byUser('current', on),
      market: 'prepaid',
      enteredOn: on,
      sharing: byUser('per-line', on),
      poolGB: byUser<number>(null, on),
      payPerGB: { priceUSD: byUser(null, on), includedGBPerLine: byUser(null, on), billedGBCap: byUser(null, on) },
      tiers: {
        unlimited: {
          name: 'Unlimited',
          pricePerLine: byUser([30], on),
          dataGB: byUser(40, on),
          speedAfterDataKbps: byUser(null, on),
          premiumGB: byUser('none', on),
          hotspotGB: byUser(10, on),
          hotspotSpeedAfterKbps: byUser(null, on),
        },
      },
      notes: [],
    };
    const ranking = rank(BUILTIN_CATALOG.map((c) => (c.id === 'mint' ? mint : c)));
    const offer = entry(ranking, 'mint', 'Unlimited offer I saw')!;
    expect(offer.monthly).toBe(120);
    // Mint's eSIM support is not sourced and Mom's phone is eSIM-only: it may fit, and says why.
    expect(offer.fits).toBeNull();
    expect(offer.unknowns).toEqual(['eSIM support of Unlimited offer I saw']);
  });

  test('the ranking follows the design: fits with total, fits unpriced, may fit (priced first), does not fit', () => {
    const ranking = rank();
    const group = (r: (typeof ranking)[number]) =>
      r.fits === true ? (r.monthly !== null ? 0 : 1) : r.fits === null ? 2 : 3;
    const groups = ranking.map(group);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    const mayFit = ranking.filter((r) => r.fits === null);
    const priced = mayFit.map((r) => r.monthly !== null);
    expect(priced).toEqual([...priced].sort((a, b) => Number(b) - Number(a)));
    expect(ranking.some((r) => r.fits === false)).toBe(true);
    // A plan that fails on a known term says why, with no unknowns standing in for reasons.
    for (const r of ranking.filter((x) => x.fits === false)) expect(r.reasons.length).toBeGreaterThan(0);
  });
});
