import type { HistoryEntry, Reading } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import type { SliceCreator } from '../../store/types';
import { formatGB } from '../../i18n/format';
import { currentLocale } from '../../i18n';
import { changeActiveHousehold } from '../household/householdSlice';
import { formatIsoDate } from '../plan/dates';

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
  const used = (gb: number) => formatGB(gb, currentLocale());
  const day = (iso: string) => formatIsoDate(iso, currentLocale());
  const removeReading = (id: string) => set({ readings: get().readings.filter((r) => r.id !== id) });
  const removeHistory = (id: string) => set({ history: get().history.filter((h) => h.id !== id) });

  const readingUndo = (reading: Reading) =>
    get().pushUndo({
      householdId: get().loadedHouseholdId,
      message: { key: 'changed.readingAdded', values: { name: lineName(reading.lineId), used: used(reading.usedGB) } },
      revert: async () => {
        await changeActiveHousehold(
          get,
          (householdId) => call('readings.delete', { householdId, id: reading.id }),
          () => removeReading(reading.id),
        );
      },
    });
  const historyUndo = (entry: HistoryEntry) =>
    get().pushUndo({
      householdId: get().loadedHouseholdId,
      message: { key: 'changed.historyAdded', values: { name: lineName(entry.lineId) } },
      revert: async () => {
        await changeActiveHousehold(
          get,
          (householdId) => call('history.delete', { householdId, id: entry.id }),
          () => removeHistory(entry.id),
        );
      },
    });

  return {
    lastUsageDeletion: null,

    addReading: (reading) =>
      changeActiveHousehold(
        get,
        (householdId) => call('readings.add', { householdId, reading }),
        (added) => {
          set({ readings: [...get().readings, added] });
          readingUndo(added);
        },
      ),

    addHistoryEntry: (entry) =>
      changeActiveHousehold(
        get,
        (householdId) => call('history.add', { householdId, entry }),
        (added) => {
          set({ history: [...get().history, added] });
          historyUndo(added);
        },
      ),

    deleteReading: async (id) => {
      try {
        const record = await changeActiveHousehold(
          get,
          (householdId) => call('readings.delete', { householdId, id }),
          () => removeReading(id),
        );
        get().pushUndo({
          householdId: get().loadedHouseholdId,
          message: {
            key: 'changed.readingDeleted',
            values: { name: lineName(record.lineId), used: used(record.usedGB), date: day(record.date) },
          },
          revert: async () => {
            const { lineId, date, usedGB } = record;
            await changeActiveHousehold(
              get,
              (householdId) => call('readings.add', { householdId, reading: { lineId, date, usedGB } }),
              (added) => set({ readings: [...get().readings, added] }),
            );
          },
        });
      } catch (err) {
        get().reportError(err);
      }
    },

    deleteHistoryEntry: async (id) => {
      try {
        const record = await changeActiveHousehold(
          get,
          (householdId) => call('history.delete', { householdId, id }),
          () => removeHistory(id),
        );
        get().pushUndo({
          householdId: get().loadedHouseholdId,
          message: {
            key: 'changed.historyDeleted',
            values: { name: lineName(record.lineId), date: day(record.cycleStart) },
          },
          revert: async () => {
            const { lineId, cycleStart, usedGB } = record;
            await changeActiveHousehold(
              get,
              (householdId) => call('history.add', { householdId, entry: { lineId, cycleStart, usedGB } }),
              (added) => set({ history: [...get().history, added] }),
            );
          },
        });
      } catch (err) {
        get().reportError(err);
      }
    },

    // Deletions go on the one undo stack; the page's own notice stays empty.
    undoUsageDeletion: () => get().undoLast(),

    dismissUsageDeletion: () => set({ lastUsageDeletion: null }),
  };
};
