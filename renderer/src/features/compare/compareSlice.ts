import type { ApiError } from '@shared/api/errors';
import type { Comparison } from '@shared/engine/types';
import { call } from '@renderer/api/client';
import { toApiError } from '@renderer/app/noticeSlice';
import type { SliceCreator } from '@renderer/store/types';
import { todayIso } from '../cycle/dates';

export type ComparisonStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface CompareSlice {
  comparison: Comparison | null;
  comparisonHouseholdId: string | null;
  comparisonStatus: ComparisonStatus;
  comparisonRefreshing: boolean;
  comparisonError: ApiError | null;
  /** Carrier names by catalog id ("tmobile" → "T-Mobile"). */
  carrierNames: Record<string, string>;
  /** Ranks the catalog's plans and the household's own for the loaded household, as of today. */
  refreshComparison(): Promise<void>;
}

export const createCompareSlice: SliceCreator<CompareSlice> = (set, get) => {
  let latest = 0;

  return {
    comparison: null,
    comparisonHouseholdId: null,
    comparisonStatus: 'idle',
    comparisonRefreshing: false,
    comparisonError: null,
    carrierNames: {},

    refreshComparison: async () => {
      const householdId = get().loadedHouseholdId;
      const request = ++latest;
      if (!householdId) {
        set({ comparison: null, comparisonHouseholdId: null, comparisonStatus: 'idle', comparisonRefreshing: false });
        return;
      }
      const sameHousehold = get().comparisonHouseholdId === householdId && get().comparisonStatus === 'ready';
      set(
        sameHousehold
          ? { comparisonRefreshing: true }
          : { comparison: null, comparisonStatus: 'loading', comparisonRefreshing: true, comparisonError: null },
      );
      const asOf = todayIso();
      try {
        const [comparison, catalog] = await Promise.all([
          call('plan.compare', { householdId, asOf }),
          // Names only make the table friendlier; without them ids are shown.
          call('catalog.list', {}).catch(() => []),
        ]);
        if (request !== latest) return;
        set({
          comparison,
          comparisonHouseholdId: householdId,
          comparisonStatus: 'ready',
          comparisonRefreshing: false,
          comparisonError: null,
          carrierNames: Object.fromEntries(catalog.map((entry) => [entry.carrier.id, entry.carrier.name])),
        });
      } catch (err) {
        if (request !== latest) return;
        set({
          comparison: null,
          comparisonHouseholdId: householdId,
          comparisonStatus: 'failed',
          comparisonRefreshing: false,
          comparisonError: toApiError(err),
        });
      }
    },
  };
};
