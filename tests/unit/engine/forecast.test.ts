import { describe, expect, test } from 'vitest';
import {
  cycleContainingDay,
  firstDayReaching,
  forecastLine,
  forecastPool,
  formatDate,
  historyRateGBPerDay,
  latestReadings,
  type LineBounds,
  tightestBound,
  parseDate,
} from '@shared/engine';

const rule = { cycleStartDay: 5 };
const cycle = cycleContainingDay(rule, parseDate('2026-11-24')); // 2026-11-05 … 2026-12-04, 30 days
const on = (iso: string) => parseDate(iso);

describe('the reading that counts', () => {
  test('is the latest in the current cycle up to asOf; of several that day, the last listed', () => {
    const latest = latestReadings(
      [
        { line: 'mom', date: '2026-11-20', usedGB: 8 },
        { line: 'mom', date: '2026-11-20', usedGB: 9 },
        { line: 'mom', date: '2026-11-12', usedGB: 4 },
        { line: 'mom', date: '2026-11-25', usedGB: 20 },
        { line: 'dad', date: '2026-11-04', usedGB: 30 },
      ],
      '2026-11-05',
      '2026-11-24',
    );
    expect(latest.get('mom')).toEqual({ day: on('2026-11-20'), usedGB: 9 });
    expect(latest.has('dad')).toBe(false);
  });
});

describe('the daily rate from history', () => {
  test('averages the last three cycles before the current one, weighted by their lengths', () => {
    const rate = historyRateGBPerDay(
      [
        { cycleStart: '2026-07-05', usedGB: 100 },
        { cycleStart: '2026-08-05', usedGB: 15.5 },
        { cycleStart: '2026-09-05', usedGB: 15 },
        { cycleStart: '2026-10-05', usedGB: 15.5 },
        { cycleStart: '2026-11-05', usedGB: 70 },
      ],
      rule,
      cycle.startDay,
    );
    expect(rate).toBeCloseTo(46 / 92, 12);
  });

  test('measures an entry by the cycle containing its start, even if the start is mid-cycle', () => {
    // 2026-02-10 lies in 2026-02-05 … 2026-03-04 (28 days).
    expect(historyRateGBPerDay([{ cycleStart: '2026-02-10', usedGB: 14 }], rule, cycle.startDay)).toBeCloseTo(0.5, 12);
  });

  test('keeps the last listed entry when two describe the same cycle', () => {
    const rate = historyRateGBPerDay(
      [
        { cycleStart: '2026-10-05', usedGB: 62 },
        { cycleStart: '2026-10-05', usedGB: 31 },
      ],
      rule,
      cycle.startDay,
    );
    expect(rate).toBeCloseTo(1, 12);
  });

  test('is absent without earlier cycles', () => {
    expect(historyRateGBPerDay([{ cycleStart: '2026-11-05', usedGB: 10 }], rule, cycle.startDay)).toBeNull();
  });
});

const NO_BOUNDS: LineBounds = { limitGB: null, limitBasis: null, premiumGB: null, shareGB: null };
const cap = (gb: number): LineBounds => ({ ...NO_BOUNDS, limitGB: gb, limitBasis: 'cap' });

