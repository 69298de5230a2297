/**
 * App settings. A missing or unreadable value falls back to its default
 * (locale null = follow the system, theme "system"), and an active household
 * that was deleted reads as none.
 */
import { LocaleSchema, ThemeSchema, type Settings } from '@shared/domain/schemas';
import { inTransaction } from '../store';
import { findHouseholdRow } from '../store/repos/households';
import { readSettings, writeSetting } from '../store/repos/settings';
import type { ServiceContext } from './context';
import { requireHousehold } from './references';

export const DEFAULT_SETTINGS: Settings = { locale: null, theme: 'system', activeHouseholdId: null };

export function createSettingsService(ctx: ServiceContext) {
  const { db } = ctx;

  function get(): Settings {
    const stored = readSettings(db);
    const locale = LocaleSchema.nullable().safeParse(stored.get('locale'));
    const theme = ThemeSchema.safeParse(stored.get('theme'));
    const active = stored.get('activeHouseholdId');
    const activeRow = typeof active === 'string' ? findHouseholdRow(db, active) : undefined;
    return {
      locale: locale.success ? locale.data : DEFAULT_SETTINGS.locale,
      theme: theme.success ? theme.data : DEFAULT_SETTINGS.theme,
      activeHouseholdId: activeRow && activeRow.deleted_at === null ? activeRow.id : null,
    };
  }

  return {
    get,

    update(patch: Partial<Settings>): Settings {
      return inTransaction(db, () => {
        if (patch.activeHouseholdId) requireHousehold(db, patch.activeHouseholdId);
        for (const key of ['locale', 'theme', 'activeHouseholdId'] as const) {
          if (patch[key] !== undefined) writeSetting(db, key, patch[key]);
        }
        return get();
      });
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
