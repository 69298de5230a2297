/**
 * compare: how well each candidate plan fits this household and what it would
 * cost (DESIGN "Cost and comparison").
 *
 * Demand for comparison counts each tethering device on its first listed host.
 * - Pool plan: fits when P ≥ Σ d_i; costs n × pricePerLine(n).
 * - Per-line plan: every line takes its cheapest tier (at n lines; ties: first
 *   listed) that meets its needs — dataGB ≥ d_i, hotspotGB ≥ hotspot load
 *   (a load of 0 always fits), and premiumGB ≥ d_i when the line needsPremium;
 *   null terms are unlimited. A plan without tiers is one tier made of its own
 *   fields. The plan fits when every line has such a tier; its monthly total
 *   is the sum of those tiers' prices (null when any line has no fitting tier
 *   or a chosen tier has no price).
 * - When a line has an eSIM-only device the plan must say `esim: true`
 *   (unknown does not count).
 * Ranking: fitting plans by monthly total (unpriced last), then name; then the
 * plans that don't fit, in the same order, each with its reasons (English, as
 * DESIGN prints them) and the same reasons as data in `details`.
 *
 * Example: demand 58 GB over 3 lines; "Pool 50" at [70, 55, 45] → fits false,
 * monthly 135, reason "pool 50 GB < demand 58 GB".
 */
import type { Scenario, ScenarioPlan, ScenarioTier } from '../scenario/schema';
import { ONE_BYTE_GB } from './amounts';
import {
  type Reason,
  dataTooSmall,
  esimMissing,
  hotspotTooSmall,
  noTierFits,
  poolTooSmall,
  premiumTooSmall,
} from './compareReasons';
import { pricePerLineAt, tierPriceAt } from './cost';
import { firstHostLoads, lineDemands } from './demand';
import type { Comparison } from './types';

export type RankedPlan = Comparison['ranking'][number];

type LineNeeds = { id: string; demandGB: number; hotspotLoadGB: number; needsPremium: boolean };

const atLeast = (allowanceGB: number | null, neededGB: number): boolean =>
  allowanceGB === null || allowanceGB >= neededGB - ONE_BYTE_GB;

/** Whether a tier meets one line's needs. */
export function tierMeetsNeeds(
  tier: Pick<ScenarioTier, 'dataGB' | 'premiumGB' | 'hotspotGB'>,
  needs: LineNeeds,
): boolean {
  return (
    atLeast(tier.dataGB, needs.demandGB) &&
    (needs.hotspotLoadGB <= 0 || atLeast(tier.hotspotGB, needs.hotspotLoadGB)) &&
    (!needs.needsPremium || atLeast(tier.premiumGB, needs.demandGB))
  );
}

/** A ranked plan before its reasons are split into `reasons` and `details`. */
type Ranked = Omit<RankedPlan, 'reasons' | 'details'> & { reasons: Reason[] };

// A term that fails is never null: null is unlimited and always meets the need.
function unmetTermsOf(tier: Pick<ScenarioTier, 'dataGB' | 'premiumGB' | 'hotspotGB'>, needs: LineNeeds): Reason[] {
  const out: Reason[] = [];
  if (!atLeast(tier.dataGB, needs.demandGB)) out.push(dataTooSmall(needs.id, tier.dataGB!, needs.demandGB));
  if (needs.hotspotLoadGB > 0 && !atLeast(tier.hotspotGB, needs.hotspotLoadGB)) {
    out.push(hotspotTooSmall(needs.id, tier.hotspotGB!, needs.hotspotLoadGB));
  }
  if (needs.needsPremium && !atLeast(tier.premiumGB, needs.demandGB)) {
    out.push(premiumTooSmall(needs.id, tier.premiumGB!, needs.demandGB));
  }
  return out;
}

function rankPoolPlan(plan: ScenarioPlan, needs: readonly LineNeeds[]): Ranked {
  const poolGB = plan.poolGB ?? 0;
  const demandGB = needs.reduce((s, l) => s + l.demandGB, 0);
  const reasons = demandGB <= poolGB + ONE_BYTE_GB ? [] : [poolTooSmall(poolGB, demandGB)];
  const n = needs.length;
  const price = pricePerLineAt(plan.pricePerLine, n);
  const monthly = n === 0 ? (plan.pricePerLine.length > 0 ? 0 : null) : price === null ? null : n * price;
  return { plan: plan.name, carrier: plan.carrier, fits: reasons.length === 0, monthly, tiers: null, reasons };
}

