/**
 * Calendar dates as integer epoch days (days since 1970-01-01), so cycle and
 * forecast arithmetic never meets time zones or daylight saving: a date is a
 * day count, not an instant. Conversion uses Howard Hinnant's civil-calendar
 * algorithms (proleptic Gregorian, pure integer arithmetic), which agree with
 * `Date.UTC` for every date and never touch the local time zone.
 *
 * Example: parseDate('1970-01-02') = 1; formatDate(addDays(parseDate('2028-02-28'), 1)) = '2028-02-29'.
 */

import { daysInMonth } from '../domain/calendar';

export { daysInMonth, isLeapYear } from '../domain/calendar';

/** A calendar date counted in days since 1970-01-01. */
export type EpochDay = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch day of a proleptic Gregorian date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0, so the leap day is the year's last day
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of an epoch day. */
export function civilFromDays(epochDay: EpochDay): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses `YYYY-MM-DD`; throws on anything that is not a real calendar date. */
export function parseDate(iso: string): EpochDay {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`expected a date as YYYY-MM-DD, got "${iso}"`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`not a real calendar date: "${iso}"`);
  }
  return daysFromCivil(year, month, day);
}

/**
 * Formats an epoch day as `YYYY-MM-DD`. Years outside 0–9999 have no such
 * form, so they throw rather than print something malformed (inputs are
 * years 2000–2199, so the engine stays far inside).
 */
export function formatDate(epochDay: EpochDay): string {
  const { year, month, day } = civilFromDays(epochDay);
  if (year < 0 || year > 9999) throw new RangeError(`year ${year} cannot be written as YYYY-MM-DD`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(epochDay: EpochDay, days: number): EpochDay {
  return epochDay + days;
}

/** Whole days from `from` to `to` (negative when `to` is earlier): daysBetween(d, d + 3) = 3. */
export function daysBetween(from: EpochDay, to: EpochDay): number {
  return to - from;
}
