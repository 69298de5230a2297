import fc from 'fast-check';
import { fcParams } from './fcParams';
import { describe, expect, test } from 'vitest';
import { type PoolLine, allocatePool } from '@shared/engine';

const line = (demandGB: number, extra: Partial<PoolLine> = {}): PoolLine => ({
  demandGB,
  capGB: null,
  floorGB: 0,
  weight: 1,
  ...extra,
});

const TOL = 1e-7;

describe('sharing a pool', () => {
  test('gives every line its demand while the pool covers it', () => {
    const a = allocatePool([line(10), line(12)], 30);
    expect(a.budgetsGB).toEqual([10, 12]);
    expect(a.waterFilled).toBe(false);
  });

  test('never hands a line more than its cap, even with room to spare', () => {
    expect(allocatePool([line(10, { capGB: 4 }), line(3)], 30).budgetsGB).toEqual([4, 3]);
  });

  test('splits the pool evenly once demand exceeds it, small users keep what they need', () => {
    const a = allocatePool([line(20), line(15), line(5)], 30);
    expect(a.budgetsGB).toEqual([12.5, 12.5, 5]);
    expect(a.level).toBe(12.5);
  });

  test('gives a weight-2 line twice the share of a weight-1 line', () => {
    const a = allocatePool([line(30, { weight: 2 }), line(30), line(4)], 30);
    expect(a.budgetsGB[0]).toBeCloseTo(52 / 3, 10);
    expect(a.budgetsGB[1]).toBeCloseTo(26 / 3, 10);
    expect(a.budgetsGB[2]).toBe(4);
  });

  test('honours guaranteed minimums before sharing the rest', () => {
    const a = allocatePool([line(10, { capGB: 5 }), line(30), line(20, { capGB: 12 }), line(20, { floorGB: 15 })], 40);
    expect(a.budgetsGB).toEqual([5, 10, 10, 15]);
  });

  test('scales the floors down proportionally when they alone exceed the pool', () => {
    const a = allocatePool([line(18, { floorGB: 15 }), line(8, { floorGB: 10 }), line(6)], 20);
    expect(a.floorsScaled).toBe(true);
    expect(a.floorsGB).toBe(23);
    expect(a.budgetsGB[0]).toBeCloseTo((15 * 20) / 23, 12);
    expect(a.budgetsGB[1]).toBeCloseTo((8 * 20) / 23, 12);
    expect(a.budgetsGB[2]).toBe(0);
  });

  test('gives nothing from an empty pool', () => {
    expect(allocatePool([line(5), line(3, { floorGB: 2 })], 0).budgetsGB).toEqual([0, 0]);
  });

  test('handles a household with no lines', () => {
    expect(allocatePool([], 30).budgetsGB).toEqual([]);
  });
});

const gb = fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100);
const poolLine: fc.Arbitrary<PoolLine> = fc.record({
  demandGB: gb,
  capGB: fc.option(gb, { nil: null, freq: 3 }),
  floorGB: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 3_000 }).map((x) => x / 100),
  ),
  weight: fc.oneof(
    fc.constant(1),
    fc.integer({ min: 1, max: 100 }).map((x) => x / 10),
  ),
});
const household = fc.array(poolLine, { minLength: 1, maxLength: 12 });
const pool = fc.integer({ min: 0, max: 20_000 }).map((x) => x / 100);

describe('pool allocation, for any household', () => {
  test('never gives a line more than its demand or its cap, nor less than 0', () => {
    fc.assert(
      fc.property(household, pool, (lines, poolGB) => {
        const { budgetsGB } = allocatePool(lines, poolGB);
        lines.forEach((l, i) => {
          expect(budgetsGB[i]!).toBeGreaterThanOrEqual(0);
          expect(budgetsGB[i]!).toBeLessThanOrEqual(l.demandGB + TOL);
          if (l.capGB !== null) expect(budgetsGB[i]!).toBeLessThanOrEqual(l.capGB + TOL);
        });
      }),
      fcParams(400),
    );
  });

  test('never hands out more than the pool, and all of it when demand exceeds it', () => {
    fc.assert(
      fc.property(household, pool, (lines, poolGB) => {
        const a = allocatePool(lines, poolGB);
        const total = a.budgetsGB.reduce((s, b) => s + b, 0);
        expect(total).toBeLessThanOrEqual(poolGB + TOL);
        if (a.waterFilled) expect(total).toBeCloseTo(poolGB, 6);
        else
          expect(total).toBeCloseTo(
            a.effectiveDemandGB.reduce((s, e) => s + e, 0),
            6,
          );
      }),
      fcParams(400),
    );
  });

  test('is max-min fair: a line short of its demand could only gain from lines with a smaller or equal weighted share, or from floors', () => {
    fc.assert(
      fc.property(household, pool, (lines, poolGB) => {
        const a = allocatePool(lines, poolGB);
        if (!a.waterFilled || a.floorsScaled) return;
        const floor = lines.map((l, i) => Math.min(l.floorGB, a.effectiveDemandGB[i]!));
        lines.forEach((li, i) => {
          const bi = a.budgetsGB[i]!;
          if (bi >= a.effectiveDemandGB[i]! - TOL) return;
          lines.forEach((lj, j) => {
            const bj = a.budgetsGB[j]!;
            // j has a strictly larger weighted share than i: that is only fair if j sits on its guaranteed floor.
            if (bj / lj.weight > bi / li.weight + TOL) expect(bj).toBeLessThanOrEqual(floor[j]! + TOL);
          });
        });
      }),
      fcParams(400),
    );
  });

  test('gives every line at least its floor when the floors fit', () => {
    fc.assert(
      fc.property(household, pool, (lines, poolGB) => {
        const a = allocatePool(lines, poolGB);
        if (a.floorsScaled) return;
        lines.forEach((l, i) => {
          expect(a.budgetsGB[i]!).toBeGreaterThanOrEqual(Math.min(l.floorGB, a.effectiveDemandGB[i]!) - TOL);
        });
      }),
      fcParams(300),
    );
  });

  test('never takes data away from any line when the pool grows', () => {
    fc.assert(
      fc.property(household, pool, pool, (lines, p1, p2) => {
        const [small, large] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const a = allocatePool(lines, small);
        const b = allocatePool(lines, large);
        lines.forEach((_, i) => expect(a.budgetsGB[i]!).toBeLessThanOrEqual(b.budgetsGB[i]! + TOL));
      }),
      fcParams(400),
    );
  });
});
