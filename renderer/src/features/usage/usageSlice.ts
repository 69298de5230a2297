import type { ReadingChange } from '../../../../shared/api/contract';
import type { HistoryEntry, Reading } from '../../../../shared/domain/schemas';
import type { CycleTotalOffer } from '../../../../shared/usage/readings';
import type { ImportCommitResult, ImportMappingInput, ImportPreview } from '../../../../shared/usage/import/schema';
import { call, onProgress } from '../../api/client';
import type { SliceCreator } from '../../store/types';
import { activeHouseholdId, changeActiveHousehold } from '../household/householdSlice';

/**
 * The last change on the Usage page, with what Undo needs to take it back
 * exactly: a deleted reading comes back with its id, a replaced or edited one
 * gets its old date and amount, a recorded cycle total goes, and an import
 * is taken back as a whole.
 */
export type UsageChange =
  | { kind: 'reading-deleted'; householdId: string; lineName: string; record: Reading }
  | { kind: 'reading-replaced'; householdId: string; lineName: string; change: ReadingChange }
  | { kind: 'reading-edited'; householdId: string; lineName: string; change: ReadingChange }
  | { kind: 'history-deleted'; householdId: string; lineName: string; record: HistoryEntry }
  | { kind: 'total-recorded'; householdId: string; lineName: string; record: HistoryEntry }
  | { kind: 'imported'; householdId: string; importId: string; result: ImportCommitResult };

/** A usage file being imported: the file, its preview, and how the commit went. */
export interface UsageImportState {
  fileName: string;
  contentBase64: string;
  preview: ImportPreview | null;
  status: 'reading' | 'ready' | 'committing' | 'done';
  /** 0–1 while committing. */
  progress: number;
  result: ImportCommitResult | null;
}

export interface UsageSlice {
  lastUsageChange: UsageChange | null;
  usageImport: UsageImportState | null;
  /** Throws ApiError (for the form). A reading on a date that has one replaces it, with Undo. */
  addReading(reading: Omit<Reading, 'id'>): Promise<ReadingChange>;
  /** Throws ApiError (for the form); offers Undo. */
  updateReading(id: string, reading: Omit<Reading, 'id'>): Promise<ReadingChange>;
  /** Throws ApiError (for the form). */
  addHistoryEntry(entry: Omit<HistoryEntry, 'id'>): Promise<HistoryEntry>;
  /** Deletes and offers Undo; failures go to the error notice. */
  deleteReading(id: string): Promise<void>;
  /** Deletes and offers Undo; failures go to the error notice. */
  deleteHistoryEntry(id: string): Promise<void>;
  /** Records the last reading of an ended cycle as its total, with Undo; failures go to the error notice. */
  recordCycleTotal(offer: CycleTotalOffer): Promise<void>;
  /** Takes the last change back; failures go to the error notice. */
  undoUsageChange(): Promise<void>;
  dismissUsageChange(): void;
  /** Reads a chosen file and previews it; failures go to the error notice. */
  previewUsageFile(fileName: string, contentBase64: string): Promise<void>;
  /** Previews again with other columns, line, kind or unit. */
  remapUsageImport(mapping: Partial<ImportMappingInput>): Promise<void>;
  /** Writes the previewed readings, reporting progress, and offers Undo. */
  commitUsageImport(): Promise<void>;
  closeUsageImport(): void;
}

