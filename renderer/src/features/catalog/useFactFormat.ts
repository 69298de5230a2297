/**
 * How catalog facts read on screen, in the UI language: dates in the user's
 * locale, dollars as US carriers print them ($65, $19.99), data in decimal GB,
 * and an unknown value always as "Unknown — check with the carrier".
 */
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/domain/schemas';
import { formatNumber } from '@renderer/i18n/format';
import type { Unit, ValueKind } from './factPaths';
import { joinList } from '@shared/i18n/list';

/** "$65" or "$19.99": the app plans US carriers, so the dollar sign reads the same in both languages. */
export function formatUSD(usd: number, locale: Locale): string {
  const digits = Number.isInteger(usd) ? 0 : 2;
  return `$${new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: 2 }).format(usd)}`;
}

/** A calendar date `YYYY-MM-DD` in the user's locale ("Nov 24, 2026", "2026年11月24日"). */
export function formatIsoDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || [y, m, d].some(Number.isNaN)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** A page's own date, which may be just a year or a month. */
export function formatSourceDate(date: string, locale: Locale): string {
  const [y, m] = date.split('-').map(Number);
  if (date.length === 4 || y === undefined) return date;
  if (date.length === 7 && m !== undefined) {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(y, m - 1, 1),
    );
  }
  return formatIsoDate(date, locale);
}

export function useFactFormat() {
  const { t, i18n } = useTranslation(['catalog', 'advice']);
  const locale: Locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';

  const amount = (value: number, unit: Unit): string => {
    switch (unit) {
      case 'usd':
        return formatUSD(value, locale);
      case 'gb':
        return `${formatNumber(value, locale)} GB`;
      case 'kbps':
        return value >= 1000
          ? t('catalog:speed.mbps', { value: formatNumber(value / 1000, locale, 1) })
          : t('catalog:speed.kbps', { value: formatNumber(value, locale) });
      case 'lines':
        return t('catalog:values.lines', { count: value });
    }
  };

  const network = (id: string): string =>
    id === 'verizon' || id === 'att' || id === 'tmobile' || id === 'uscellular' || id === 'dish'
      ? t(`catalog:networks.${id}`)
      : id;

  /** A fact's value as a sentence fragment; null is "Unknown — check with the carrier". */
  const value = (kind: ValueKind, raw: unknown): string => {
    if (raw === null || raw === undefined) return t('catalog:values.unknown');
    switch (kind.type) {
      case 'boolean':
        return raw === true ? t('catalog:values.yes') : t('catalog:values.no');
      case 'choice':
        if (kind.labels === 'status')
          return raw === 'legacy'
            ? t('catalog:values.legacy')
            : raw === 'ended'
              ? t('catalog:values.ended')
              : t('catalog:values.current');
        return sharingLabel(String(raw));
      case 'number':
        return typeof raw === 'number' ? amount(raw, kind.unit) : String(raw);
      case 'allowance':
        if (raw === 'unlimited') return t('catalog:values.unlimited');
        if (raw === 'none') return t('catalog:values.noThreshold');
        return typeof raw === 'number' ? amount(raw, 'gb') : String(raw);
      case 'networks':
        return Array.isArray(raw)
          ? joinList(
              raw.map((n) => network(String(n))),
              locale,
            )
          : String(raw);
      case 'list':
        return Array.isArray(raw)
          ? raw
              .map((v, i) =>
                t('catalog:values.forLines', {
                  count: i + 1,
                  value: typeof v === 'number' ? amount(v, kind.unit) : t('catalog:values.notGiven'),
                }),
              )
              .join(' · ')
          : String(raw);
    }
  };

  const sharingLabel = (model: string): string => {
    switch (model) {
      case 'pooled':
      case 'per-line':
      case 'billing-only':
      case 'separate-accounts':
      case 'mixed':
        return t(`catalog:sharing.${model}`);
      default:
        return t('catalog:values.unknown');
    }
  };

  return {
    locale,
    value,
    network,
    sharingLabel,
    usd: (usd: number) => formatUSD(usd, locale),
    date: (iso: string) => formatIsoDate(iso, locale),
    sourceDate: (date: string) => formatSourceDate(date, locale),
  };
}
