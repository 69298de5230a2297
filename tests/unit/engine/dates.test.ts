import fc from 'fast-check';
import { fcParams } from './fcParams';
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, daysInMonth, formatDate, parseDate } from '@shared/engine';

describe('calendar dates as epoch days', () => {
  test('counts days from 1970-01-01', () => {
    expect(parseDate('1970-01-01')).toBe(0);
    expect(parseDate('1970-01-02')).toBe(1);
    expect(parseDate('1969-12-31')).toBe(-1);
    expect(parseDate('2000-03-01') - parseDate('2000-02-28')).toBe(2);
  });

  test('knows leap years, including the century rules', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(formatDate(addDays(parseDate('2028-02-28'), 1))).toBe('2028-02-29');
    expect(formatDate(addDays(parseDate('2026-02-28'), 1))).toBe('2026-03-01');
  });

  test('rejects dates that are not on the calendar', () => {
    expect(() => parseDate('2026-02-29')).toThrow(/not a real calendar date/);
    expect(() => parseDate('2026-13-01')).toThrow();
    expect(() => parseDate('2026-1-1')).toThrow(/YYYY-MM-DD/);
  });

  test('measures whole days between dates', () => {
    expect(daysBetween(parseDate('2026-11-05'), parseDate('2026-12-04'))).toBe(29);
  });

  test('agrees with Date.UTC for every date from 1900 to 2200, whatever the local time zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84006 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(formatDate(day)).toBe(iso);
        expect(parseDate(iso)).toBe(day);
      }),
      fcParams(500),
    );
  });
});
