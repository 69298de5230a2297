import type { HistoryEntry, Reading } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import type { SliceCreator } from '../../store/types';
import { activeHouseholdId, changeActiveHousehold } from '../household/householdSlice';

/**
 * A deleted reading or past-cycle total, kept so Undo can add it back. A
 * reading has no dependants, so adding the same values again restores it.
 */
export type UsageDeletion =
  | { kind: 'reading'; householdId: string; lineName: string; record: Reading }
  | { kind: 'history'; householdId: string; lineName: string; record: HistoryEntry };

export interface UsageSlice {
  lastUsageDeletion: UsageDeletion | null;
  /** Throws ApiError (for the form). */
  addReading(reading: Omit<Reading, 'id'>): Promise<Reading>;
  /** Throws ApiError (for the form). */
  addHistoryEntry(entry: Omit<HistoryEntry, 'id'>): Promise<HistoryEntry>;
  /** Deletes and offers Undo; failures go to the error notice. */
  deleteReading(id: string): Promise<void>;
  /** Deletes and offers Undo; failures go to the error notice. */
  deleteHistoryEntry(id: string): Promise<void>;
  /** Adds the last deleted reading or total back; failures go to the error notice. */
  undoUsageDeletion(): Promise<void>;
  dismissUsageDeletion(): void;
}

export const createUsageSlice: SliceCreator<UsageSlice> = (set, get) => {
  const lineName = (lineId: string) => get().lines.find((l) => l.id === lineId)?.name ?? '';
  /** Deletes, keeps what Undo needs, then reloads; a failure goes to the error notice. */
  const deleteKeepingUndo = async (remove: (householdId: string) => Promise<UsageDeletion>) => {
    try {
      set({ lastUsageDeletion: await remove(activeHouseholdId(get)) });
      await get().reloadHousehold();
    } catch (err) {
      get().reportError(err);
    }
  };

  return {
    lastUsageDeletion: null,

    addReading: (reading) =>
      changeActiveHousehold(get, (householdId) => call('readings.add', { householdId, reading })),

    addHistoryEntry: (entry) =>
      changeActiveHousehold(get, (householdId) => call('history.add', { householdId, entry })),

    deleteReading: (id) =>
      deleteKeepingUndo(async (householdId) => {
        const record = await call('readings.delete', { householdId, id });
        return { kind: 'reading', householdId, lineName: lineName(record.lineId), record };
      }),

    deleteHistoryEntry: (id) =>
      deleteKeepingUndo(async (householdId) => {
        const record = await call('history.delete', { householdId, id });
        return { kind: 'history', householdId, lineName: lineName(record.lineId), record };
      }),

    undoUsageDeletion: async () => {
      const deletion = get().lastUsageDeletion;
      if (!deletion) return;
      set({ lastUsageDeletion: null });
      try {
        const { householdId } = deletion;
        if (deletion.kind === 'reading') {
          const { lineId, date, usedGB } = deletion.record;
          await call('readings.add', { householdId, reading: { lineId, date, usedGB } });
        } else {
          const { lineId, cycleStart, usedGB } = deletion.record;
          await call('history.add', { householdId, entry: { lineId, cycleStart, usedGB } });
        }
        if (get().loadedHouseholdId === householdId) await get().reloadHousehold();
      } catch (err) {
        get().reportError(err);
      }
    },

    dismissUsageDeletion: () => set({ lastUsageDeletion: null }),
  };
};
