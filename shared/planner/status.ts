/**
 * What the top of the Plan page shows, computed from an evaluation and the
 * cycle's readings: the household's running total by date (the burn-down)
 * and the days left.
 */
import { daysBetween, parseDate } from '../engine/dates';
import type { Cycle } from '../engine/types';
import type { Reading } from '../domain/schemas';

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

/** Days after `asOf` to the cycle's end (0 on its last day). */
export function daysLeft(cycle: Pick<Cycle, 'end'>, asOf: string): number {
  return Math.max(0, daysBetween(parseDate(asOf), parseDate(cycle.end)));
}
