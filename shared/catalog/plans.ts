/**
 * The catalog's representative plans in the scenario plan shape, so `compare`
 * can rank them for a household. Only plans a household can still buy and
 * whose prices a source gives for every line count up to the last one given;
 * nothing is filled in by guesswork:
 *
 * - A term the catalog does not know is taken at its least favourable value
 *   (no priority data, no hotspot), so an unknown term never makes a plan
 *   look better than it is. A tier with unknown high-speed data is left out.
 * - Pay-per-GB plans cannot be expressed as a fixed price unless the bill has
 *   a cap: Google Fi Flexible is offered at its Bill Protection maximum
 *   (base price + every billed GB), which is what a heavy-use group pays;
 *   Spectrum By the Gig (no cap) is left out.
 * - When a price comes from a dated page, the plan's name says so.
 */
import { ScenarioPlanSchema, type ScenarioPlan } from '../scenario/schema';
import type { Carrier, CatalogPlan, CatalogTier, Fact } from './schema';

type ScenarioTierInput = {
  name: string;
  dataGB: number | null;
  premiumGB: number | null;
  hotspotGB: number | null;
  pricePerLine: number[];
};

function completePrices(fact: Fact<(number | null)[]>): number[] | null {
  const prices = fact.value;
  if (prices === null || prices.length === 0 || prices.some((p) => p === null)) return null;
  return prices as number[];
}

function scenarioTier(tier: CatalogTier, pricePerLine: number[]): ScenarioTierInput | null {
  const data = tier.dataGB.value;
  if (data === null) return null;
  const premium = tier.premiumGB.value;
  const hotspot = tier.hotspotGB.value;
  return {
    name: tier.name,
    dataGB: data === 'unlimited' ? null : data,
    // Scenario null = "no threshold" / "unlimited"; unknown must not read as that.
    premiumGB: premium === null ? 0 : premium === 'none' ? null : premium,
    hotspotGB: hotspot === null ? 0 : hotspot === 'unlimited' ? null : hotspot,
    pricePerLine,
  };
}

/** Per-line price at the most a pay-per-GB plan can bill, for each line count the cap is known. */
function cappedPrices(plan: CatalogPlan, base: number[]): number[] | null {
  const perGB = plan.payPerGB.priceUSD.value;
  const caps = plan.payPerGB.billedGBCap.value;
  if (perGB === null || caps === null || caps.length < base.length) return null;
  const prices: number[] = [];
  for (let i = 0; i < base.length; i++) {
    const cap = caps[i];
    const basePrice = base[i];
    if (cap === null || cap === undefined || basePrice === undefined) return null;
    prices.push(basePrice + (perGB * cap) / (i + 1));
  }
  return prices;
}

function datedName(name: string, tiers: readonly CatalogTier[]): string {
  const years = tiers.map((t) => t.pricePerLine.sourceDate?.slice(0, 4)).filter((y): y is string => y !== undefined);
  const oldest = years.sort()[0];
  return (oldest ? `${name} (prices as of ${oldest})` : name).slice(0, 80);
}

function toScenarioPlan(carrier: Carrier, plan: CatalogPlan): ScenarioPlan | null {
  // A plan whose sale status is unknown may be gone: comparing against it would mislead.
  if (plan.status.value !== 'current') return null;
  const payPerGB = plan.payPerGB.priceUSD.value !== null;
  const used: CatalogTier[] = [];
  const tiers: ScenarioTierInput[] = [];
  for (const tier of Object.values(plan.tiers)) {
    const base = completePrices(tier.pricePerLine);
    if (!base) continue;
    const prices = payPerGB ? cappedPrices(plan, base) : base;
    if (!prices) continue;
    const scenario = scenarioTier(tier, prices);
    if (!scenario) continue;
    tiers.push(scenario);
    used.push(tier);
  }
  if (tiers.length === 0) return null;
  const name = payPerGB ? `${plan.name} (Bill Protection maximum)` : datedName(plan.name, used);
  return ScenarioPlanSchema.parse({
    name: name.slice(0, 80),
    carrier: carrier.id,
    kind: 'per-line',
    cycleStartDay: 1,
    esim: carrier.esim.value,
    tiers,
  });
}

export function catalogPlans(carriers: readonly Carrier[]): ScenarioPlan[] {
  return carriers.flatMap((carrier) =>
    Object.values(carrier.plans)
      .map((plan) => toScenarioPlan(carrier, plan))
      .filter((p): p is ScenarioPlan => p !== null),
  );
}
