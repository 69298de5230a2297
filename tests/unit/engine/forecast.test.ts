import { describe, expect, test } from 'vitest';
import {
  cycleContainingDay,
  firstDayReaching,
  forecastLine,
  forecastPool,
  formatDate,
  historyRateGBPerDay,
  latestReadings,
  parseDate,
} from '../../../shared/engine';

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

describe('a line forecast', () => {
  test('extrapolates the current rate to cycle end and finds the day the limit is reached', () => {
    const f = forecastLine(cycle, { day: on('2026-11-20'), usedGB: 8.4 }, null, 10);
    expect(f.rateGBPerDay).toBeCloseTo(0.525, 12);
    expect(f.forecastGB).toBeCloseTo(15.75, 12);
    expect(formatDate(f.exhaustsOnDay!)).toBe('2026-11-24');
    expect(f.dailyBudgetGB).toBeCloseTo(1.6 / 14, 12);
  });

  test('blends in history by how much of the cycle has passed', () => {
    const f = forecastLine(cycle, { day: on('2026-11-20'), usedGB: 9 }, 0.5, null);
    expect(f.rateGBPerDay).toBeCloseTo((16 / 30) * (9 / 16) + (14 / 30) * 0.5, 12);
    expect(f.exhaustsOnDay).toBeNull();
    expect(f.dailyBudgetGB).toBeNull();
  });

  test('runs out on the reading date when the limit is already reached', () => {
    const f = forecastLine(cycle, { day: on('2026-11-10'), usedGB: 12 }, null, 12);
    expect(formatDate(f.exhaustsOnDay!)).toBe('2026-11-10');
    expect(f.dailyBudgetGB).toBe(0);
  });

  test('does not run out when nothing is used', () => {
    const f = forecastLine(cycle, { day: on('2026-11-10'), usedGB: 0 }, null, 12);
    expect(f.forecastGB).toBe(0);
    expect(f.exhaustsOnDay).toBeNull();
  });

  test('has no daily budget on the last day of the cycle', () => {
    const f = forecastLine(cycle, { day: on('2026-12-04'), usedGB: 3 }, null, 12);
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
    const lines = readings.map((reading) => ({ reading, forecast: forecastLine(cycle, reading, null, null) }));
    // On 11-22: 10 + 2·(10/16) + 6 = 17.25; slope 10/16 + 6/18.
    const pool = forecastPool(lines, 20, cycle)!;
    expect(pool.usedGB).toBe(16);
    const slope = 10 / 16 + 6 / 18;
    const k = Math.ceil((20 - 17.25) / slope);
    expect(pool.exhaustsOnDay).toBe(on('2026-11-22') + k);
  });

  test('is absent when no line has a reading', () => {
    expect(forecastPool([], 30, cycle)).toBeNull();
  });
});
