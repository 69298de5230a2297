import type { Line, LineInput, Plan } from '@shared/domain/schemas';
import { call } from '@renderer/api/client';
import type { SliceCreator } from '@renderer/store/types';
import { deleteEntity, deleteEntityQuietly } from '@renderer/store/entityDeletion';
import { activeHouseholdId, editActiveHousehold, upsert } from '../household/householdSlice';

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
}

export const createPlansSlice: SliceCreator<PlansSlice> = (set, get) => {
  /** A line is gone: with it its usage, and the devices that used or tethered to it. */
  const applyLineGone = (id: string) =>
    set({
      lines: get().lines.filter((l) => l.id !== id),
      readings: get().readings.filter((r) => r.lineId !== id),
      history: get().history.filter((h) => h.lineId !== id),
      devices: get().devices.map((d) =>
        d.lineId === id || d.hotspotFrom.includes(id)
          ? { ...d, lineId: d.lineId === id ? null : d.lineId, hotspotFrom: d.hotspotFrom.filter((h) => h !== id) }
          : d,
      ),
    });

  return {
    plan: null,
    lines: [],

    savePlan: async (plan) => {
      const before = get().plan;
      return editActiveHousehold(
        get,
        (householdId) => call('plan.set', { householdId, plan }),
        (saved) => {
          set({ plan: saved });
          get().pushUndo({
            householdId: get().loadedHouseholdId,
            message: { key: 'changed.planSaved', values: { name: saved.name } },
            revert: async () => {
              const householdId = activeHouseholdId(get);
              // A household that had no plan goes back to none: `households.apply` can remove a plan.
              const reverted = before
                ? await call('plan.set', { householdId, plan: before })
                : (await call('households.apply', { householdId, draft: { plan: null, lines: [], devices: [] } })).plan;
              if (get().loadedHouseholdId === householdId) set({ plan: reverted });
            },
          });
        },
      );
    },

    createLine: (line) =>
      editActiveHousehold(
        get,
        (householdId) => call('lines.create', { householdId, line }),
        (created) => {
          set({ lines: [...get().lines, created] });
          get().pushUndo({
            householdId: get().loadedHouseholdId,
            message: { key: 'changed.lineCreated', values: { name: created.name } },
            revert: () => deleteEntityQuietly(get, 'line', created.id, () => applyLineGone(created.id)),
          });
        },
      ),

    updateLine: (line) => {
      const before = get().lines.find((l) => l.id === line.id);
      return editActiveHousehold(
        get,
        (householdId) => call('lines.update', { householdId, line }),
        (saved) => {
          set({ lines: upsert(get().lines, saved) });
          if (before) {
            get().pushUndo({
              householdId: get().loadedHouseholdId,
              message: { key: 'changed.lineUpdated', values: { name: saved.name } },
              revert: async () => {
                await editActiveHousehold(
                  get,
                  (householdId) => call('lines.update', { householdId, line: before }),
                  (reverted) => set({ lines: upsert(get().lines, reverted) }),
                );
              },
            });
          }
        },
      );
    },

    deleteLine: (id) => deleteEntity(get, 'line', id, () => applyLineGone(id)),
  };
};
