import type { ApiOutput, BackupInfo } from '@shared/api/contract';
import type { ApiError, FieldIssue } from '@shared/api/errors';
import type { Household } from '@shared/domain/schemas';
import { call, onProgress } from '@renderer/api/client';
import { toApiError } from '@renderer/app/noticeSlice';
import type { SliceCreator } from '@renderer/store/types';
import { todayIso } from '../cycle/dates';
import { downloadTextFile, householdNameOfFile, scenarioFileName } from './download';
import { SCENARIO_FILE_MAX_BYTES } from '@shared/scenario/schema';

export type ExportState =
  | { status: 'idle' }
  | { status: 'exporting' }
  | { status: 'done'; fileName: string }
  | { status: 'failed'; error: ApiError };

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'importing'; fileName: string; done: number | null; total: number | null }
  | { status: 'unreadable'; fileName: string }
  | { status: 'too-large'; fileName: string }
  | { status: 'not-json'; fileName: string; reason: string }
  | { status: 'invalid'; fileName: string; details: FieldIssue[] }
  | { status: 'failed'; fileName: string; error: ApiError }
  | { status: 'done'; fileName: string; household: Household; counts: ApiOutput<'scenario.import'>['counts'] };

export type BackupState =
  | { status: 'idle' }
  | { status: 'running'; done: number | null; total: number | null }
  | { status: 'done'; path: string; bytes: number }
  | { status: 'failed'; error: ApiError };

export type BackupsState =
  { status: 'loading' } | { status: 'ready'; backups: BackupInfo[] } | { status: 'failed'; error: ApiError };

export type RestoreState =
  | { status: 'idle' }
  | { status: 'running'; id: string; undo: boolean; done: number | null; total: number | null }
  | { status: 'done'; restored: BackupInfo; undoBackupId: string }
  | { status: 'undone' }
  | { status: 'failed'; undo: boolean; error: ApiError };

export type CheckState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: ApiOutput<'app.checkDataFile'> }
  | { status: 'failed'; error: ApiError };

export interface DataSlice {
  exportState: ExportState;
  importState: ImportState;
  backupState: BackupState;
  backupsState: BackupsState;
  restoreState: RestoreState;
  checkState: CheckState;
  appInfo: ApiOutput<'app.info'> | null;
  /** Downloads the active household as `<name>.datapool.json`. */
  exportHousehold(): Promise<void>;
  /**
   * Imports a scenario file as a NEW household and switches to it. A file
   * that is not JSON, or a scenario with problems, imports nothing; the state
   * says why (every bad field of a scenario by its path).
   */
  importScenarioFile(file: File): Promise<void>;
  /** Backs up the data file, following the backend's progress events. */
  backUpNow(): Promise<void>;
  loadAppInfo(): Promise<void>;
  loadBackups(): Promise<void>;
  /**
   * Restores a backup over the data file (the backend verifies it and keeps a
   * copy of the current file first), then reloads everything shown. With
   * `undo`, it is the undo of the last restore.
   */
  restoreBackup(id: string, options?: { undo?: boolean }): Promise<void>;
  /** The full integrity check of the data file. */
  checkDataFile(): Promise<void>;
}

const MAX_NAME = 80;

/** The scenario's own name, else the file's; made different from every existing household's. */
function importedName(scenario: unknown, fileName: string, taken: readonly string[]): string | undefined {
  const own =
    typeof scenario === 'object' && scenario !== null && 'name' in scenario && typeof scenario.name === 'string'
      ? scenario.name.trim()
      : '';
  const base = (own || householdNameOfFile(fileName)).slice(0, MAX_NAME).trim();
  if (base === '') return undefined;
  const names = new Set(taken);
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!names.has(candidate)) return candidate;
  }
}

