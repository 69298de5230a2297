/**
 * The renderer's one store. Components read it through narrow selectors
 * (`useStore((s) => s.members)`, `useShallow` for derived lists) and change it
 * only by calling its actions; actions talk to the backend through the API
 * client. Components import zustand only through this module.
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createNoticeSlice } from '../app/noticeSlice';
import { cancelUndoTimer, createUndoSlice } from '../app/undoSlice';
import { createAdviceSlice } from '../features/advice/adviceSlice';
import { createAlertsSlice } from '../features/alerts/alertsSlice';
import { createCatalogSlice } from '../features/catalog/catalogSlice';
import { createCompareSlice } from '../features/compare/compareSlice';
import { createDataSlice } from '../features/data/dataSlice';
import { createHouseholdSlice } from '../features/household/householdSlice';
import { createHouseholdsSlice } from '../features/householdSwitcher/householdsSlice';
import { createEvaluationSlice } from '../features/cycle/evaluationSlice';
import { createPlansSlice } from '../features/planAndLines/plansSlice';
import { createSettingsSlice } from '../features/settings/settingsSlice';
import { createSetupSlice } from '../features/setup/setupSlice';
import { createWhatIfSlice } from '../features/whatif/whatIfSlice';
import { createUsageSlice } from '../features/usage/usageSlice';
import type { AppState } from './types';

export const useStore = create<AppState>()((...a) => ({
  ...createSettingsSlice(...a),
  ...createHouseholdsSlice(...a),
  ...createHouseholdSlice(...a),
  ...createPlansSlice(...a),
  ...createEvaluationSlice(...a),
  ...createUsageSlice(...a),
  ...createCompareSlice(...a),
  ...createDataSlice(...a),
  ...createCatalogSlice(...a),
  ...createAdviceSlice(...a),
  ...createUndoSlice(...a),
  ...createNoticeSlice(...a),
  ...createAlertsSlice(...a),
  ...createSetupSlice(...a),
  ...createWhatIfSlice(...a),
}));

/** Back to the state of a fresh start (tests call this between cases). */
export function resetStore(): void {
  cancelUndoTimer();
  useStore.setState(useStore.getInitialState(), true);
}

export { useShallow };
export type { AppState };
