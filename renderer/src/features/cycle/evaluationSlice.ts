import type { Evaluation } from '@shared/engine/types';
import { call } from '@renderer/api/client';
import { createHouseholdView, type HouseholdViewFields, type HouseholdViewStatus } from '@renderer/store/householdView';
import type { SliceCreator } from '@renderer/store/types';

/** `no-plan`: the household has no plan yet, so there is nothing to evaluate. */
export type EvaluationStatus = HouseholdViewStatus | 'no-plan';

/** The engine's verdict on the loaded household's plan as of `evaluationAsOf`. */
export interface EvaluationSlice extends HouseholdViewFields<'evaluation', Evaluation, EvaluationStatus> {
  /** Evaluates the loaded household as of today; the latest call wins. */
  refreshEvaluation(): Promise<void>;
}

export const createEvaluationSlice: SliceCreator<EvaluationSlice> = (set, get) => {
  const view = createHouseholdView<'evaluation', Evaluation, EvaluationStatus>(
    'evaluation',
    {
      fetch: async (householdId, asOf) => ({ value: await call('plan.evaluate', { householdId, asOf }) }),
      keepShown: (status) => status !== 'idle',
      // evaluate answers CONFLICT when the household has no plan yet.
      statusOfError: (error) => (error.code === 'CONFLICT' ? 'no-plan' : null),
    },
    set,
    get,
  );
  return { ...view.initial, refreshEvaluation: view.refresh };
};
