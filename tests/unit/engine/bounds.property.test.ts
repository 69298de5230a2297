/**
 * Properties of the forecast's bounds and of the pool's arithmetic, for any
 * input the schemas accept:
 * - a crossing date (limit, priority, share) lies in the cycle and never
 *   before the reading it is projected from;
 * - of two bounds on one line, the smaller is never crossed later than the
 *   larger (whichever kinds they are);
 * - line weights anywhere in 0.01–100 never give NaN, Infinity or budgets
 *   adding up to more than the pool.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type EpochDay,
  type LineBounds,
  allocatePool,
  cycleContainingDay,
  daysFromCivil,
  forecastLine,
} from '@shared/engine';
import { WEIGHT_MAX, WEIGHT_MIN } from '@shared/domain/units';
import { ScenarioLineSchema } from '@shared/scenario/schema';
import { fcParams } from './fcParams';

const NO_BOUNDS: LineBounds = { limitGB: null, limitBasis: null, premiumGB: null, shareGB: null };

/** A cycle, a reading inside it (on or before asOf), an optional history rate. */
const readingArb = fc
  .record({
    startDay: fc.integer({ min: 1, max: 31 }),
    year: fc.integer({ min: 2000, max: 2199 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayOfMonth: fc.integer({ min: 1, max: 28 }),
    back: fc.integer({ min: 0, max: 40 }),
    usedGB: fc.double({ min: 0, max: 500, noNaN: true }),
    historyRate: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: null }),
  })
  .map(({ startDay, year, month, dayOfMonth, back, usedGB, historyRate }) => {
    const rule = { cycleStartDay: startDay, cycleLengthDays: null, cycleAnchor: null };
    const asOf = daysFromCivil(year, month, dayOfMonth) as EpochDay;
    const cycle = cycleContainingDay(rule, asOf);
    const day = Math.max(cycle.startDay, asOf - back) as EpochDay;
    return { cycle, reading: { day, usedGB }, historyRate };
  });

const boundGB = fc.double({ min: 0, max: 600, noNaN: true });

describe('forecast bounds, for any reading', () => {
  test('every crossing date lies in the cycle and not before the reading', () => {
    fc.assert(
      fc.property(readingArb, boundGB, boundGB, boundGB, ({ cycle, reading, historyRate }, limit, premium, share) => {
        const f = forecastLine(cycle, reading, historyRate, {
          limitGB: limit,
          limitBasis: 'cap',
          premiumGB: premium,
          shareGB: share,
        });
        for (const d of [f.exhaustsOnDay, f.premiumReachedOnDay, f.shareExceededOnDay]) {
          if (d === null) continue;
          expect(d).toBeGreaterThanOrEqual(reading.day);
          expect(d).toBeLessThanOrEqual(cycle.endDay);
        }
        if (f.dailyBudgetGB !== null) {
          expect(Number.isFinite(f.dailyBudgetGB)).toBe(true);
          expect(f.dailyBudgetGB).toBeGreaterThanOrEqual(0);
        }
      }),
      fcParams(500),
    );
  });

  test('of two bounds on a line, the smaller is never crossed later than the larger', () => {
    const kinds = ['limit', 'premium', 'share'] as const;
    const boundsWith = (kind: (typeof kinds)[number], gb: number): LineBounds =>
      kind === 'limit'
        ? { ...NO_BOUNDS, limitGB: gb, limitBasis: 'data' }
        : kind === 'premium'
          ? { ...NO_BOUNDS, premiumGB: gb }
          : { ...NO_BOUNDS, shareGB: gb };
    const crossing = (f: ReturnType<typeof forecastLine>, kind: (typeof kinds)[number]) =>
      kind === 'limit' ? f.exhaustsOnDay : kind === 'premium' ? f.premiumReachedOnDay : f.shareExceededOnDay;
    fc.assert(
      fc.property(
        readingArb,
        fc.double({ min: 0.001, max: 600, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        fc.constantFrom(...kinds),
        fc.constantFrom(...kinds),
        ({ cycle, reading, historyRate }, smaller, extra, kindA, kindB) => {
          const larger = smaller + extra;
          const a = crossing(forecastLine(cycle, reading, historyRate, boundsWith(kindA, smaller)), kindA);
          const b = crossing(forecastLine(cycle, reading, historyRate, boundsWith(kindB, larger)), kindB);
          // Crossing the larger bound means having crossed the smaller one, no later.
          if (b !== null) {
            expect(a).not.toBeNull();
            expect(a!).toBeLessThanOrEqual(b);
          }
        },
      ),
      fcParams(500),
    );
  });
});

describe('pool arithmetic, for any weights the schemas accept', () => {
  const lineArb = fc.record({
    demandGB: fc.double({ min: 0, max: 100_000, noNaN: true }),
    capGB: fc.option(fc.double({ min: 0, max: 100_000, noNaN: true }), { nil: null }),
    floorGB: fc.double({ min: 0, max: 100_000, noNaN: true }),
    weight: fc.oneof(
      fc.constantFrom(WEIGHT_MIN, WEIGHT_MAX, 1),
      fc.double({ min: WEIGHT_MIN, max: WEIGHT_MAX, noNaN: true }),
    ),
  });

  test('budgets are finite, at least 0, and never add up to more than the pool', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 100_000, noNaN: true }),
        (lines, poolGB) => {
          const { budgetsGB, level } = allocatePool(lines, poolGB);
          let total = 0;
          for (const b of budgetsGB) {
            expect(Number.isFinite(b)).toBe(true);
            expect(b).toBeGreaterThanOrEqual(0);
            total += b;
          }
          if (level !== null) expect(Number.isFinite(level)).toBe(true);
          const demand = lines.reduce((s, l) => s + Math.min(l.demandGB, l.capGB ?? Infinity), 0);
          // Σ b never exceeds the pool (beyond floating-point noise relative to the amounts).
          expect(total).toBeLessThanOrEqual(Math.max(poolGB, 0) + 1e-9 * Math.max(1, demand));
        },
      ),
      fcParams(500),
    );
  });

  test('the schemas accept weights from 0.01 to 100 and refuse the ones that broke the arithmetic', () => {
    for (const weight of [0.01, 1, 100]) expect(ScenarioLineSchema.safeParse({ id: 'a', weight }).success).toBe(true);
    for (const weight of [5e-324, 1e-303, 0.001, 0, -1, 100.5, 1000]) {
      expect(ScenarioLineSchema.safeParse({ id: 'a', weight }).success).toBe(false);
    }
  });
});
