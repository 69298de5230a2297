import type { ApiError } from '@shared/api/errors';
import type { Carrier, CatalogEntry } from '@shared/catalog/schema';
import { call } from '@renderer/api/client';
import { toApiError } from '@renderer/app/noticeSlice';
import type { SliceCreator } from '@renderer/store/types';
import type { LoadStatus } from '../household/householdSlice';

export interface CatalogSlice {
  /** Every carrier as the app uses it: built-in facts with the user's corrections. */
  catalog: CatalogEntry[];
  catalogStatus: LoadStatus;
  catalogError: ApiError | null;
  /** Goes up on every correction or reset, so answers built on the catalog (advice) are asked again. */
  catalogRevision: number;
  /** Loads the catalog once; later calls do nothing unless the last load failed or `force` is set. */
  loadCatalog(force?: boolean): Promise<void>;
  /** Saves a corrected carrier. Throws ApiError (for the form). */
  saveCarrier(carrier: Carrier): Promise<CatalogEntry>;
  /** Drops the user's corrections of a built-in carrier; failures go to the error notice. */
  resetCarrier(id: string): Promise<boolean>;
}

function replaceEntry(list: readonly CatalogEntry[], entry: CatalogEntry): CatalogEntry[] {
  const found = list.some((e) => e.carrier.id === entry.carrier.id);
  return found ? list.map((e) => (e.carrier.id === entry.carrier.id ? entry : e)) : [...list, entry];
}

export const createCatalogSlice: SliceCreator<CatalogSlice> = (set, get) => ({
  catalog: [],
  catalogStatus: 'idle',
  catalogError: null,
  catalogRevision: 0,

  loadCatalog: async (force = false) => {
    const status = get().catalogStatus;
    if (!force && (status === 'loading' || status === 'ready')) return;
    set({ catalogStatus: 'loading', catalogError: null });
    try {
      const catalog = await call('catalog.list', {});
      set({ catalog, catalogStatus: 'ready' });
    } catch (err) {
      set({ catalogStatus: 'failed', catalogError: toApiError(err) });
    }
  },

  saveCarrier: async (carrier) => {
    const entry = await call('catalog.update', { carrier });
    set((s) => ({ catalog: replaceEntry(s.catalog, entry), catalogRevision: s.catalogRevision + 1 }));
    return entry;
  },

  resetCarrier: async (id) => {
    try {
      const entry = await call('catalog.reset', { id });
      set((s) => ({ catalog: replaceEntry(s.catalog, entry), catalogRevision: s.catalogRevision + 1 }));
      return true;
    } catch (err) {
      get().reportError(err);
      return false;
    }
  },
});
