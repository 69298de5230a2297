/**
 * A line's per-line terms (dataGB, premiumGB, hotspotGB) under a plan.
 *
 * Precedence, most specific first, per term:
 *   1. the line's own value when it is set (not null),
 *   2. else, when the line is on a tier (the plan tier whose name is the line's
 *      `tier`), that tier's value — a tier's null means unlimited, so the plan's
 *      own fields are not consulted for a line on a tier,
 *   3. else the plan's own value (a per-line plan without tiers "is one tier made
 *      of its own fields").
 * Null at every level means no limit (unlimited data, no premium threshold,
 * unlimited high-speed hotspot). Because the scenario format writes "not set"
 * and "unlimited" the same way (null), a line cannot lift a limit its tier or
 * plan sets; it can only set its own.
 *
 * Example: plan hotspotGB 10, tier "Plus" hotspotGB 30, line { tier: "Plus", hotspotGB: null } → 30;
 * the same line with hotspotGB 15 → 15.
 */
import type { ScenarioLine, ScenarioPlan, ScenarioTier } from '../scenario/schema';

export type LineTerms = {
  dataGB: number | null;
  premiumGB: number | null;
  hotspotGB: number | null;
  /** The tier the line is on, when the plan has tiers and the line names one of them. */
  tier: ScenarioTier | null;
};

type TermFields = Pick<ScenarioTier, 'dataGB' | 'premiumGB' | 'hotspotGB'>;
type PlanTerms = Pick<ScenarioPlan, 'dataGB' | 'premiumGB' | 'hotspotGB' | 'tiers'>;
type LineTermFields = Pick<ScenarioLine, 'dataGB' | 'premiumGB' | 'hotspotGB' | 'tier'>;

export function tierNamed(plan: Pick<ScenarioPlan, 'tiers'>, name: string | null): ScenarioTier | null {
  if (name === null) return null;
  return plan.tiers.find((t) => t.name === name) ?? null;
}

export function termsOfLine(plan: PlanTerms, line: LineTermFields): LineTerms {
  const tier = tierNamed(plan, line.tier);
  const fallback: TermFields = tier ?? plan;
  return {
    dataGB: line.dataGB ?? fallback.dataGB,
    premiumGB: line.premiumGB ?? fallback.premiumGB,
    hotspotGB: line.hotspotGB ?? fallback.hotspotGB,
    tier,
  };
}
