import { ApiError } from '@shared/api/errors';
import type { Evaluation } from '@shared/engine/types';
import { call } from '@renderer/api/client';
import { toApiError } from '@renderer/app/noticeSlice';
import type { SliceCreator } from '@renderer/store/types';
import { todayIso } from './dates';

/** `no-plan`: the household has no plan yet, so there is nothing to evaluate. */
export type EvaluationStatus = 'idle' | 'loading' | 'ready' | 'no-plan' | 'failed';

export interface EvaluationSlice {
  /** The engine's verdict on the loaded household's plan as of `evaluationAsOf`. */
  evaluation: Evaluation | null;
  evaluationAsOf: string | null;
  evaluationHouseholdId: string | null;
  evaluationStatus: EvaluationStatus;
  /** True while a newer evaluation is on its way (the last one stays on screen meanwhile). */
  evaluationRefreshing: boolean;
  evaluationError: ApiError | null;
  /** Evaluates the loaded household as of today; the latest call wins. */
  refreshEvaluation(): Promise<void>;
}

export const createEvaluationSlice: SliceCreator<EvaluationSlice> = (set, get) => {
  // Household data can change faster than the backend answers; only the newest answer is shown.
  let latest = 0;

  return {
    evaluation: null,
    evaluationAsOf: null,
    evaluationHouseholdId: null,
    evaluationStatus: 'idle',
    evaluationRefreshing: false,
    evaluationError: null,

    refreshEvaluation: async () => {
      const householdId = get().loadedHouseholdId;
      const request = ++latest;
      if (!householdId) {
        set({ evaluation: null, evaluationHouseholdId: null, evaluationStatus: 'idle', evaluationRefreshing: false });
        return;
      }
      const sameHousehold = get().evaluationHouseholdId === householdId;
      set(
        sameHousehold && get().evaluationStatus !== 'idle'
          ? { evaluationRefreshing: true }
          : { evaluationStatus: 'loading', evaluationRefreshing: true, evaluation: null, evaluationError: null },
      );
      const asOf = todayIso();
      try {
        const evaluation = await call('plan.evaluate', { householdId, asOf });
        if (request !== latest) return;
        set({
          evaluation,
          evaluationAsOf: asOf,
          evaluationHouseholdId: householdId,
          evaluationStatus: 'ready',
          evaluationRefreshing: false,
          evaluationError: null,
        });
      } catch (err) {
        if (request !== latest) return;
        const error = toApiError(err);
        // evaluate answers CONFLICT when the household has no plan yet.
        const noPlan = error.code === 'CONFLICT';
        set({
          evaluation: null,
          evaluationAsOf: asOf,
          evaluationHouseholdId: householdId,
          evaluationStatus: noPlan ? 'no-plan' : 'failed',
          evaluationRefreshing: false,
          evaluationError: noPlan ? null : error,
        });
      }
    },
  };
};