export const createUsageSlice: SliceCreator<UsageSlice> = (set, get) => {
  const lineName = (lineId: string) => get().lines.find((l) => l.id === lineId)?.name ?? '';
  /** Runs a change that offers Undo, then reloads; a failure goes to the error notice. */
  const changeKeepingUndo = async (change: (householdId: string) => Promise<UsageChange>) => {
    try {
      set({ lastUsageChange: await change(activeHouseholdId(get)) });
      await get().reloadHousehold();
    } catch (err) {
      get().reportError(err);
    }
  };
  const preview = async (fileName: string, contentBase64: string, mapping?: Partial<ImportMappingInput>) => {
    set({
      usageImport: {
        fileName,
        contentBase64,
        preview: get().usageImport?.preview ?? null,
        status: 'reading',
        progress: 0,
        result: null,
      },
    });
    try {
      const householdId = activeHouseholdId(get);
      const result = await call('usage.importPreview', {
        householdId,
        fileName,
        contentBase64,
        ...(mapping ? { mapping } : {}),
      });
      set({ usageImport: { fileName, contentBase64, preview: result, status: 'ready', progress: 0, result: null } });
    } catch (err) {
      set({ usageImport: null });
      get().reportError(err);
    }
  };

  return {
    lastUsageChange: null,
    usageImport: null,

    addReading: async (reading) => {
      const change = await changeActiveHousehold(get, (householdId) => call('readings.add', { householdId, reading }));
      set({
        lastUsageChange: change.replaced
          ? { kind: 'reading-replaced', householdId: activeHouseholdId(get), lineName: lineName(change.lineId), change }
          : null,
      });
      return change;
    },

    updateReading: async (id, reading) => {
      const change = await changeActiveHousehold(get, (householdId) =>
        call('readings.update', { householdId, id, reading }),
      );
      set({
        lastUsageChange: {
          kind: 'reading-edited',
          householdId: activeHouseholdId(get),
          lineName: lineName(change.lineId),
          change,
        },
      });
      return change;
    },

    addHistoryEntry: (entry) =>
      changeActiveHousehold(get, (householdId) => call('history.add', { householdId, entry })),

    deleteReading: (id) =>
      changeKeepingUndo(async (householdId) => {
        const record = await call('readings.delete', { householdId, id });
        return { kind: 'reading-deleted', householdId, lineName: lineName(record.lineId), record };
      }),

    deleteHistoryEntry: (id) =>
      changeKeepingUndo(async (householdId) => {
        const record = await call('history.delete', { householdId, id });
        return { kind: 'history-deleted', householdId, lineName: lineName(record.lineId), record };
      }),

    recordCycleTotal: (offer) =>
      changeKeepingUndo(async (householdId) => {
        const record = await call('history.add', {
          householdId,
          entry: { lineId: offer.lineId, cycleStart: offer.cycleStart, usedGB: offer.usedGB },
        });
        return { kind: 'total-recorded', householdId, lineName: lineName(record.lineId), record };
      }),

    undoUsageChange: async () => {
      const change = get().lastUsageChange;
      if (!change) return;
      set({ lastUsageChange: null });
      try {
        const { householdId } = change;
        const strip = ({ id, lineId, date, usedGB }: Reading): Reading => ({ id, lineId, date, usedGB });
        switch (change.kind) {
          case 'reading-deleted':
            await call('readings.restore', { householdId, removeIds: [], readings: [strip(change.record)] });
            break;
          case 'reading-replaced':
            await call('readings.restore', { householdId, removeIds: [], readings: [strip(change.change.replaced!)] });
            break;
          case 'reading-edited': {
            const { previous, replaced } = change.change;
            const readings = [previous, replaced].filter((r): r is Reading => r !== null).map(strip);
            await call('readings.restore', { householdId, removeIds: [], readings });
            break;
          }
          case 'history-deleted': {
            const { lineId, cycleStart, usedGB } = change.record;
            await call('history.add', { householdId, entry: { lineId, cycleStart, usedGB } });
            break;
          }
          case 'total-recorded':
            await call('history.delete', { householdId, id: change.record.id });
            break;
          case 'imported':
            await call('usage.importUndo', { householdId, importId: change.importId });
            break;
        }
        if (get().loadedHouseholdId === householdId) await get().reloadHousehold();
      } catch (err) {
        get().reportError(err);
      }
    },

    dismissUsageChange: () => set({ lastUsageChange: null }),

    previewUsageFile: (fileName, contentBase64) => preview(fileName, contentBase64),

    remapUsageImport: async (mapping) => {
      const current = get().usageImport;
      if (!current?.preview) return;
      await preview(current.fileName, current.contentBase64, { ...current.preview.mapping, ...mapping });
    },

    commitUsageImport: async () => {
      const current = get().usageImport;
      if (!current?.preview) return;
      const { importId } = current.preview;
      set({ usageImport: { ...current, status: 'committing', progress: 0 } });
      const stop = onProgress((event) => {
        const state = get().usageImport;
        if (event.task !== 'usage-import' || !state || state.status !== 'committing' || event.total === 0) return;
        set({ usageImport: { ...state, progress: event.done / event.total } });
      });
      try {
        const householdId = activeHouseholdId(get);
        // The preview already used this mapping, so the commit reuses what it read.
        const result = await call('usage.importCommit', { householdId, importId });
        set({
          usageImport: { ...current, status: 'done', progress: 1, result },
          lastUsageChange: { kind: 'imported', householdId, importId, result },
        });
        await get().reloadHousehold();
      } catch (err) {
        set({ usageImport: { ...current, status: 'ready' } });
        get().reportError(err);
      } finally {
        stop();
      }
    },

    closeUsageImport: () => set({ usageImport: null }),
  };
};
