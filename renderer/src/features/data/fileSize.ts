import type { Locale } from '@shared/domain/schemas';

/** A file's size the way a user reads it: decimal kB or MB, never a bare number. */
export function formatFileSize(bytes: number, locale: Locale): string {
  return bytes >= 1e6
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6)
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
        Math.max(1, Math.round(bytes / 1e3)),
      );
}

/** Date and time of a backup, in the user's time zone. */
export function formatBackupTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