/** The cheapest tier (at n lines) that meets a line's needs; unpriced tiers only when no priced one fits; ties: first listed. */
function cheapestFittingTier(
  plan: ScenarioPlan,
  tiers: readonly Pick<ScenarioTier, 'name' | 'dataGB' | 'premiumGB' | 'hotspotGB' | 'pricePerLine'>[],
  line: LineNeeds,
  lineCount: number,
): { name: string; price: number | null } | null {
  let best: { name: string; price: number | null } | null = null;
  for (const tier of tiers) {
    if (!tierMeetsNeeds(tier, line)) continue;
    const price = tierPriceAt(plan, tier, lineCount);
    if (best === null || (price !== null && (best.price === null || price < best.price))) {
      best = { name: tier.name, price };
    }
  }
  return best;
}

function rankPerLinePlan(plan: ScenarioPlan, needs: readonly LineNeeds[]): Ranked {
  const tiered = plan.tiers.length > 0;
  const tiers: Pick<ScenarioTier, 'name' | 'dataGB' | 'premiumGB' | 'hotspotGB' | 'pricePerLine'>[] = tiered
    ? plan.tiers
    : [
        {
          name: plan.name,
          dataGB: plan.dataGB,
          premiumGB: plan.premiumGB,
          hotspotGB: plan.hotspotGB,
          pricePerLine: [],
        },
      ];
  const n = needs.length;
  const chosen: Record<string, string> = {};
  const reasons: Reason[] = [];
  // An account without lines costs 0 on a plan that has prices at all.
  let monthly: number | null =
    n > 0 || plan.pricePerLine.length > 0 || tiers.some((t) => t.pricePerLine.length > 0) ? 0 : null;
  for (const line of needs) {
    const best = cheapestFittingTier(plan, tiers, line, n);
    if (best === null) {
      if (tiered) {
        reasons.push(noTierFits(line.id, line.demandGB, line.hotspotLoadGB, line.needsPremium));
      } else {
        reasons.push(...unmetTermsOf(tiers[0]!, line));
      }
      monthly = null;
      continue;
    }
    chosen[line.id] = best.name;
    monthly = monthly === null || best.price === null ? null : monthly + best.price;
  }
  return {
    plan: plan.name,
    carrier: plan.carrier,
    fits: reasons.length === 0,
    monthly,
    tiers: tiered ? chosen : null,
    reasons,
  };
}

function esimReason(plan: ScenarioPlan, esimLines: readonly string[]): Reason | null {
  if (esimLines.length === 0 || plan.esim === true) return null;
  return esimMissing(plan.esim, esimLines);
}

function withReasons({ reasons, ...ranked }: Ranked): RankedPlan {
  return { ...ranked, reasons: reasons.map((r) => r.text), details: reasons.map((r) => r.detail) };
}

function byRank(a: RankedPlan, b: RankedPlan): number {
  if (a.fits !== b.fits) return a.fits ? -1 : 1;
  if (a.monthly !== b.monthly) {
    if (a.monthly === null) return 1;
    if (b.monthly === null) return -1;
    return a.monthly - b.monthly;
  }
  return a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : 0;
}

export function compare(scenario: Scenario, candidates?: readonly ScenarioPlan[]): Comparison {
  const plans = candidates ?? scenario.plans;
  const lineIds = scenario.lines.map((l) => l.id);
  const demand = lineDemands(lineIds, scenario.devices, firstHostLoads(scenario.devices));
  const needs: LineNeeds[] = scenario.lines.map((l) => ({
    id: l.id,
    demandGB: demand.get(l.id)!.demandGB,
    hotspotLoadGB: demand.get(l.id)!.hotspotLoadGB,
    needsPremium: l.needsPremium,
  }));
  const esimLines = scenario.lines
    .filter((l) => scenario.devices.some((d) => d.line === l.id && d.sim === 'esim'))
    .map((l) => l.id);

  const ranking = plans.map((plan) => {
    const ranked = plan.kind === 'pool' ? rankPoolPlan(plan, needs) : rankPerLinePlan(plan, needs);
    const esim = esimReason(plan, esimLines);
    return withReasons(esim === null ? ranked : { ...ranked, fits: false, reasons: [...ranked.reasons, esim] });
  });
  // Array.prototype.sort is stable: plans equal in every key keep the candidates' order.
  return { ranking: ranking.sort(byRank) };
}
