import type { Locale } from '../domain/schemas';

export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/**
 * The language the UI speaks: the saved choice, otherwise the system's
 * (any Chinese variant reads Simplified Chinese better than English for
 * most of our users), otherwise English.
 */
export function resolveLocale(saved: Locale | null, systemLanguage: string | undefined): Locale {
  if (saved) return saved;
  return systemLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