describe('a line forecast', () => {
  test('extrapolates the current rate to cycle end and finds the day the limit is reached', () => {
    const f = forecastLine(cycle, { day: on('2026-11-20'), usedGB: 8.4 }, null, cap(10));
    expect(f.rateGBPerDay).toBeCloseTo(0.525, 12);
    expect(f.forecastGB).toBeCloseTo(15.75, 12);
    expect(formatDate(f.exhaustsOnDay!)).toBe('2026-11-24');
    expect(f.dailyBudgetGB).toBeCloseTo(1.6 / 14, 12);
  });

  test('blends in history by how much of the cycle has passed', () => {
    const f = forecastLine(cycle, { day: on('2026-11-20'), usedGB: 9 }, 0.5, NO_BOUNDS);
    expect(f.rateGBPerDay).toBeCloseTo((16 / 30) * (9 / 16) + (14 / 30) * 0.5, 12);
    expect(f.exhaustsOnDay).toBeNull();
    expect(f.dailyBudgetGB).toBeNull();
  });

  test('runs out on the reading date when the limit is already reached', () => {
    const f = forecastLine(cycle, { day: on('2026-11-10'), usedGB: 12 }, null, cap(12));
    expect(formatDate(f.exhaustsOnDay!)).toBe('2026-11-10');
    expect(f.dailyBudgetGB).toBe(0);
  });

  test('does not run out when nothing is used', () => {
    const f = forecastLine(cycle, { day: on('2026-11-10'), usedGB: 0 }, null, cap(12));
    expect(f.forecastGB).toBe(0);
    expect(f.exhaustsOnDay).toBeNull();
  });

  test('keeps the three kinds of bound apart, each with its own date, and budgets for the tightest', () => {
    // r = 8.4 / 16 = 0.525. Cap 20: 8.4 + 0.525k ≥ 20 → k = 23 > 14 days left → none.
    // Share 12: k ≥ 6.86 → 7 → 11-27. Priority 10: k ≥ 3.05 → 4 → 11-24. Budget: (10 − 8.4) / 14, priority.
    const f = forecastLine(cycle, { day: on('2026-11-20'), usedGB: 8.4 }, null, {
      limitGB: 20,
      limitBasis: 'cap',
      premiumGB: 10,
      shareGB: 12,
    });
    expect(f.exhaustsOnDay).toBeNull();
    expect(formatDate(f.shareExceededOnDay!)).toBe('2026-11-27');
    expect(formatDate(f.premiumReachedOnDay!)).toBe('2026-11-24');
    expect(f.dailyBudgetGB).toBeCloseTo(1.6 / 14, 12);
    expect(f.dailyBudgetBasis).toBe('premium');
  });

  test('names the first of cap, data, share, premium when bounds are equal; 0 priority or share is no bound', () => {
    expect(tightestBound({ limitGB: 10, limitBasis: 'data', premiumGB: 10, shareGB: 10 })).toEqual({
      gb: 10,
      basis: 'data',
    });
    expect(tightestBound({ limitGB: null, limitBasis: null, premiumGB: 10, shareGB: 10 })?.basis).toBe('share');
    expect(tightestBound({ limitGB: null, limitBasis: null, premiumGB: 0, shareGB: 0 })).toBeNull();
    expect(tightestBound({ limitGB: 0, limitBasis: 'cap', premiumGB: 5, shareGB: null })).toEqual({
      gb: 0,
      basis: 'cap',
    });
  });

  test('has no daily budget on the last day of the cycle', () => {
    const f = forecastLine(cycle, { day: on('2026-12-04'), usedGB: 3 }, null, cap(12));
    expect(f.forecastGB).toBe(3);
    expect(f.dailyBudgetGB).toBeNull();
  });
});

describe('the day a limit is reached', () => {
  test('is the first day the projection reaches it, counting a landing exactly on the limit', () => {
    // 4.2 + 0.2·4 = 5 in exact arithmetic; floating point makes it 5.000000000000001 or 4.999…
    expect(firstDayReaching(4.2, 0.2, 5, 100, 200)).toBe(104);
    expect(firstDayReaching(0.1, 0.1, 0.3, 0, 10)).toBe(2);
  });

  test('is null when it would fall after the cycle end, or with no usage', () => {
    expect(firstDayReaching(0, 1, 10, 0, 9)).toBeNull();
    expect(firstDayReaching(0, 1, 10, 0, 10)).toBe(10);
    expect(firstDayReaching(5, 0, 10, 0, 10)).toBeNull();
    expect(firstDayReaching(5, 1e-300, 10, 0, 10)).toBeNull();
  });
});

describe('a pool forecast', () => {
  test('projects every line with a reading from the latest reading date', () => {
    const readings = [
      { day: on('2026-11-20'), usedGB: 10 },
      { day: on('2026-11-22'), usedGB: 6 },
    ];
    const lines = readings.map((reading) => ({ reading, forecast: forecastLine(cycle, reading, null, NO_BOUNDS) }));
    // On 11-22: 10 + 2·(10/16) + 6 = 17.25; slope 10/16 + 6/18.
    const pool = forecastPool(lines, 20, cycle)!;
    expect(pool.usedGB).toBe(16);
    const slope = 10 / 16 + 6 / 18;
    const k = Math.ceil((20 - 17.25) / slope);
    expect(pool.exhaustsOnDay).toBe(on('2026-11-22') + k);
  });

  test('gives the pool a daily budget from the latest reading date', () => {
    const reading = { day: on('2026-11-24'), usedGB: 20 };
    const pool = forecastPool([{ reading, forecast: forecastLine(cycle, reading, null, NO_BOUNDS) }], 30, cycle)!;
    // 10 GB left over 12-04 − 11-24 = 10 days.
    expect(pool.dailyBudgetGB).toBeCloseTo(1, 12);
  });

  test('is absent when no line has a reading', () => {
    expect(forecastPool([], 30, cycle)).toBeNull();
  });
});
