/**
 * What the top of the Plan page shows, computed from an evaluation and the
 * cycle's readings: the household's running total by date (the burn-down),
 * each line's hard limit, and the pool's daily budget.
 */
import { daysBetween, parseDate } from '../engine/dates';
import { termsOfLine } from '../engine/terms';
import type { Cycle, Evaluation } from '../engine/types';
import type { Line, Plan, Reading } from '../domain/schemas';

/**
 * The household's total on each date that has a reading in the cycle: every
 * line counts its latest reading up to that date (a line with none counts 0).
 * Example: Mom 2 GB on the 3rd, Dad 1 GB on the 4th → 2 GB on the 3rd, 3 GB on the 4th.
 */
export function householdTotals(
  readings: readonly Reading[],
  cycle: Pick<Cycle, 'start'>,
  asOf: string,
): { date: string; usedGB: number }[] {
  const inCycle = readings.filter((r) => r.date >= cycle.start && r.date <= asOf);
  // Stable sort by date keeps entry order within a date: the last listed counts.
  const byDate = [...inCycle].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = new Map<string, number>();
  const out: { date: string; usedGB: number }[] = [];
  for (let i = 0; i < byDate.length; i++) {
    const r = byDate[i]!;
    latest.set(r.lineId, r.usedGB);
    if (byDate[i + 1]?.date === r.date) continue;
    let total = 0;
    for (const v of latest.values()) total += v;
    out.push({ date: r.date, usedGB: total });
  }
  return out;
}

/** A line's hard limit: the smaller of its cap and (per-line plans) its effective data; null when neither is set. */
export function lineLimitGB(line: Line, plan: Plan): number | null {
  const data =
    plan.kind === 'per-line'
      ? termsOfLine({ ...plan, dataGB: null, premiumGB: null, hotspotGB: null }, line).dataGB
      : null;
  const bounds = [line.capGB, data].filter((x): x is number => x !== null);
  return bounds.length === 0 ? null : Math.min(...bounds);
}

/** Days after `asOf` to the cycle's end (0 on its last day). */
export function daysLeft(cycle: Pick<Cycle, 'end'>, asOf: string): number {
  return Math.max(0, daysBetween(parseDate(asOf), parseDate(cycle.end)));
}

/**
 * What the family may still use per remaining day for the pool to last:
 * what is left of the pool over the days after the latest reading. Null for
 * per-line plans, without readings, or on the cycle's last day.
 * Example: 26.8 of 30 GB used, 12 days left → 0.27 GB a day.
 */
export function poolDailyBudgetGB(evaluation: Evaluation, asOf: string): number | null {
  const pool = evaluation.pool;
  if (!pool || pool.usedGB === null) return null;
  const v2 = (pool as { dailyBudgetGB?: number | null }).dailyBudgetGB;
  if (v2 !== undefined) return v2;
  const days = daysLeft(evaluation.cycle, asOf);
  return days === 0 ? null : Math.max(0, pool.sizeGB - pool.usedGB) / days;
}
