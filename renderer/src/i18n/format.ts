/**
 * Numbers as the user reads them: always with their unit, grouped and
 * rounded for the UI language. Data is decimal GB, as carriers bill it.
 */
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/domain/schemas';
import { currentLocale } from './index';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** "12.3 GB" — up to 2 decimals, as every amount is printed. */
export function formatGB(gb: number, locale: Locale): string {
  return `${formatNumber(gb, locale)} GB`;
}

/** Prices are US dollars: the app plans US carriers. */
export function formatPrice(usd: number, locale: Locale): string {
  return numberFormat(locale, { style: 'currency', currency: 'USD' }).format(usd);
}

/** Formatters bound to the current UI language; components re-render when it changes. */
export function useFormat() {
  const { t, i18n } = useTranslation('common');
  const locale: Locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return {
    locale,
    number: (value: number) => formatNumber(value, locale),
    gb: (gb: number) => formatGB(gb, locale),
    /** A limit where null means there is none. */
    gbOrUnlimited: (gb: number | null) => (gb === null ? t('units.unlimited') : formatGB(gb, locale)),
    price: (usd: number) => formatPrice(usd, locale),
  };
}

/** For code outside React (error messages built during validation). */
export function formatNumberNow(value: number): string {
  return formatNumber(value, currentLocale());
}
