/**
 * The engine on a household or a what-if of it, with results keyed by the
 * household's own ids. Pure: the renderer recomputes a what-if on every
 * change with exactly what the backend's `plan.evaluate` runs.
 */
import { evaluate } from '../engine/evaluate';
import type { Evaluation, PlanWarning } from '../engine/types';
import { engineModel, scenarioOfHousehold, type HouseholdModel } from '../scenario/household';

/** The evaluation of `model` on `asOf`; null when it has no plan yet. */
export function evaluateHousehold(model: HouseholdModel, asOf: string): Evaluation | null {
  if (!model.plan) return null;
  return evaluate(scenarioOfHousehold(engineModel(model, asOf), asOf, { ids: 'database' }).scenario);
}

/** A warning's identity across two evaluations: what it is about, not its numbers. */
export function warningKey(w: Pick<PlanWarning, 'code' | 'line' | 'device'>): string {
  return `${w.code}|${w.line ?? ''}|${w.device ?? ''}`;
}

/** Warnings only the what-if has (appear) and only the current setup has (disappear). */
export function warningChanges(
  now: readonly PlanWarning[],
  whatIf: readonly PlanWarning[],
): { appeared: PlanWarning[]; disappeared: PlanWarning[] } {
  const nowKeys = new Set(now.map(warningKey));
  const whatIfKeys = new Set(whatIf.map(warningKey));
  return {
    appeared: whatIf.filter((w) => !nowKeys.has(warningKey(w))),
    disappeared: now.filter((w) => !whatIfKeys.has(warningKey(w))),
  };
}

/** Two amounts differ when they would print differently (2 decimals). */
export function differs(a: number | string | null | undefined, b: number | string | null | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.round(a * 100) !== Math.round(b * 100);
  return (a ?? null) !== (b ?? null);
}
