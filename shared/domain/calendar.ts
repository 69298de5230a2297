/**
 * Calendar facts the domain schemas need to validate a date (is 2026-02-30 a
 * day?), kept here so the domain does not depend on the planning engine.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year: daysInMonth(2028, 2) = 29. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