export const createDataSlice: SliceCreator<DataSlice> = (set, get) => ({
  exportState: { status: 'idle' },
  importState: { status: 'idle' },
  backupState: { status: 'idle' },
  backupsState: { status: 'loading' },
  restoreState: { status: 'idle' },
  checkState: { status: 'idle' },
  appInfo: null,

  exportHousehold: async () => {
    const householdId = get().activeHouseholdId;
    const household = get().households.find((h) => h.id === householdId);
    if (!householdId || !household) return;
    set({ exportState: { status: 'exporting' } });
    try {
      const scenario = await call('scenario.export', { householdId, asOf: todayIso() });
      const fileName = scenarioFileName(household.name);
      downloadTextFile(fileName, `${JSON.stringify(scenario, null, 2)}\n`);
      set({ exportState: { status: 'done', fileName } });
    } catch (err) {
      set({ exportState: { status: 'failed', error: toApiError(err) } });
    }
  },

  importScenarioFile: async (file) => {
    const fileName = file.name;
    // Refused before reading: the backend would refuse it too, after a long upload.
    if (file.size > SCENARIO_FILE_MAX_BYTES) {
      set({ importState: { status: 'too-large', fileName } });
      return;
    }
    set({ importState: { status: 'reading', fileName } });
    let text: string;
    try {
      text = await file.text();
    } catch {
      set({ importState: { status: 'unreadable', fileName } });
      return;
    }
    let scenario: unknown;
    try {
      scenario = JSON.parse(text);
    } catch (err) {
      set({ importState: { status: 'not-json', fileName, reason: err instanceof Error ? err.message : String(err) } });
      return;
    }

    set({ importState: { status: 'importing', fileName, done: null, total: null } });
    const stop = onProgress((event) => {
      const state = get().importState;
      if (event.task === 'import' && state.status === 'importing') {
        set({ importState: { ...state, done: event.done, total: event.total } });
      }
    });
    try {
      const name = importedName(
        scenario,
        fileName,
        get().households.map((h) => h.name),
      );
      const result = await call('scenario.import', name === undefined ? { scenario } : { scenario, name });
      stop();
      set({ households: await call('households.list', {}) });
      await get().selectHousehold(result.household.id);
      set({ importState: { status: 'done', fileName, household: result.household, counts: result.counts } });
    } catch (err) {
      stop();
      const error = toApiError(err);
      set({
        importState:
          error.code === 'VALIDATION' && error.details
            ? { status: 'invalid', fileName, details: error.details }
            : { status: 'failed', fileName, error },
      });
    }
  },

  backUpNow: async () => {
    if (get().backupState.status === 'running') return;
    set({ backupState: { status: 'running', done: null, total: null } });
    const stop = onProgress((event) => {
      if (event.task === 'backup' && get().backupState.status === 'running') {
        set({ backupState: { status: 'running', done: event.done, total: event.total } });
      }
    });
    try {
      const { path, bytes } = await call('app.backup', {});
      set({ backupState: { status: 'done', path, bytes } });
      void get().loadBackups();
    } catch (err) {
      set({ backupState: { status: 'failed', error: toApiError(err) } });
    } finally {
      stop();
    }
  },

  loadBackups: async () => {
    try {
      set({ backupsState: { status: 'ready', backups: await call('app.listBackups', {}) } });
    } catch (err) {
      set({ backupsState: { status: 'failed', error: toApiError(err) } });
    }
  },

  restoreBackup: async (id, options) => {
    if (get().restoreState.status === 'running') return;
    const undo = options?.undo === true;
    const listed = get().backupsState;
    const backup = listed.status === 'ready' ? listed.backups.find((b) => b.id === id) : undefined;
    set({ restoreState: { status: 'running', id, undo, done: null, total: null } });
    const stop = onProgress((event) => {
      const state = get().restoreState;
      if (event.task === 'restore' && state.status === 'running') {
        set({ restoreState: { ...state, done: event.done, total: event.total } });
      }
    });
    try {
      const result = await call('app.restoreBackup', { id });
      stop();
      // Everything shown came from the file that was just replaced.
      set({ undoStack: [], undoNoticeVisible: false });
      set({ bootStatus: 'idle', households: [], activeHouseholdId: null });
      await get().boot();
      await Promise.all([get().loadBackups(), get().loadAppInfo()]);
      const restored = backup ?? {
        id: result.restored,
        createdAt: new Date().toISOString(),
        bytes: 0,
        schemaVersion: result.schemaVersion,
        kind: 'manual' as const,
      };
      set({
        restoreState: undo ? { status: 'undone' } : { status: 'done', restored, undoBackupId: result.undoBackupId },
        checkState: { status: 'idle' },
      });
    } catch (err) {
      stop();
      set({ restoreState: { status: 'failed', undo, error: toApiError(err) } });
      void get().loadBackups();
    }
  },

  checkDataFile: async () => {
    if (get().checkState.status === 'running') return;
    set({ checkState: { status: 'running' } });
    try {
      set({ checkState: { status: 'done', result: await call('app.checkDataFile', {}) } });
    } catch (err) {
      set({ checkState: { status: 'failed', error: toApiError(err) } });
    }
  },

  loadAppInfo: async () => {
    try {
      set({ appInfo: await call('app.info', {}) });
    } catch {
      // Where the data lives is a courtesy on this page; its other tools work without it.
      set({ appInfo: null });
    }
  },
});
