import fc from 'fast-check';
import { fcParams } from './fcParams';
import { describe, expect, test } from 'vitest';
import {
  type CycleRule,
  cycleContaining,
  cycleContainingDay,
  daysInMonth,
  civilFromDays,
  parseDate,
} from '@shared/engine';

describe('monthly billing cycles', () => {
  test('run from the start day to the day before the next one', () => {
    expect(cycleContaining({ cycleStartDay: 5 }, '2026-11-24')).toEqual({
      start: '2026-11-05',
      end: '2026-12-04',
      days: 30,
    });
    expect(cycleContaining({ cycleStartDay: 5 }, '2026-11-04')).toEqual({
      start: '2026-10-05',
      end: '2026-11-04',
      days: 31,
    });
    expect(cycleContaining({ cycleStartDay: 5 }, '2026-11-05').start).toBe('2026-11-05');
  });

  test('start on the last day of a month that is too short for the start day (2026)', () => {
    expect(cycleContaining({ cycleStartDay: 31 }, '2026-02-27')).toEqual({
      start: '2026-01-31',
      end: '2026-02-27',
      days: 28,
    });
    expect(cycleContaining({ cycleStartDay: 31 }, '2026-02-28')).toEqual({
      start: '2026-02-28',
      end: '2026-03-30',
      days: 31,
    });
    expect(cycleContaining({ cycleStartDay: 31 }, '2026-03-31')).toEqual({
      start: '2026-03-31',
      end: '2026-04-29',
      days: 30,
    });
    expect(cycleContaining({ cycleStartDay: 30 }, '2026-03-01')).toEqual({
      start: '2026-02-28',
      end: '2026-03-29',
      days: 30,
    });
  });

  test('start on February 29 in a leap year (2028)', () => {
    expect(cycleContaining({ cycleStartDay: 31 }, '2028-02-28')).toEqual({
      start: '2028-01-31',
      end: '2028-02-28',
      days: 29,
    });
    expect(cycleContaining({ cycleStartDay: 31 }, '2028-02-29')).toEqual({
      start: '2028-02-29',
      end: '2028-03-30',
      days: 31,
    });
    expect(cycleContaining({ cycleStartDay: 29 }, '2028-02-29')).toEqual({
      start: '2028-02-29',
      end: '2028-03-28',
      days: 29,
    });
  });

  test('cross the new year', () => {
    expect(cycleContaining({ cycleStartDay: 15 }, '2027-01-03')).toEqual({
      start: '2026-12-15',
      end: '2027-01-14',
      days: 31,
    });
  });

  test('follow the calendar month when a plan names no cycle at all', () => {
    expect(cycleContaining({}, '2026-02-10')).toEqual({ start: '2026-02-01', end: '2026-02-28', days: 28 });
  });

  test('partition every day of 2020–2035 into contiguous cycles, for every start day 1–31', () => {
    const first = parseDate('2020-01-01');
    const last = parseDate('2035-12-31');
    // Collected rather than asserted per day: 180,000 days × 31 rules.
    const problems: string[] = [];
    for (let startDay = 1; startDay <= 31; startDay++) {
      const rule = { cycleStartDay: startDay };
      let current = cycleContainingDay(rule, first);
      if (current.startDay > first) problems.push(`day ${startDay}: first cycle starts after ${first}`);
      for (let day = first; day <= last; day++) {
        const c = cycleContainingDay(rule, day);
        if (day > current.endDay) {
          // The next cycle begins the day after the previous one ends.
          if (c.startDay !== current.endDay + 1) problems.push(`day ${startDay}: gap or overlap before ${day}`);
          current = c;
        }
        if (c.startDay !== current.startDay || c.endDay !== current.endDay) {
          problems.push(`day ${startDay}: ${day} is not in the cycle of its neighbours`);
        }
        if (c.days !== c.endDay - c.startDay + 1 || day < c.startDay || day > c.endDay) {
          problems.push(`day ${startDay}: bad cycle for ${day}`);
        }
        const start = civilFromDays(c.startDay);
        if (start.day !== Math.min(startDay, daysInMonth(start.year, start.month))) {
          problems.push(`day ${startDay}: cycle starts on the wrong day ${start.year}-${start.month}-${start.day}`);
        }
        if (problems.length > 5) break;
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('fixed-length billing cycles', () => {
  test('repeat every N days from the anchor', () => {
    const rule = { cycleLengthDays: 30, cycleAnchor: '2026-11-03' };
    expect(cycleContaining(rule, '2026-11-03')).toEqual({ start: '2026-11-03', end: '2026-12-02', days: 30 });
    expect(cycleContaining(rule, '2026-12-05')).toEqual({ start: '2026-12-03', end: '2027-01-01', days: 30 });
  });

  test('extend before the anchor too', () => {
    const rule = { cycleLengthDays: 30, cycleAnchor: '2026-11-03' };
    expect(cycleContaining(rule, '2026-11-02')).toEqual({ start: '2026-10-04', end: '2026-11-02', days: 30 });
    expect(cycleContaining({ cycleLengthDays: 28, cycleAnchor: '2026-03-15' }, '2026-01-10')).toEqual({
      start: '2025-12-21',
      end: '2026-01-17',
      days: 28,
    });
  });

  test('ignore the monthly start day', () => {
    const rule = { cycleStartDay: 5, cycleLengthDays: 7, cycleAnchor: '2026-01-01' };
    expect(cycleContaining(rule, '2026-01-09')).toEqual({ start: '2026-01-08', end: '2026-01-14', days: 7 });
  });

  test('partition the days around any anchor into contiguous cycles of exactly N days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 366 }),
        fc.integer({ min: parseDate('2020-01-01'), max: parseDate('2035-12-31') }),
        fc.integer({ min: -800, max: 800 }),
        (lengthDays, anchorDay, offset) => {
          const anchor = civilFromDays(anchorDay);
          const rule: CycleRule = {
            cycleLengthDays: lengthDays,
            cycleAnchor: `${anchor.year}-${String(anchor.month).padStart(2, '0')}-${String(anchor.day).padStart(2, '0')}`,
          };
          const day = anchorDay + offset;
          const c = cycleContainingDay(rule, day);
          expect(c.days).toBe(lengthDays);
          expect(c.startDay).toBeLessThanOrEqual(day);
          expect(c.endDay).toBeGreaterThanOrEqual(day);
          expect((((c.startDay - anchorDay) % lengthDays) + lengthDays) % lengthDays).toBe(0);
          expect(cycleContainingDay(rule, c.endDay + 1).startDay).toBe(c.endDay + 1);
          expect(cycleContainingDay(rule, c.startDay - 1).endDay).toBe(c.startDay - 1);
          expect(cycleContainingDay(rule, c.startDay)).toEqual(c);
          expect(cycleContainingDay(rule, c.endDay)).toEqual(c);
        },
      ),
      fcParams(500),
    );
  });
});
