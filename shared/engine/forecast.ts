/**
 * Usage forecast to cycle end (docs/planning-model.md, section 5).
 *
 * Readings are cumulative usage in the current cycle at the end of their date.
 * With the latest reading U on day E of a cycle of L days (day 1 = cycle start):
 *   r_cur  = U / E
 *   r_hist = Σ usedGB / Σ days over the last ≤ 3 history cycles before the
 *            current one (each entry's length = the cycle containing its cycleStart)
 *   r      = (E/L)·r_cur + (1 − E/L)·r_hist     (r = r_cur without history)
 *   F      = U + r·(L − E)
 *   crossing of a bound X = first date D ≥ reading date with U + r·(D − reading date) ≥ X
 *                (null without the bound, or when D would fall after the cycle end);
 *                one per kind of bound: hard limit (exhaustsOn), priority
 *                threshold (premiumReachedOn), fair share (shareExceededOn)
 *   daily budget = max(0, T − U) / (L − E), T the smallest bound, its basis named
 *                (null without a bound or days left)
 * Pool: from the latest reading date D0, Σ (U_i + r_i·(D − date_i)) reaches P on
 * the first D ≥ D0 where it is ≥ P; its daily budget is
 * max(0, P − that total at D0) / (cycle end − D0).
 *
 * Example: 30-day cycle, U = 8.4 GB on day 16, no history → r = 0.525 GB/day,
 * F = 8.4 + 0.525·14 = 15.75; with a 10 GB cap the line reaches it on day 20
 * (8.4 + 0.525·4 = 10.5 ≥ 10, 8.4 + 0.525·3 = 9.975 < 10).
 */
import { ONE_BYTE_GB } from './amounts';
import { type CycleDays, type CycleRule, cycleContainingDay } from './cycle';
import { type EpochDay, formatDate, parseDate } from './dates';
import type { DailyBudgetBasis, LimitBasis } from './types';

export const HISTORY_CYCLES = 3;

export type LatestReading = { day: EpochDay; usedGB: number };

/**
 * The reading that counts for each line: the latest one dated within
 * [cycle start, asOf]; of several on that date, the last listed.
 * ISO dates compare as strings in date order, so only the winners are parsed.
 */
export function latestReadings(
  readings: readonly { line: string; date: string; usedGB: number }[],
  cycleStart: string,
  asOf: string,
): Map<string, LatestReading> {
  const latest = new Map<string, { date: string; usedGB: number }>();
  for (const r of readings) {
    if (r.date < cycleStart || r.date > asOf) continue;
    const seen = latest.get(r.line);
    if (seen === undefined || r.date >= seen.date) latest.set(r.line, { date: r.date, usedGB: r.usedGB });
  }
  const out = new Map<string, LatestReading>();
  for (const [line, r] of latest) out.set(line, { day: parseDate(r.date), usedGB: r.usedGB });
  return out;
}

/**
 * r_hist for one line: the last ≤ 3 history cycles whose cycleStart is before
 * the current cycle. Entries falling in the same cycle describe the same cycle;
 * the last listed counts. Null when there is none.
 * Example: 30 GB over a 31-day cycle and 28 GB over a 30-day one → 58 / 61 GB/day.
 */
export function historyRateGBPerDay(
  entries: readonly { cycleStart: string; usedGB: number }[],
  rule: CycleRule,
  currentStartDay: EpochDay,
): number | null {
  const currentStart = formatDate(currentStartDay);
  // Newest first (ISO dates sort as strings); among equal dates the last listed first.
  const earlier = entries
    .map((h, index) => ({ h, index }))
    .filter(({ h }) => h.cycleStart < currentStart)
    .sort((a, b) => (a.h.cycleStart < b.h.cycleStart ? 1 : a.h.cycleStart > b.h.cycleStart ? -1 : b.index - a.index));
  const cycles: { startDay: EpochDay; days: number; usedGB: number; index: number }[] = [];
  for (const { h, index } of earlier) {
    const c = cycleContainingDay(rule, parseDate(h.cycleStart));
    const last = cycles[cycles.length - 1];
    if (last !== undefined && last.startDay === c.startDay) {
      if (index > last.index) Object.assign(last, { usedGB: h.usedGB, index });
      continue;
    }
    // Entries come newest first, so a fourth cycle means the three newest are complete.
    if (cycles.length === HISTORY_CYCLES) break;
    cycles.push({ startDay: c.startDay, days: c.days, usedGB: h.usedGB, index });
  }
  if (cycles.length === 0) return null;
  let usedGB = 0;
  let days = 0;
  for (const c of cycles) {
    usedGB += c.usedGB;
    days += c.days;
  }
  return usedGB / days;
}

/**
 * First day D ≥ fromDay with baseGB + rate·(D − fromDay) ≥ limitGB, or null if
 * it falls after lastDay. Reaching the limit within one byte counts, so a
 * forecast that lands exactly on the limit is not pushed a day later by
 * floating-point noise.
 */
export function firstDayReaching(
  baseGB: number,
  rateGBPerDay: number,
  limitGB: number,
  fromDay: EpochDay,
  lastDay: EpochDay,
): EpochDay | null {
  const target = limitGB - ONE_BYTE_GB;
  if (baseGB >= target) return fromDay;
  if (!(rateGBPerDay > 0)) return null;
  const span = lastDay - fromDay;
  const exact = (limitGB - baseGB) / rateGBPerDay;
  if (!(exact <= span + 1)) return null;
  let k = Math.max(1, Math.ceil(exact));
  while (k > 1 && baseGB + rateGBPerDay * (k - 1) >= target) k--;
  while (baseGB + rateGBPerDay * k < target) k++;
  return k > span ? null : fromDay + k;
}

