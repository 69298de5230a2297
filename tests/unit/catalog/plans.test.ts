import { describe, expect, test } from 'vitest';
import { BUILTIN_CATALOG, findBuiltinCarrier } from '../../../shared/catalog/carriers';
import { catalogPlans } from '../../../shared/catalog/plans';
import { ScenarioPlanSchema } from '../../../shared/scenario/schema';

const plans = catalogPlans(BUILTIN_CATALOG);

/**
 * Visible as if the user had confirmed Party Pay is still sold (the built-in
 * catalog does not know, so it leaves the plan out of comparisons).
 */
function visibleConfirmedCurrent() {
  const visible = structuredClone(findBuiltinCarrier('visible')!);
  const partyPay = visible.plans['party-pay']!;
  partyPay.status = { ...partyPay.tiers[Object.keys(partyPay.tiers)[0]!]!.pricePerLine, value: 'current', note: null };
  return visible;
}

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

  test('leaves out plans that may no longer be sold', () => {
    // Visible Party Pay's 2019 prices are known, but not whether it is still sold.
    expect(plans.filter((p) => p.carrier === 'visible')).toEqual([]);
    expect(plans.map((p) => p.name)).not.toContain('Unlimited (older price table)');
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
});
