import type { StateCreator } from 'zustand';
import type { NoticeSlice } from '../app/noticeSlice';
import type { UndoSlice } from '../app/undoSlice';
import type { AdviceSlice } from '../features/advice/adviceSlice';
import type { AlertsSlice } from '../features/alerts/alertsSlice';
import type { CatalogSlice } from '../features/catalog/catalogSlice';
import type { CompareSlice } from '../features/compare/compareSlice';
import type { DataSlice } from '../features/data/dataSlice';
import type { HouseholdSlice } from '../features/household/householdSlice';
import type { HouseholdsSlice } from '../features/householdSwitcher/householdsSlice';
import type { EvaluationSlice } from '../features/cycle/evaluationSlice';
import type { PlansSlice } from '../features/planAndLines/plansSlice';
import type { SettingsSlice } from '../features/settings/settingsSlice';
import type { SetupSlice } from '../features/setup/setupSlice';
import type { WhatIfSlice } from '../features/whatif/whatIfSlice';
import type { UsageSlice } from '../features/usage/usageSlice';

/** The whole renderer state: one store, one slice per feature. */
export type AppState = SettingsSlice &
  HouseholdsSlice &
  HouseholdSlice &
  PlansSlice &
  EvaluationSlice &
  UsageSlice &
  CompareSlice &
  DataSlice &
  UndoSlice &
  NoticeSlice &
  CatalogSlice &
  AdviceSlice &
  AlertsSlice &
  SetupSlice &
  WhatIfSlice;

export type SliceCreator<Slice> = StateCreator<AppState, [], [], Slice>;
export type GetState = () => AppState;
