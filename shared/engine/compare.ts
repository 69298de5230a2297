/**
 * compare: how well each candidate plan fits this household and what it would
 * cost (docs/planning-model.md, section 7).
 *
 * Demand for comparison counts each tethering device on its first listed host.
 * A candidate is judged by its own terms: the household's lines bring their
 * needs (demand, hotspot load, needsPremium), not their current plan's terms.
 * - Pool plan: fits when P ≥ Σ d_i; costs n × pricePerLine(n).
 * - Per-line plan: every line takes its cheapest tier (at n lines; ties: first
 *   listed) that meets its needs — dataGB ≥ d_i, hotspotGB ≥ hotspot load
 *   (a load of 0 always fits), and premiumGB ≥ d_i when the line needsPremium;
 *   null terms are unlimited. A tier without prices is priced like its plan;
 *   an unpriced tier is chosen only when no priced one fits. A plan without
 *   tiers is one tier made of its own fields.
 * - When a line has an eSIM-only device the plan must say `esim: true`.
 *
 * Unknown is not "no". A term listed in `unknownTerms` (of the tier, or of the
 * plan for all its tiers) is a fact no source gave: it neither meets nor fails
 * a need. A tier whose known terms meet a line's needs but that has an unknown
 * term the line needs "may meet" them; it is chosen only when no tier surely
 * meets them. Unknown eSIM support (`esim` null) and missing prices are
 * unknown too. `fits` is true, false (a reason says why) or null (may fit);
 * `unknowns` names every unknown fact that matters ("price for 3 lines",
 * "hotspot allowance of Plus", "eSIM support of Unlimited").
 *
 * Monthly total: the sum of the chosen tiers' prices, null when one is
 * unknown. For a plan that does not fit: a pool plan still costs n × its
 * price; a per-line plan has a total only when every line has a priced tier
 * that meets its needs (it fails only on eSIM, say).
 *
 * Ranking: plans that fit with a known total (by total, then name); plans that
 * fit with an unknown total (by name); plans that may fit (known totals first,
 * by total, then name); plans that don't fit (by name).
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
  esimUnknown,
  hotspotTooSmall,
  noTierFits,
  poolTooSmall,
  premiumTooSmall,
  priceUnknown,
  termUnknown,
} from './compareReasons';
import { pricePerLineAt, tierPriceAt } from './cost';
import { firstHostLoads, lineDemands } from './demand';
import type { ComparisonResult } from './types';

/** A per-line term a catalog plan may not know (distinct from null, which is unlimited). */
export type UnknownTerm = 'dataGB' | 'premiumGB' | 'hotspotGB';

export type CompareTier = ScenarioTier & {
  /** Terms no source gave for this tier: they neither meet nor fail a need. */
  unknownTerms?: UnknownTerm[];
};

/** A candidate for compare: a scenario plan that may also say which of its terms are unknown. */
export type CompareCandidate = Omit<ScenarioPlan, 'tiers' | 'esim'> & {
  tiers: CompareTier[];
  /** true / false as a source states; null or absent = unknown. */
  esim?: boolean | null;
  /** Terms no source gave, for the plan's own fields and for every one of its tiers. */
  unknownTerms?: UnknownTerm[];
};

export type RankedPlan = ComparisonResult['ranking'][number];

type LineNeeds = { id: string; demandGB: number; hotspotLoadGB: number; needsPremium: boolean };

type Terms = Pick<ScenarioTier, 'dataGB' | 'premiumGB' | 'hotspotGB'>;
type JudgedTier = Terms & Pick<ScenarioTier, 'name' | 'pricePerLine'> & { unknown: ReadonlySet<UnknownTerm> };

const atLeast = (allowanceGB: number | null, neededGB: number): boolean =>
  allowanceGB === null || allowanceGB >= neededGB - ONE_BYTE_GB;

/** Whether a tier (all of whose terms are known) meets one line's needs. */
export function tierMeetsNeeds(tier: Terms, needs: LineNeeds): boolean {
  return judge({ ...tier, unknown: new Set() }, needs).verdict === 'yes';
}

/** The terms a line's needs depend on: data when it uses any, hotspot when it hosts any, priority when it asks for it. */
function neededTerms(needs: LineNeeds): { term: UnknownTerm; allowance: (t: Terms) => number | null; gb: number }[] {
  const out: { term: UnknownTerm; allowance: (t: Terms) => number | null; gb: number }[] = [];
  if (needs.demandGB > 0) out.push({ term: 'dataGB', allowance: (t) => t.dataGB, gb: needs.demandGB });
  if (needs.hotspotLoadGB > 0) out.push({ term: 'hotspotGB', allowance: (t) => t.hotspotGB, gb: needs.hotspotLoadGB });
  if (needs.needsPremium && needs.demandGB > 0) {
    out.push({ term: 'premiumGB', allowance: (t) => t.premiumGB, gb: needs.demandGB });
  }
  return out;
}

