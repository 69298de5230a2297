/**
 * The app's i18next instance. Resources are bundled (no loading over the
 * network: the CSP allows none), so initialisation is synchronous and the
 * first render is already in the right language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@shared/domain/schemas';
import { DEFAULT_NAMESPACE, LOCALES, NAMESPACES, resourcesFor, type MessageResources } from '@shared/i18n';

// Typed keys: `t('nav.plans')` is checked against the English catalog at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: MessageResources;
    returnNull: false;
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(LOCALES.map((locale) => [locale, resourcesFor(locale)])),
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  ns: NAMESPACES,
  defaultNS: DEFAULT_NAMESPACE,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  react: { useSuspense: false },
});

/** Switches the UI language now; the store calls this when the setting changes. */
export function applyLocale(locale: Locale): void {
  void i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export function currentLocale(): Locale {
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}

/** Back to English between tests. */
export function resetI18n(): void {
  applyLocale('en');
}
