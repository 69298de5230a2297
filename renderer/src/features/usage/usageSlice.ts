import type { HistoryEntry, Reading } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import type { SliceCreator } from '../../store/types';
import { activeHouseholdId } from '../household/householdSlice';

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

  return {
    lastUsageDeletion: null,

    addReading: async (reading) => {
      const added = await call('readings.add', { householdId: activeHouseholdId(get), reading });
      await get().reloadHousehold();
      return added;
    },

    addHistoryEntry: async (entry) => {
      const added = await call('history.add', { householdId: activeHouseholdId(get), entry });
      await get().reloadHousehold();
      return added;
    },

    deleteReading: async (id) => {
      try {
        const householdId = activeHouseholdId(get);
        const record = await call('readings.delete', { householdId, id });
        set({ lastUsageDeletion: { kind: 'reading', householdId, lineName: lineName(record.lineId), record } });
        await get().reloadHousehold();
      } catch (err) {
        get().reportError(err);
      }
    },

    deleteHistoryEntry: async (id) => {
      try {
        const householdId = activeHouseholdId(get);
        const record = await call('history.delete', { householdId, id });
        set({ lastUsageDeletion: { kind: 'history', householdId, lineName: lineName(record.lineId), record } });
        await get().reloadHousehold();
      } catch (err) {
        get().reportError(err);
      }
    },

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
