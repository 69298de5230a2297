import type { Locale, Settings } from '@shared/domain/schemas';
import { resolveLocale } from '@shared/i18n';
import { call } from '@renderer/api/client';
import { applyLocale } from '@renderer/i18n';
import type { SliceCreator } from '@renderer/store/types';

export type ThemeChoice = Settings['theme'];

export interface SettingsSlice {
  /** The language the UI speaks (the saved choice, else the system's). */
  locale: Locale;
  theme: ThemeChoice;
  /** Loads the saved settings and applies language and theme; used at start-up. */
  loadSettings(): Promise<Settings>;
  /** Switches the language now and saves it; a failed save goes to the error notice. */
  setLocale(locale: Locale): Promise<void>;
  setTheme(theme: ThemeChoice): Promise<void>;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get) => ({
  locale: 'en',
  theme: 'system',

  loadSettings: async () => {
    const settings = await call('settings.get', {});
    const locale = resolveLocale(settings.locale, navigator.language);
    applyLocale(locale);
    set({ locale, theme: settings.theme });
    return settings;
  },

  setLocale: async (locale) => {
    applyLocale(locale);
    set({ locale });
    try {
      await call('settings.update', { locale });
    } catch (err) {
      get().reportError(err);
    }
  },

  setTheme: async (theme) => {
    set({ theme });
    try {
      await call('settings.update', { theme });
    } catch (err) {
      get().reportError(err);
    }
  },
});
