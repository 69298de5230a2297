/**
 * The catalog's plans as compare candidates for one household. Unknown stays
 * apart from unlimited everywhere: a term no source gives is listed in
 * `unknownTerms` (it neither meets nor fails a need), a price no source gives
 * for this many lines is left out (compare names it as "price for N lines"),
 * and unknown eSIM support stays null. Only plans a household can buy take
 * part (status `current`, or an offer the user entered); legacy and ended
 * plans do not.
 *
 * Pay-per-GB plans are costed for the household's own demand: Google Fi
 * Flexible at its calls-and-texts price plus $10 for every GB up to the Bill
 * Protection level of that many people; Spectrum By the Gig at its line price
 * plus $5 for each GB beyond the 1 GB every line includes.
 */
import type { CompareCandidate, CompareTier, UnknownTerm } from '../engine/compare';
import { firstHostLoads, lineDemands } from '../engine/demand';
import type { Scenario } from '../scenario/schema';
import type { Carrier, CatalogPlan, CatalogTier, Fact } from './schema';

export type Household = { lineCount: number; demandGB: number };

/** How many lines a scenario's household has and how much they need together (tethering on the first host). */
export function householdOf(scenario: Pick<Scenario, 'lines' | 'devices'>): Household {
  const demand = lineDemands(
    scenario.lines.map((l) => l.id),
    scenario.devices,
    firstHostLoads(scenario.devices),
  );
  return {
    lineCount: scenario.lines.length,
    demandGB: [...demand.values()].reduce((sum, d) => sum + d.demandGB, 0),
  };
}

/** Price per line at n lines (the last entry for more lines); null when no source gives it. */
export function priceAt(fact: Fact<(number | null)[]>, n: number): number | null {
  const prices = fact.value;
  if (prices === null || prices.length === 0 || n < 1) return null;
  return prices[Math.min(n, prices.length) - 1] ?? null;
}

/**
 * The engine reads entry n-1 of a price list for n lines; a catalog list may
 * have gaps before it, so the candidate carries only this household's price.
 */
function priceListFor(price: number | null, n: number): number[] {
  return price === null ? [] : Array.from({ length: Math.max(1, n) }, () => price);
}

function payPerGBPrice(plan: CatalogPlan, base: number | null, house: Household): number | null {
  const perGB = plan.payPerGB.priceUSD.value;
  if (perGB === null || base === null || house.lineCount === 0) return base;
  const n = house.lineCount;
  const included = (plan.payPerGB.includedGBPerLine.value ?? 0) * n;
  const caps = plan.payPerGB.billedGBCap.value;
  const cap = caps === null ? null : (caps[Math.min(n, caps.length) - 1] ?? null);
  // A plan that bills without a cap (or an unknown one) bills every GB beyond what is included.
  const billed = Math.max(0, house.demandGB - included);
  const billedGB = cap === null ? billed : Math.min(billed, cap);
  return Math.round((base + (perGB * billedGB) / n) * 100) / 100;
}

function tierOf(plan: CatalogPlan, tier: CatalogTier, house: Household): CompareTier {
  const unknownTerms: UnknownTerm[] = [];
  const data = tier.dataGB.value;
  const premium = tier.premiumGB.value;
  const hotspot = tier.hotspotGB.value;
  if (data === null) unknownTerms.push('dataGB');
  if (premium === null) unknownTerms.push('premiumGB');
  if (hotspot === null) unknownTerms.push('hotspotGB');
  const price = payPerGBPrice(plan, priceAt(tier.pricePerLine, house.lineCount), house);
  return {
    name: tier.name,
    // null = unlimited (or no priority threshold); unknown terms are listed instead.
    dataGB: typeof data === 'number' ? data : null,
    premiumGB: typeof premium === 'number' ? premium : null,
    hotspotGB: typeof hotspot === 'number' ? hotspot : null,
    pricePerLine: priceListFor(price, house.lineCount),
    ...(unknownTerms.length > 0 ? { unknownTerms } : {}),
  };
}

function candidateOf(carrier: Carrier, plan: CatalogPlan, house: Household): CompareCandidate | null {
  const tiers = Object.values(plan.tiers);
  if (tiers.length === 0) return null;
  const base = {
    name: plan.name,
    carrier: carrier.id,
    cycleStartDay: 1,
    cycleLengthDays: null,
    cycleAnchor: null,
    esim: carrier.esim.value,
    dataGB: null,
    premiumGB: null,
    hotspotGB: null,
  };
  const poolGB = plan.poolGB.value;
  if (isSharedPool(plan) && poolGB !== null) {
    const price = priceAt(tiers[0]!.pricePerLine, house.lineCount);
    return { ...base, kind: 'pool', poolGB, pricePerLine: priceListFor(price, house.lineCount), tiers: [] };
  }
  return {
    ...base,
    kind: 'per-line',
    poolGB: null,
    pricePerLine: [],
    tiers: tiers.map((t) => tierOf(plan, t, house)),
  };
}

/**
 * Whether the plan is costed as one shared pool: only when its size is known;
 * a pooled plan of unknown size (pay-per-GB) is costed line by line on its tiers.
 */
export function isSharedPool(plan: CatalogPlan): boolean {
  return plan.sharing.value === 'pooled' && plan.poolGB.value !== null;
}

/** A plan a household can buy today: still sold, or an offer the user saw. */
export function isBuyable(plan: CatalogPlan): boolean {
  return plan.enteredOn !== null || plan.status.value === 'current';
}

export function catalogPlans(carriers: readonly Carrier[], house: Household): CompareCandidate[] {
  return carriers.flatMap((carrier) =>
    Object.values(carrier.plans)
      .filter(isBuyable)
      .map((plan) => candidateOf(carrier, plan, house))
      .filter((p): p is CompareCandidate => p !== null),
  );
}
