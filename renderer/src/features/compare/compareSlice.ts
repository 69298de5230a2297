import type { Comparison } from '@shared/engine/types';
import { call } from '@renderer/api/client';
import { createHouseholdView, type HouseholdViewFields, type HouseholdViewStatus } from '@renderer/store/householdView';
import type { SliceCreator } from '@renderer/store/types';

export type ComparisonStatus = HouseholdViewStatus;

export interface CompareSlice extends HouseholdViewFields<'comparison', Comparison> {
  /** Carrier names by catalog id ("tmobile" → "T-Mobile"). */
  carrierNames: Record<string, string>;
  /** Ranks the catalog's plans and the household's own for the loaded household, as of today. */
  refreshComparison(): Promise<void>;
}

export const createCompareSlice: SliceCreator<CompareSlice> = (set, get) => {
  const view = createHouseholdView(
    'comparison',
    {
      fetch: async (householdId, asOf) => {
        const [comparison, catalog] = await Promise.all([
          call('plan.compare', { householdId, asOf }),
          // Names only make the table friendlier; without them ids are shown.
          call('catalog.list', {}).catch(() => []),
        ]);
        const carrierNames = Object.fromEntries(catalog.map((entry) => [entry.carrier.id, entry.carrier.name]));
        return { value: comparison, also: { carrierNames } };
      },
      // A failed ranking is not kept on screen: the retry starts from "loading".
      keepShown: (status) => status === 'ready',
    },
    set,
    get,
  );
  return { ...view.initial, carrierNames: {}, refreshComparison: view.refresh };
};
