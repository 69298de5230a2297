/**
 * All message catalogs: one folder per locale (`en/`, `zh-CN/`), one file per
 * namespace in each. The Chinese is typed as the English shape, so a missing
 * translation is a type error.
 */
import type { Locale } from '../domain/schemas';
import { en, type MessageResources } from './en';
import { zhCN } from './zh-CN';

const byLocale: Readonly<Record<Locale, MessageResources>> = { en, 'zh-CN': zhCN };

export type Namespace = keyof MessageResources;
export const NAMESPACES = Object.keys(en) as Namespace[];
export const DEFAULT_NAMESPACE = 'common' satisfies Namespace;

/** One namespace's messages in every locale: `messageCatalogs.advice['zh-CN']`. */
export const messageCatalogs = Object.fromEntries(NAMESPACES.map((ns) => [ns, { en: en[ns], 'zh-CN': zhCN[ns] }])) as {
  readonly [N in Namespace]: Readonly<Record<Locale, MessageResources[N]>>;
};

/** The resources of one locale, keyed by namespace, as i18next expects them. */
export function resourcesFor(locale: Locale): MessageResources {
  return byLocale[locale];
}

export type { MessageResources };
export { LOCALES, resolveLocale } from './locale';