/**
 * The bounds a line's forecast is measured against (three kinds, never
 * mixed): the hard limit (cap or per-line data; 0 counts: it blocks the line),
 * the priority threshold and the fair share (each a bound only when positive).
 */
export type LineBounds = {
  limitGB: number | null;
  limitBasis: LimitBasis | null;
  premiumGB: number | null;
  shareGB: number | null;
};

export type LineForecast = {
  usedGB: number;
  /** r, blended with history when there is any. */
  rateGBPerDay: number;
  forecastGB: number;
  exhaustsOnDay: EpochDay | null;
  premiumReachedOnDay: EpochDay | null;
  shareExceededOnDay: EpochDay | null;
  dailyBudgetGB: number | null;
  dailyBudgetBasis: DailyBudgetBasis | null;
};

/** Rank of each basis: where two bounds are equal, the first of cap, data, share, premium is named. */
const BASIS_ORDER: readonly DailyBudgetBasis[] = ['cap', 'data', 'share', 'premium'];

/**
 * The bound a daily budget keeps a line within: the smallest of its hard
 * limit, its fair share and its priority threshold (share and priority only
 * when positive); equal ones name the first of cap, data, share, premium.
 */
export function tightestBound(bounds: LineBounds): { gb: number; basis: DailyBudgetBasis } | null {
  const candidates: { gb: number; basis: DailyBudgetBasis }[] = [];
  if (bounds.limitGB !== null && bounds.limitBasis !== null) {
    candidates.push({ gb: bounds.limitGB, basis: bounds.limitBasis });
  }
  if (bounds.shareGB !== null && bounds.shareGB > 0) candidates.push({ gb: bounds.shareGB, basis: 'share' });
  if (bounds.premiumGB !== null && bounds.premiumGB > 0) candidates.push({ gb: bounds.premiumGB, basis: 'premium' });
  let best: { gb: number; basis: DailyBudgetBasis } | null = null;
  for (const c of candidates) {
    if (
      best === null ||
      c.gb < best.gb - ONE_BYTE_GB ||
      (c.gb <= best.gb + ONE_BYTE_GB && BASIS_ORDER.indexOf(c.basis) < BASIS_ORDER.indexOf(best.basis))
    ) {
      best = c;
    }
  }
  return best;
}

export function forecastLine(
  cycle: CycleDays,
  reading: LatestReading,
  historyRate: number | null,
  bounds: LineBounds,
): LineForecast {
  const elapsedDays = reading.day - cycle.startDay + 1;
  const cycleDays = cycle.days;
  const leftDays = cycleDays - elapsedDays;
  const currentRate = reading.usedGB / elapsedDays;
  const share = elapsedDays / cycleDays;
  const rateGBPerDay = historyRate === null ? currentRate : share * currentRate + (1 - share) * historyRate;
  const forecastGB = reading.usedGB + rateGBPerDay * leftDays;
  const crossing = (bound: number | null): EpochDay | null =>
    bound === null ? null : firstDayReaching(reading.usedGB, rateGBPerDay, bound, reading.day, cycle.endDay);
  const positive = (gb: number | null): number | null => (gb !== null && gb > 0 ? gb : null);
  const tightest = tightestBound(bounds);
  const hasBudget = tightest !== null && leftDays > 0;
  return {
    usedGB: reading.usedGB,
    rateGBPerDay,
    forecastGB,
    exhaustsOnDay: crossing(bounds.limitGB),
    premiumReachedOnDay: crossing(positive(bounds.premiumGB)),
    shareExceededOnDay: crossing(positive(bounds.shareGB)),
    dailyBudgetGB: hasBudget ? Math.max(0, tightest.gb - reading.usedGB) / leftDays : null,
    dailyBudgetBasis: hasBudget ? tightest.basis : null,
  };
}

export type PoolForecast = {
  usedGB: number;
  forecastGB: number;
  exhaustsOnDay: EpochDay | null;
  /** max(0, P − projected total at D0) / (cycle end − D0); null without days left. */
  dailyBudgetGB: number | null;
};

/** Pool forecast over the lines that have a reading; null when none has one. */
export function forecastPool(
  lines: readonly { reading: LatestReading; forecast: LineForecast }[],
  poolGB: number,
  cycle: CycleDays,
): PoolForecast | null {
  if (lines.length === 0) return null;
  let fromDay = -Infinity;
  for (const l of lines) if (l.reading.day > fromDay) fromDay = l.reading.day;
  let usedGB = 0;
  let forecastGB = 0;
  let projectedGB = 0;
  let rateGBPerDay = 0;
  for (const { reading, forecast } of lines) {
    usedGB += reading.usedGB;
    forecastGB += forecast.forecastGB;
    projectedGB += reading.usedGB + forecast.rateGBPerDay * (fromDay - reading.day);
    rateGBPerDay += forecast.rateGBPerDay;
  }
  const exhaustsOnDay = firstDayReaching(projectedGB, rateGBPerDay, poolGB, fromDay, cycle.endDay);
  const leftDays = cycle.endDay - fromDay;
  const dailyBudgetGB = leftDays > 0 ? Math.max(0, poolGB - projectedGB) / leftDays : null;
  return { usedGB, forecastGB, exhaustsOnDay, dailyBudgetGB };
}
