import type { Household } from '@shared/domain/schemas';
import { call } from '@renderer/api/client';
import { i18n } from '@renderer/i18n';
import type { SliceCreator } from '@renderer/store/types';

export type BootStatus = 'idle' | 'booting' | 'ready' | 'failed';

export interface HouseholdsSlice {
  households: Household[];
  activeHouseholdId: string | null;
  bootStatus: BootStatus;
  /**
   * Start-up: settings, the household list, and the active household. On a
   * first start (no household at all) an empty one is created, named in the
   * user's language. Safe to call twice (React StrictMode does).
   */
  boot(): Promise<void>;
  /** Makes a household active, remembers the choice and loads it; failures go to the error notice. */
  selectHousehold(id: string | null): Promise<void>;
  /** Creates a household and makes it active. Throws ApiError (for the form). */
  createHousehold(name: string): Promise<Household>;
  /** Throws ApiError (for the form). */
  renameHousehold(id: string, name: string): Promise<Household>;
  /** Soft-deletes a household and offers Undo; failures go to the error notice. */
  deleteHousehold(id: string): Promise<void>;
  restoreHousehold(id: string): Promise<void>;
}

export const createHouseholdsSlice: SliceCreator<HouseholdsSlice> = (set, get) => {
  /**
   * Makes `id` the active household and loads it. An undo offer from another
   * household is dropped, so Ctrl+Z never changes a household out of sight.
   */
  const switchTo = async (id: string | null, remember: boolean): Promise<void> => {
    get().forgetUndoOutside(id);
    set({ activeHouseholdId: id });
    if (remember) await call('settings.update', { activeHouseholdId: id });
    if (id) await get().loadHousehold(id);
    else get().clearHousehold();
  };

  return {
    households: [],
    activeHouseholdId: null,
    bootStatus: 'idle',

    boot: async () => {
      const status = get().bootStatus;
      if (status === 'booting' || status === 'ready') return;
      set({ bootStatus: 'booting' });
      try {
        // Independent reads go out together: start-up waits for the slowest, not their sum.
        const [settings, listed] = await Promise.all([get().loadSettings(), call('households.list', {})]);
        let households = listed;
        if (households.length === 0) {
          const created = await call('households.create', { name: i18n.t('common:households.defaultName') });
          households = [created];
          // A new data file starts with the first run, unless a page was asked for by its address.
          if (window.location.hash === '' || window.location.hash === '#/') window.location.replace('#/setup');
        }
        const active = households.find((h) => h.id === settings.activeHouseholdId) ?? households[0] ?? null;
        set({ households });
        if (active) await switchTo(active.id, active.id !== settings.activeHouseholdId);
        set({ bootStatus: 'ready' });
      } catch (err) {
        set({ bootStatus: 'failed' });
        get().reportError(err);
      }
    },

    selectHousehold: async (id) => {
      try {
        await switchTo(id, true);
      } catch (err) {
        get().reportError(err);
      }
    },

    createHousehold: async (name) => {
      const household = await call('households.create', { name });
      set({ households: [...get().households, household] });
      await switchTo(household.id, true);
      return household;
    },

    renameHousehold: async (id, name) => {
      const renamed = await call('households.rename', { householdId: id, name });
      set({ households: get().households.map((h) => (h.id === id ? renamed : h)) });
      return renamed;
    },

    deleteHousehold: async (id) => {
      const name = get().households.find((h) => h.id === id)?.name ?? '';
      try {
        await call('households.delete', { householdId: id });
        const remaining = get().households.filter((h) => h.id !== id);
        set({ households: remaining });
        if (get().activeHouseholdId === id) await switchTo(remaining[0]?.id ?? null, true);
        get().offerUndo({ kind: 'household', name, householdId: id });
      } catch (err) {
        get().reportError(err);
      }
    },

    restoreHousehold: async (id) => {
      await call('households.restore', { householdId: id });
      set({ households: await call('households.list', {}) });
      await switchTo(id, true);
    },
  };
};