/** yes: meets the needs; no: a known term fails one; maybe: only unknown terms stand between it and yes. */
function judge(
  tier: Terms & { unknown: ReadonlySet<UnknownTerm> },
  needs: LineNeeds,
): { verdict: 'yes' | 'no' | 'maybe'; unknown: UnknownTerm[] } {
  const unknown: UnknownTerm[] = [];
  for (const n of neededTerms(needs)) {
    if (tier.unknown.has(n.term)) unknown.push(n.term);
    else if (!atLeast(n.allowance(tier), n.gb)) return { verdict: 'no', unknown: [] };
  }
  return { verdict: unknown.length > 0 ? 'maybe' : 'yes', unknown };
}

/** A ranked plan before its reasons and unknowns are joined into `details`. */
type Ranked = Omit<RankedPlan, 'details'> & {
  reasons: Reason[];
  unknowns: Reason[];
  /** Whether `monthly` still stands if the plan turns out not to fit (every line surely fits a priced tier). */
  totalStandsWhenNotFitting: boolean;
};

// Only known terms fail (an unknown one neither meets nor fails); a term that fails is never null (null is unlimited).
function unmetTermsOf(tier: JudgedTier, needs: LineNeeds): Reason[] {
  const out: Reason[] = [];
  for (const n of neededTerms(needs)) {
    if (tier.unknown.has(n.term) || atLeast(n.allowance(tier), n.gb)) continue;
    if (n.term === 'dataGB') out.push(dataTooSmall(needs.id, tier.dataGB!, needs.demandGB));
    if (n.term === 'hotspotGB') out.push(hotspotTooSmall(needs.id, tier.hotspotGB!, needs.hotspotLoadGB));
    if (n.term === 'premiumGB') out.push(premiumTooSmall(needs.id, tier.premiumGB!, needs.demandGB));
  }
  return out;
}

function rankPoolPlan(plan: CompareCandidate, needs: readonly LineNeeds[]): Ranked {
  const poolGB = plan.poolGB ?? 0;
  const demandGB = needs.reduce((s, l) => s + l.demandGB, 0);
  const reasons = demandGB <= poolGB + ONE_BYTE_GB ? [] : [poolTooSmall(poolGB, demandGB)];
  const n = needs.length;
  const price = pricePerLineAt(plan.pricePerLine, n);
  const monthly = n === 0 ? (plan.pricePerLine.length > 0 ? 0 : null) : price === null ? null : n * price;
  const unknowns = n > 0 && price === null ? [priceUnknown(n)] : [];
  return {
    plan: plan.name,
    carrier: plan.carrier,
    fits: reasons.length === 0,
    monthly,
    tiers: null,
    reasons,
    unknowns,
    totalStandsWhenNotFitting: true,
  };
}

type Choice = { tier: JudgedTier; price: number | null; verdict: 'yes' | 'maybe'; unknown: UnknownTerm[] };

/**
 * A line's tier: the cheapest priced one (at n lines; ties: first listed) that
 * meets its needs, else the first unpriced one that does; only when none
 * surely meets them, the same among those that may. Null when none may.
 */
function chooseTier(
  plan: CompareCandidate,
  tiers: readonly JudgedTier[],
  line: LineNeeds,
  lineCount: number,
): Choice | null {
  let best: Choice | null = null;
  for (const tier of tiers) {
    const { verdict, unknown } = judge(tier, line);
    if (verdict === 'no') continue;
    const price = tierPriceAt(plan, tier, lineCount);
    const better =
      best === null ||
      (verdict === 'yes' && best.verdict === 'maybe') ||
      (verdict === best.verdict && price !== null && (best.price === null || price < best.price));
    if (better) best = { tier, price, verdict, unknown };
  }
  return best;
}

const TERM_ORDER: readonly UnknownTerm[] = ['dataGB', 'premiumGB', 'hotspotGB'];

