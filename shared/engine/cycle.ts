/**
 * Billing cycles (docs/planning-model.md, section 1).
 *
 * Monthly: a plan with cycle start day d (1–31) starts a cycle on day
 * min(d, days in month) of every month; the cycle containing t starts on the
 * latest such start ≤ t and ends the day before the next one.
 * Example: d = 31, t = 2026-02-10 → 2026-01-31 … 2026-02-27 (28 days); the
 * next cycle is 2026-02-28 … 2026-03-30 (31 days).
 *
 * Fixed length: cycleLengthDays N and cycleAnchor A give cycles
 * [A + kN, A + (k+1)N − 1] for every integer k, before A too.
 * Example: N = 30, A = 2026-11-03, t = 2026-11-01 → k = −1 → 2026-10-04 … 2026-11-02.
 */
import type { Cycle } from './types';
import { type EpochDay, civilFromDays, daysFromCivil, formatDate, parseDate } from './dates';
import { daysInMonth } from '../domain/calendar';

/** The cycle fields of a plan; a plan with neither rule renews on the 1st (a calendar month). */
export type CycleRule = {
  cycleStartDay?: number | null;
  cycleLengthDays?: number | null;
  cycleAnchor?: string | null;
};

/** A cycle as epoch days, both ends inclusive. */
export type CycleDays = { startDay: EpochDay; endDay: EpochDay; days: number };

type CompiledRule = { kind: 'monthly'; startDay: number } | { kind: 'fixed'; lengthDays: number; anchor: EpochDay };

function compile(rule: CycleRule): CompiledRule {
  if (rule.cycleLengthDays != null && rule.cycleAnchor != null) {
    if (!Number.isInteger(rule.cycleLengthDays) || rule.cycleLengthDays < 1) {
      throw new Error(`cycleLengthDays must be a whole number of days ≥ 1, got ${rule.cycleLengthDays}`);
    }
    return { kind: 'fixed', lengthDays: rule.cycleLengthDays, anchor: parseDate(rule.cycleAnchor) };
  }
  const d = rule.cycleStartDay ?? 1;
  if (!Number.isInteger(d) || d < 1 || d > 31) throw new Error(`cycleStartDay must be 1–31, got ${d}`);
  return { kind: 'monthly', startDay: d };
}

function monthlyStart(year: number, month: number, startDay: number): EpochDay {
  return daysFromCivil(year, month, Math.min(startDay, daysInMonth(year, month)));
}

function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** The cycle (as epoch days) that contains `day`. */
export function cycleContainingDay(rule: CycleRule, day: EpochDay): CycleDays {
  const r = compile(rule);
  if (r.kind === 'fixed') {
    const k = Math.floor((day - r.anchor) / r.lengthDays);
    const startDay = r.anchor + k * r.lengthDays;
    return { startDay, endDay: startDay + r.lengthDays - 1, days: r.lengthDays };
  }
  const { year, month } = civilFromDays(day);
  let start = monthlyStart(year, month, r.startDay);
  let startMonth = { year, month };
  if (start > day) {
    startMonth = shiftMonth(year, month, -1);
    start = monthlyStart(startMonth.year, startMonth.month, r.startDay);
  }
  const next = shiftMonth(startMonth.year, startMonth.month, 1);
  const endDay = monthlyStart(next.year, next.month, r.startDay) - 1;
  return { startDay: start, endDay, days: endDay - start + 1 };
}

/** The cycle containing an ISO date, as ISO dates: cycleContaining({ cycleStartDay: 5 }, '2026-11-24') = 2026-11-05 … 2026-12-04, 30 days. */
export function cycleContaining(rule: CycleRule, date: string): Cycle {
  const c = cycleContainingDay(rule, parseDate(date));
  return { start: formatDate(c.startDay), end: formatDate(c.endDay), days: c.days };
}
