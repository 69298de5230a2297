import type { LineDeletion } from '../../../../shared/api/contract';
import type { Line, LineInput, Plan } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import type { SliceCreator } from '../../store/types';
import { activeHouseholdId, changeActiveHousehold, deleteOfferingUndo } from '../household/householdSlice';

export interface PlansSlice {
  /** The active household's plan; loaded with the household. */
  plan: Plan | null;
  lines: Line[];
  /** Throws ApiError (for the form). */
  savePlan(plan: Plan): Promise<Plan>;
  /** Throws ApiError (for the form). */
  createLine(line: LineInput): Promise<Line>;
  /** Throws ApiError (for the form). */
  updateLine(line: Line): Promise<Line>;
  /** Deletes and offers Undo; failures go to the error notice. */
  deleteLine(id: string): Promise<void>;
  restoreLine(record: LineDeletion): Promise<void>;
}

export const createPlansSlice: SliceCreator<PlansSlice> = (set, get) => ({
  plan: null,
  lines: [],

  savePlan: async (plan) => {
    const saved = await call('plan.set', { householdId: activeHouseholdId(get), plan });
    set({ plan: saved });
    return saved;
  },

  createLine: (line) => changeActiveHousehold(get, (householdId) => call('lines.create', { householdId, line })),

  updateLine: (line) => changeActiveHousehold(get, (householdId) => call('lines.update', { householdId, line })),

  deleteLine: (id) => {
    const name = get().lines.find((l) => l.id === id)?.name ?? '';
    return deleteOfferingUndo(get, async (householdId) => ({
      kind: 'line',
      name,
      record: await call('lines.delete', { householdId, id }),
    }));
  },

  restoreLine: async (record) => {
    await call('lines.restore', record);
    await get().reloadHousehold();
  },
});
