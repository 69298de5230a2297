/**
 * "Today" and calendar dates as the renderer shows them. The engine never
 * reads the clock: the renderer passes the user's local calendar date as
 * `asOf`, computed here and nowhere else.
 */
import type { Locale } from '@shared/domain/schemas';
import { daysBetween, parseDate } from '@shared/engine/dates';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar date of the user's computer, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A `YYYY-MM-DD` date in the user's language ("Nov 24, 2026", "2026年11月24日").
 * Read as UTC so no time zone can move it to the previous day.
 */
export function formatIsoDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || [y, m, d].some(Number.isNaN)) return iso;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Where `asOf` falls in a cycle: day 1 is its first day; `daysLeft` counts the days after `asOf`. */
export function cycleDay(cycle: { start: string; days: number }, asOf: string): { day: number; daysLeft: number } {
  const day = Math.min(cycle.days, Math.max(1, daysBetween(parseDate(cycle.start), parseDate(asOf)) + 1));
  return { day, daysLeft: cycle.days - day };
}
