/**
 * Dates in usage files: ISO, US M/D/YYYY, YYYY/M/D, "Nov 5, 2026",
 * "5-Nov-2026", Chinese 2026年11月5日, each with or without a time of day.
 * date-fns parses the date; the time is only recognised and set aside,
 * because readings are per day. Splitting the time off first also lets one
 * parse of "2026-11-05" serve every row of that day, which keeps a file of
 * 200,000 timestamped rows fast.
 */
import { format, isValid, parse } from 'date-fns';

const DATE_FORMATS = [
  'yyyy-MM-dd',
  'yyyy-M-d',
  'M/d/yyyy',
  'yyyy/M/d',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'MMM d yyyy',
  'd-MMM-yyyy',
  'd-MMM-yy',
  'd MMM yyyy',
  'yyyy年M月d日',
  'yyyyMMdd',
] as const;

// A time of day after the date: "T10:23", " 10:23:11.5Z", " 3:05 PM", " 10:23+08:00".
const TIME_SUFFIX =
  /(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$/;

const REFERENCE = new Date(2000, 0, 1);

/** The ISO date (`YYYY-MM-DD`) a cell names, or null. Years 2000–2199 only. */
export function parseDateOnly(text: string): string | null {
  for (const f of DATE_FORMATS) {
    const d = parse(text, f, REFERENCE);
    if (isValid(d)) {
      const year = d.getFullYear();
      return year >= 2000 && year <= 2199 ? format(d, 'yyyy-MM-dd') : null;
    }
  }
  return null;
}

/** A parser of date cells that remembers each distinct date it has read. */
export function dateCellParser(): (cell: string) => string | null {
  const cache = new Map<string, string | null>();
  return (cell) => {
    const datePart = cell.trim().replace(TIME_SUFFIX, '').trim();
    let iso = cache.get(datePart);
    if (iso === undefined) {
      iso = datePart === '' ? null : parseDateOnly(datePart);
      // A typo in every row must not grow the cache without bound.
      if (cache.size < 10_000) cache.set(datePart, iso);
    }
    return iso;
  };
}
