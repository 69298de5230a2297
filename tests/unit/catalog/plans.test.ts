import { describe, expect, test } from 'vitest';
import { BUILTIN_CATALOG, findBuiltinCarrier } from '../../../shared/catalog/carriers';
import { catalogPlans } from '../../../shared/catalog/plans';
import { ScenarioPlanSchema } from '../../../shared/scenario/schema';

const plans = catalogPlans(BUILTIN_CATALOG);

describe('the catalog as plans to compare', () => {
  test('gives valid scenario plans with a neutral cycle start', () => {
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      expect(ScenarioPlanSchema.safeParse(plan).success).toBe(true);
      expect(plan.cycleStartDay).toBe(1);
      expect(BUILTIN_CATALOG.map((c) => c.id)).toContain(plan.carrier);
    }
  });

  test('only offers plans whose every listed price is known', () => {
    for (const plan of plans) {
      expect(plan.tiers.length).toBeGreaterThan(0);
      for (const tier of plan.tiers) {
        expect(tier.pricePerLine.length).toBeGreaterThan(0);
        expect(tier.pricePerLine.every((p) => Number.isFinite(p))).toBe(true);
      }
    }
  });

  test('leaves out plans that are no longer sold', () => {
    // AT&T's 2019 plans have prices but are legacy (and only 1- and 4-line prices are known).
    expect(plans.filter((p) => p.carrier === 'att')).toEqual([]);
    expect(plans.map((p) => p.name)).not.toContain('Magenta / Magenta Plus (legacy)');
  });

  test('leaves out a pay-per-GB plan with no bill cap', () => {
    expect(plans.filter((p) => p.carrier === 'spectrum')).toEqual([]);
  });

  test('prices Google Fi Flexible at its Bill Protection maximum', () => {
    const flexible = plans.find((p) => p.carrier === 'googlefi' && p.name.startsWith('Flexible'));
    const prices = flexible?.tiers[0]?.pricePerLine;
    // 2 people: $35 + 10 GB × $10 = $135, i.e. $67.50 a line; 6 people: ($95 + 18 × $10) / 6.
    expect(prices?.[1]).toBeCloseTo(67.5, 9);
    expect(prices?.[5]).toBeCloseTo(275 / 6, 9);
    expect(flexible?.tiers[0]?.dataGB).toBe(15);
  });

  test('never lets an unknown term look better than it is', () => {
    // Visible's hotspot allowance is unknown (only its 5 Mbps speed is given) and
    // its data can be slowed at any time: no hotspot, no priority data.
    const visible = plans.find((p) => p.carrier === 'visible');
    expect(visible?.tiers[0]).toMatchObject({ dataGB: null, premiumGB: 0, hotspotGB: 0 });
    const fiUnlimited = plans.find((p) => p.carrier === 'googlefi' && p.name.startsWith('Unlimited'));
    expect(fiUnlimited?.tiers[0]).toMatchObject({ premiumGB: 0, hotspotGB: 0 });
  });

  test('says in the name when the prices come from a dated page', () => {
    const visible = plans.find((p) => p.carrier === 'visible');
    expect(visible?.name).toBe('Visible Party Pay (prices as of 2019)');
  });

  test('passes the carrier eSIM fact through, unknown staying unknown', () => {
    expect(plans.find((p) => p.carrier === 'visible')?.esim).toBe(true);
    expect(plans.find((p) => p.carrier === 'googlefi')?.esim).toBeNull();
  });

  test('reflects a user-edited price', () => {
    const fi = structuredClone(findBuiltinCarrier('googlefi')!);
    fi.plans.unlimited!.tiers.unlimited!.pricePerLine.value = [65, 55];
    const edited = catalogPlans([fi]).find((p) => p.name.startsWith('Unlimited'));
    expect(edited?.tiers[0]?.pricePerLine).toEqual([65, 55]);
  });
});
