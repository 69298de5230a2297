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

/**
 * The store holds the readings of the current cycle only (older ones are
 * paged in). A plan change that moves the cycle (another start day or
 * length) moves that window, so the household is read again.
 */
useStore.subscribe((state, previous) => {
  if (state.plan === previous.plan || state.householdStatus !== 'ready') return;
  // A load sets the plan together with its household's window; only an edit of the same household moves it.
  if (state.loadedHouseholdId !== previous.loadedHouseholdId || state.readingsFrom !== previous.readingsFrom) return;
  const rule = (p: typeof state.plan) => [p?.cycleStartDay, p?.cycleLengthDays, p?.cycleAnchor].join('|');
  if (rule(state.plan) !== rule(previous.plan)) void state.reloadHousehold();
});

/** Back to the state of a fresh start (tests call this between cases). */
export function resetStore(): void {
  cancelUndoTimer();
  useStore.setState(useStore.getInitialState(), true);
}

export { useShallow };
export type { AppState };
