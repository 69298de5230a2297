/**
 * An alert in words, in the user's language, from its rule and values: the
 * same text in the app's list, the browser's notification and the desktop
 * notification of the Electron shell. Amounts keep their unit (decimal GB)
 * and dates are written the way the language writes them.
 */
import type { Locale } from '../domain/schemas';
import { messageCatalogs } from '../i18n';
import type { Alert } from './schema';

export interface AlertText {
  title: string;
  body: string;
}

type Values = Alert['values'];

const numberOf = (values: Values, key: string): number => {
  const v = values[key];
  return typeof v === 'number' ? v : 0;
};
const stringOf = (values: Values, key: string): string => {
  const v = values[key];
  return typeof v === 'string' ? v : '';
};

/** Replaces `{{name}}` with its value, as i18next does for these catalogs. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function formatGBIn(locale: Locale, gb: number): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(gb)} GB`;
}

/** A `YYYY-MM-DD` date read as UTC, so no time zone moves it to the day before. */
export function formatDateIn(locale: Locale, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || [y, m, d].some(Number.isNaN)) return iso;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/**
 * @param lineName the line's current name; when it is unknown (deleted), the
 *   name stored with the alert is used.
 */
export function alertText(alert: Pick<Alert, 'rule' | 'values'>, locale: Locale, lineName?: string): AlertText {
  const m = messageCatalogs.alerts[locale];
  const v = alert.values;
  const gb = (key: string) => formatGBIn(locale, numberOf(v, key));
  const date = (key: string) => formatDateIn(locale, stringOf(v, key));
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    numberOf(v, 'percent') / 100,
  );
  const days = numberOf(v, 'days');
  const when = days <= 0 ? m.when.today : days === 1 ? m.when.tomorrow : interpolate(m.when.inDays, { days });
  const line = lineName ?? (stringOf(v, 'line') || m.unknownLine);
  const say = (t: { title: string; body: string }, params: Record<string, string | number>): AlertText => ({
    title: interpolate(t.title, params),
    body: interpolate(t.body, params),
  });

  switch (alert.rule) {
    case 'pool-threshold':
      return say(m.text.poolThreshold, { percent, used: gb('usedGB'), pool: gb('poolGB') });
    case 'limit-threshold': {
      const params = { line, percent, used: gb('usedGB'), limit: gb('limitGB') };
      const body = stringOf(v, 'basis') === 'data' ? m.text.limitThreshold.bodyData : m.text.limitThreshold.bodyCap;
      return say({ title: m.text.limitThreshold.title, body }, params);
    }
    case 'pool-runs-out':
      return say(m.text.poolRunsOut, { when, date: date('exhaustsOn'), pool: gb('poolGB') });
    case 'limit-runs-out':
      return say(m.text.limitRunsOut, { line, when, date: date('exhaustsOn'), limit: gb('limitGB') });
    case 'priority-passed':
      return say(m.text.priorityPassed, { line, used: gb('usedGB'), premium: gb('premiumGB') });
    case 'reading-reminder':
      return say(m.text.readingReminder, { date: date('latestReading'), days });
  }
}
