/**
 * All message messageCatalogs, one namespace per file. Each file exports
 * `{ en, 'zh-CN' }` with the Chinese typed as the English shape, so a missing
 * translation is a type error.
 */
import type { Locale } from '../domain/schemas';
import { adviceMessages } from './advice';
import { alertMessages } from './alerts';
import { catalogMessages } from './catalog';
import { commonMessages } from './common';
import { compareMessages } from './compare';
import { dataMessages } from './data';
import { errorMessages } from './errors';
import { householdMessages } from './household';
import { cycleMessages } from './cycle';
import { planAndLinesMessages } from './planAndLines';
import { setupMessages } from './setup';
import { whatIfMessages } from './whatif';
import { statusMessages } from './status';
import { usageMessages } from './usage';
import { usageHistoryMessages } from './usageHistory';

export const messageCatalogs = {
  common: commonMessages,
  errors: errorMessages,
  household: householdMessages,
  planAndLines: planAndLinesMessages,
  advice: adviceMessages,
  catalog: catalogMessages,
  cycle: cycleMessages,
  usage: usageMessages,
  compare: compareMessages,
  data: dataMessages,
  alerts: alertMessages,
  usageHistory: usageHistoryMessages,
  setup: setupMessages,
  whatif: whatIfMessages,
  status: statusMessages,
};

export type Namespace = keyof typeof messageCatalogs;
export const NAMESPACES = Object.keys(messageCatalogs) as Namespace[];
export const DEFAULT_NAMESPACE = 'common' satisfies Namespace;

type Resources = { [N in Namespace]: (typeof messageCatalogs)[N]['en'] };

/** The resources of one locale, keyed by namespace, as i18next expects them. */
export function resourcesFor(locale: Locale): Resources {
  const out = {} as Record<Namespace, unknown>;
  for (const ns of NAMESPACES) out[ns] = messageCatalogs[ns][locale];
  return out as Resources;
}

/** The English resources; their type is the type of every locale's resources. */
export type MessageResources = Resources;

export { LOCALES, resolveLocale } from './locale';
