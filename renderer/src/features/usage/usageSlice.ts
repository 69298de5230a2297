import type { ReadingChange } from '@shared/api/contract';
import type { HistoryEntry, Reading } from '@shared/domain/schemas';
import type { CycleTotalOffer } from '@shared/usage/readings';
import type { ImportCommitResult, ImportMappingInput, ImportPreview } from '@shared/usage/import/schema';
import { call, onProgress } from '@renderer/api/client';
import type { SliceCreator } from '@renderer/store/types';
import { activeHouseholdId, editActiveHousehold } from '../household/householdSlice';

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

/** The older readings of one line shown so far (newest first), and how many older ones are left. */
export interface OlderReadings {
  items: Reading[];
  remaining: number;
}

/** How many older readings one "show older" click adds. */
export const OLDER_READINGS_PAGE = 20;

export interface UsageSlice {
  usageImport: UsageImportState | null;
  /**
   * The store's `readings` are those dated `readingsFrom` or later (the
   * current cycle's); older ones are paged in per line, so neither loading
   * nor editing costs more after years of daily readings.
   */
  readingsFrom: string | null;
  olderReadings: Record<string, OlderReadings>;
  /** Ended cycles with readings and no total (oldest first). */
  missingTotals: CycleTotalOffer[];
  /** Shows the next page of one line's older readings; failures go to the error notice. */
  loadOlderReadings(lineId: string): Promise<void>;
  /** Reads the ended cycles without a total again; failures go to the error notice. */
  refreshMissingTotals(): Promise<void>;
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
  const strip = ({ id, lineId, date, usedGB }: Reading): Reading => ({ id, lineId, date, usedGB });
  /** Runs `apply` only while the household it concerns is the one shown. */
  const whileShown = (householdId: string, apply: () => void) => {
    if (get().loadedHouseholdId === householdId) apply();
  };
  const isOlder = (r: Pick<Reading, 'date'>) => r.date < (get().readingsFrom ?? '');
  /**
   * The older readings of a line read again, with the count left: as many as
   * were shown, and at least a page, so a reading just written on an earlier
   * cycle's date is in view.
   */
  const rereadOlder = async (householdId: string, lineId: string) => {
    const shown = Math.max(get().olderReadings[lineId]?.items.length ?? 0, OLDER_READINGS_PAGE);
    const before = get().readingsFrom;
    if (!before) return;
    const page = await call('readings.list', { householdId, lineId, before, limit: shown });
    whileShown(householdId, () =>
      set({ olderReadings: { ...get().olderReadings, [lineId]: { items: page.readings, remaining: page.remaining } } }),
    );
  };
  /**
   * Readings the backend wrote (each replaces the one with its id, or the one
   * on its line and date) and ids it removed. The current cycle's are applied
   * here; a change among older readings reads that line's shown page and the
   * ended cycles' totals again (rare, and small).
   */
  const applyReadings = (householdId: string, written: readonly Reading[], removed: readonly Reading[] = []) => {
    const gone = new Set(removed.map((r) => r.id));
    const current = written.filter((r) => !isOlder(r));
    const replaces = (w: Reading, r: Reading) => w.id === r.id || (w.lineId === r.lineId && w.date === r.date);
    const kept = get().readings.filter((r) => !gone.has(r.id) && !written.some((w) => replaces(w, r)));
    set({ readings: [...kept, ...current.map(strip)] });
    const olderLines = new Set([...written, ...removed].filter(isOlder).map((r) => r.lineId));
    // A reading moved from an older date into this cycle leaves the older list too.
    for (const [lineId, older] of Object.entries(get().olderReadings)) {
      if (older.items.some((r) => gone.has(r.id) || written.some((w) => w.id === r.id))) olderLines.add(lineId);
    }
    if (olderLines.size === 0) return;
    void Promise.all([...olderLines].map((lineId) => rereadOlder(householdId, lineId)))
      .then(() => get().refreshMissingTotals())
      .catch((err: unknown) => get().reportError(err));
  };
  const applyReadingChange = (householdId: string, change: ReadingChange) =>
    applyReadings(
      householdId,
      [strip(change)],
      [change.previous, change.replaced].filter((r): r is Reading => r !== null),
    );
  /** A reading the store shows, current or older. */
  const shownReading = (id: string) =>
    get().readings.find((r) => r.id === id) ??
    Object.values(get().olderReadings)
      .flatMap((o) => o.items)
      .find((r) => r.id === id);
  // A total recorded or removed changes which ended cycles lack one.
  const applyHistoryAdded = (entry: HistoryEntry) => {
    set({ history: [...get().history.filter((h) => h.id !== entry.id), entry] });
    void get().refreshMissingTotals();
  };
  const applyHistoryGone = (id: string) => {
    set({ history: get().history.filter((h) => h.id !== id) });
    void get().refreshMissingTotals();
  };
  /** Puts readings back with their ids (and their old dates and amounts). */
  const restoreReadings = async (householdId: string, readings: Reading[]) => {
    const restored = await call('readings.restore', { householdId, removeIds: [], readings: readings.map(strip) });
    whileShown(householdId, () => applyReadings(householdId, restored));
  };
  /** Runs a change that offers Undo; a failure goes to the error notice. */
  const changeKeepingUndo = async (change: (householdId: string) => Promise<void>) => {
    try {
      await change(activeHouseholdId(get));
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
    usageImport: null,
    readingsFrom: null,
    olderReadings: {},
    missingTotals: [],

    loadOlderReadings: async (lineId) => {
      try {
        const householdId = activeHouseholdId(get);
        const before = get().readingsFrom;
        const shown = get().olderReadings[lineId]?.items ?? [];
        if (!before) return;
        const page = await call('readings.list', {
          householdId,
          lineId,
          before: shown.at(-1)?.date ?? before,
          limit: OLDER_READINGS_PAGE,
        });
        whileShown(householdId, () => {
          const items = [...(get().olderReadings[lineId]?.items ?? []), ...page.readings];
          set({ olderReadings: { ...get().olderReadings, [lineId]: { items, remaining: page.remaining } } });
        });
      } catch (err) {
        get().reportError(err);
      }
    },

    refreshMissingTotals: async () => {
      const householdId = get().loadedHouseholdId;
      if (!householdId) return;
      try {
        const missingTotals = await call('history.missingTotals', { householdId });
        whileShown(householdId, () => set({ missingTotals }));
      } catch (err) {
        get().reportError(err);
      }
    },

    addReading: async (reading) => {
      const householdId = activeHouseholdId(get);
      return editActiveHousehold(
        get,
        () => call('readings.add', { householdId, reading }),
        (change) => {
          applyReadingChange(householdId, change);
          const replaced = change.replaced;
          // A new date adds a reading; only a reading that took another's place offers Undo.
          if (!replaced) return;
          get().pushUndo({
            householdId,
            message: {
              key: 'changed.readingReplaced',
              values: {
                name: lineName(change.lineId),
                date: change.date,
                oldGB: replaced.usedGB,
                usedGB: change.usedGB,
              },
            },
            revert: () => restoreReadings(householdId, [replaced]),
          });
        },
      );
    },

    updateReading: async (id, reading) => {
      const householdId = activeHouseholdId(get);
      return editActiveHousehold(
        get,
        () => call('readings.update', { householdId, id, reading }),
        (change) => {
          applyReadingChange(householdId, change);
          const { previous, replaced } = change;
          get().pushUndo({
            householdId,
            message: {
              key: 'changed.readingEdited',
              values: { name: lineName(change.lineId), date: previous?.date ?? change.date },
            },
            // The edited reading gets its old date and amount; one it displaced comes back.
            revert: () =>
              restoreReadings(
                householdId,
                [previous, replaced].filter((r): r is Reading => r !== null),
              ),
          });
        },
      );
    },

    addHistoryEntry: (entry) =>
      editActiveHousehold(
        get,
        (householdId) => call('history.add', { householdId, entry }),
        (added) => applyHistoryAdded(added),
      ),

    deleteReading: (id) =>
      changeKeepingUndo(async (householdId) => {
        const record = await call('readings.delete', { householdId, id });
        whileShown(householdId, () => applyReadings(householdId, [], [shownReading(id) ?? record]));
        get().pushUndo({
          householdId,
          message: {
            key: 'changed.readingDeleted',
            values: { name: lineName(record.lineId), usedGB: record.usedGB, date: record.date },
          },
          revert: () => restoreReadings(householdId, [record]),
        });
      }),

    deleteHistoryEntry: (id) =>
      changeKeepingUndo(async (householdId) => {
        const record = await call('history.delete', { householdId, id });
        whileShown(householdId, () => applyHistoryGone(id));
        get().pushUndo({
          householdId,
          message: {
            key: 'changed.historyDeleted',
            values: { name: lineName(record.lineId), date: record.cycleStart },
          },
          revert: async () => {
            const { lineId, cycleStart, usedGB } = record;
            const added = await call('history.add', { householdId, entry: { lineId, cycleStart, usedGB } });
            whileShown(householdId, () => applyHistoryAdded(added));
          },
        });
      }),

    recordCycleTotal: (offer) =>
      changeKeepingUndo(async (householdId) => {
        const record = await call('history.add', {
          householdId,
          entry: { lineId: offer.lineId, cycleStart: offer.cycleStart, usedGB: offer.usedGB },
        });
        whileShown(householdId, () => applyHistoryAdded(record));
        get().pushUndo({
          householdId,
          message: {
            key: 'changed.totalRecorded',
            values: { name: lineName(record.lineId), usedGB: record.usedGB, date: record.cycleStart },
          },
          revert: async () => {
            await call('history.delete', { householdId, id: record.id });
            whileShown(householdId, () => applyHistoryGone(record.id));
          },
        });
      }),

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
        set({ usageImport: { ...current, status: 'done', progress: 1, result } });
        get().pushUndo({
          householdId,
          message: {
            key: 'changed.usageImported',
            values: { name: current.fileName, added: result.added, replaced: result.replaced },
          },
          revert: async () => {
            await call('usage.importUndo', { householdId, importId });
            // An import touches many readings on several lines; reading them all again is simplest.
            if (get().loadedHouseholdId === householdId) await get().reloadHousehold();
          },
        });
        // Thousands of readings may have changed: the household is read again once.
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
