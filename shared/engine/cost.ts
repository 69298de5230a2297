/**
 * Plan prices (docs/planning-model.md, section 7). Prices are per line and depend on
 * how many lines the account has: pricePerLine[n − 1], the last entry for more
 * lines.
 *
 *   evaluate: tiers and a tier on every line → Σ each line's tier price at n lines;
 *             otherwise n × pricePerLine(n); null without prices.
 *
 * Example: pricePerLine [60, 50, 40, 35] → 3 lines cost 3 × 40 = 120, 6 lines 6 × 35 = 210.
 */
import type { ScenarioLine, ScenarioPlan, ScenarioTier } from '../scenario/schema';
import { tierNamed } from './terms';

/** The per-line price at `lineCount` lines; null when there are no prices (or no lines to price). */
export function pricePerLineAt(pricePerLine: readonly number[], lineCount: number): number | null {
  if (pricePerLine.length === 0 || lineCount < 1) return null;
  return pricePerLine[Math.min(lineCount, pricePerLine.length) - 1]!;
}

/** A tier's per-line price at `lineCount` lines; a tier without prices is priced like its plan. */
export function tierPriceAt(
  plan: Pick<ScenarioPlan, 'pricePerLine'>,
  tier: Pick<ScenarioTier, 'pricePerLine'>,
  lineCount: number,
): number | null {
  return pricePerLineAt(tier.pricePerLine.length > 0 ? tier.pricePerLine : plan.pricePerLine, lineCount);
}

function hasAnyPrice(plan: Pick<ScenarioPlan, 'pricePerLine' | 'tiers'>): boolean {
  return plan.pricePerLine.length > 0 || plan.tiers.some((t) => t.pricePerLine.length > 0);
}

export type PlanCost = { monthly: number; lines: number };

/** The monthly cost of the current plan for these lines, null when it cannot be priced. */
export function planCost(
  plan: Pick<ScenarioPlan, 'pricePerLine' | 'tiers'>,
  lines: readonly Pick<ScenarioLine, 'tier'>[],
): PlanCost | null {
  const n = lines.length;
  if (n === 0) return hasAnyPrice(plan) ? { monthly: 0, lines: 0 } : null;
  const tiers = lines.map((l) => tierNamed(plan, l.tier));
  if (plan.tiers.length > 0 && tiers.every((t) => t !== null)) {
    let monthly = 0;
    for (const tier of tiers) {
      const price = tierPriceAt(plan, tier!, n);
      if (price === null) return null;
      monthly += price;
    }
    return { monthly, lines: n };
  }
  const price = pricePerLineAt(plan.pricePerLine, n);
  return price === null ? null : { monthly: n * price, lines: n };
}