function judgedTiers(plan: CompareCandidate): JudgedTier[] {
  const planUnknown = plan.unknownTerms ?? [];
  if (plan.tiers.length === 0) {
    return [
      {
        name: plan.name,
        dataGB: plan.dataGB,
        premiumGB: plan.premiumGB,
        hotspotGB: plan.hotspotGB,
        pricePerLine: [],
        unknown: new Set(planUnknown),
      },
    ];
  }
  return plan.tiers.map((t) => ({
    name: t.name,
    dataGB: t.dataGB,
    premiumGB: t.premiumGB,
    hotspotGB: t.hotspotGB,
    pricePerLine: t.pricePerLine,
    unknown: new Set([...planUnknown, ...(t.unknownTerms ?? [])]),
  }));
}

function rankPerLinePlan(plan: CompareCandidate, needs: readonly LineNeeds[]): Ranked {
  const tiered = plan.tiers.length > 0;
  const tiers = judgedTiers(plan);
  const n = needs.length;
  const chosen: Record<string, string> = {};
  const reasons: Reason[] = [];
  const unknownTerms = new Map<string, { tier: string; term: UnknownTerm; lines: string[] }>();
  let maybe = false;
  let unpriced = false;
  let allSurelyMet = true;
  // An account without lines costs 0 on a plan that has prices at all.
  let monthly: number | null =
    n > 0 || plan.pricePerLine.length > 0 || tiers.some((t) => t.pricePerLine.length > 0) ? 0 : null;
  for (const line of needs) {
    const best = chooseTier(plan, tiers, line, n);
    if (best === null) {
      if (tiered) reasons.push(noTierFits(line.id, line.demandGB, line.hotspotLoadGB, line.needsPremium));
      else reasons.push(...unmetTermsOf(tiers[0]!, line));
      monthly = null;
      allSurelyMet = false;
      continue;
    }
    chosen[line.id] = best.tier.name;
    if (best.verdict === 'maybe') {
      maybe = true;
      allSurelyMet = false;
      for (const term of TERM_ORDER.filter((x) => best.unknown.includes(x))) {
        const key = `${term}\u0000${best.tier.name}`;
        const seen = unknownTerms.get(key);
        if (seen) seen.lines.push(line.id);
        else unknownTerms.set(key, { tier: best.tier.name, term, lines: [line.id] });
      }
    }
    if (best.price === null) unpriced = true;
    monthly = monthly === null || best.price === null ? null : monthly + best.price;
  }
  const unknowns: Reason[] = [];
  if (unpriced && n > 0) unknowns.push(priceUnknown(n));
  for (const u of unknownTerms.values()) unknowns.push(termUnknown(u.term, u.tier, u.lines));
  return {
    plan: plan.name,
    carrier: plan.carrier,
    fits: reasons.length > 0 ? false : maybe ? null : true,
    monthly,
    tiers: tiered ? chosen : null,
    reasons,
    unknowns,
    totalStandsWhenNotFitting: allSurelyMet,
  };
}

function withReasons({ reasons, unknowns, totalStandsWhenNotFitting: _, ...ranked }: Ranked): RankedPlan {
  return { ...ranked, details: [...reasons, ...unknowns] };
}

/** 0: fits, known total; 1: fits, unknown total; 2: may fit; 3: does not fit. */
function groupOf(r: RankedPlan): number {
  if (r.fits === true) return r.monthly === null ? 1 : 0;
  return r.fits === null ? 2 : 3;
}

function byName(a: RankedPlan, b: RankedPlan): number {
  return a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : 0;
}

function byRank(a: RankedPlan, b: RankedPlan): number {
  const ga = groupOf(a);
  const gb = groupOf(b);
  if (ga !== gb) return ga - gb;
  if (ga === 0 || ga === 2) {
    if (a.monthly !== b.monthly) {
      if (a.monthly === null) return 1;
      if (b.monthly === null) return -1;
      return a.monthly - b.monthly;
    }
  }
  return byName(a, b);
}

export function compare(scenario: Scenario, candidates?: readonly CompareCandidate[]): ComparisonResult {
  const plans: readonly CompareCandidate[] = candidates ?? scenario.plans;
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
    let fits = ranked.fits;
    const reasons = [...ranked.reasons];
    const unknowns = [...ranked.unknowns];
    if (esimLines.length > 0 && plan.esim === false) {
      fits = false;
      reasons.push(esimMissing(esimLines));
    } else if (esimLines.length > 0 && plan.esim !== true) {
      if (fits === true) fits = null;
      unknowns.push(esimUnknown(plan.name, esimLines));
    }
    const monthly = fits === false && !ranked.totalStandsWhenNotFitting ? null : ranked.monthly;
    return withReasons({ ...ranked, fits, monthly, reasons, unknowns });
  });
  // Array.prototype.sort is stable: plans equal in every key keep the candidates' order.
  return { ranking: ranking.sort(byRank) };
}
