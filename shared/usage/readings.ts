/**
 * The rules that keep usage readings honest. A reading is a running total of
 * one billing cycle ("X GB used this cycle, as of D"), so within one cycle a
 * line's readings never go down as the dates go up; a new cycle starts again
 * from zero, and readings of earlier cycles are kept as they are.
 */
import { z } from 'zod';
import { cycleContaining, type CycleRule } from '../engine/cycle';
import { IdSchema, IsoDateSchema, ReadingSchema } from '../domain/schemas';
import { gbToBytes } from '../domain/units';

export interface DatedAmount {
  date: string;
  usedGB: number;
}

/**
 * The reading `candidate` contradicts, or null: the highest earlier reading
 * of the same cycle that is above it, else the lowest later one below it.
 * `others` are the line's other readings (not the one being replaced or
 * edited). Amounts compare as stored bytes, so 0.1 + 0.2 equals 0.3.
 * Example: cycle from the 5th, 0.9 GB on Dec 1 and 0.1 GB on Dec 2 → Dec 1.
 */
export function readingOrderConflict<R extends DatedAmount>(
  rule: CycleRule,
  others: readonly R[],
  candidate: DatedAmount,
): R | null {
  const cycle = cycleContaining(rule, candidate.date);
  const bytes = gbToBytes(candidate.usedGB);
  let above: R | null = null;
  let below: R | null = null;
  for (const r of others) {
    if (r.date < cycle.start || r.date > cycle.end || r.date === candidate.date) continue;
    const other = gbToBytes(r.usedGB);
    if (r.date < candidate.date && other > bytes && (above === null || other > gbToBytes(above.usedGB))) above = r;
    if (r.date > candidate.date && other < bytes && (below === null || other < gbToBytes(below.usedGB))) below = r;
  }
  return above ?? below;
}

export const CycleTotalOfferSchema = z.strictObject({
  lineId: IdSchema,
  cycleStart: IsoDateSchema,
  cycleEnd: IsoDateSchema,
  /** The last reading of that cycle, which becomes its total. */
  date: IsoDateSchema,
  usedGB: z.number(),
});
export type CycleTotalOffer = z.infer<typeof CycleTotalOfferSchema>;

/** A page of one line's older readings, newest first. */
export const ReadingPageSchema = z.strictObject({
  readings: z.array(ReadingSchema),
  /** How many readings of the line are older than the last one in `readings`. */
  remaining: z.number().int().nonnegative(),
});

/**
 * Cycles that have ended (their last day is before `today`), have readings
 * and no history entry: the last reading of each is that cycle's total as far
 * as the app knows, so it can be recorded with one click. Oldest first.
 */
export function endedCyclesWithoutTotal(
  rule: CycleRule,
  readings: readonly (DatedAmount & { lineId: string })[],
  history: readonly { lineId: string; cycleStart: string }[],
  today: string,
): CycleTotalOffer[] {
  const recorded = new Set(history.map((h) => `${h.lineId}|${h.cycleStart}`));
  const last = new Map<string, CycleTotalOffer>();
  for (const r of readings) {
    const cycle = cycleContaining(rule, r.date);
    if (cycle.end >= today) continue;
    const key = `${r.lineId}|${cycle.start}`;
    if (recorded.has(key)) continue;
    const seen = last.get(key);
    if (!seen || r.date > seen.date) {
      last.set(key, { lineId: r.lineId, cycleStart: cycle.start, cycleEnd: cycle.end, date: r.date, usedGB: r.usedGB });
    }
  }
  return [...last.values()].sort(
    (a, b) => a.cycleStart.localeCompare(b.cycleStart) || a.lineId.localeCompare(b.lineId),
  );
}
