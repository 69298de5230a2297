/** About the running app; backups of the data file, restoring one, and checking the file. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiOutput } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import {
  backupsFolderOf,
  fileTimestamp,
  freePath,
  integrityProblems,
  LATEST_SCHEMA_VERSION,
  listBackupFiles,
  oneLine,
  onlineBackupTo,
  schemaVersion,
  verifyBackupFile,
} from '../store';
import { notFound, type ServiceContext } from './context';

export function createAppService(ctx: ServiceContext) {
  // One backup at a time: two at once would race for the same file name.
  let lastBackup: Promise<unknown> = Promise.resolve();

  async function backupNow(suffix = ''): Promise<ApiOutput<'app.backup'>> {
    // A damaged file is not copied silently: the copy would look like a good backup.
    const problems = integrityProblems(ctx.db, 3);
    if (problems.length > 0) {
      throw new ApiError(
        'DB_UNAVAILABLE',
        `The data file ${ctx.dbPath} failed its integrity check (${oneLine(problems[0])}), so no backup was made; restore an earlier backup.`,
      );
    }
    const dir = backupsFolderOf(ctx.dbPath);
    mkdirSync(dir, { recursive: true });
    const path = freePath(join(dir, `datapool-${fileTimestamp(ctx.now())}${suffix}.db`), '.db');
    const bytes = await onlineBackupTo(ctx.db, path, (done, total) => ctx.progress({ task: 'backup', done, total }));
    return { path, bytes };
  }

  function serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = lastBackup.then(work, work);
    lastBackup = run.catch(() => undefined);
    return run;
  }

  return {
    info(): ApiOutput<'app.info'> {
      return { version: ctx.version, mode: ctx.mode, dbPath: ctx.dbPath, schemaVersion: schemaVersion(ctx.db) };
    },

    /** A verified copy in `<folder of the data file>/backups/datapool-<YYYYMMDD-HHMMSS>.db`. */
    backup(): Promise<ApiOutput<'app.backup'>> {
      return serialized(() => backupNow());
    },

    listBackups(): ApiOutput<'app.listBackups'> {
      return listBackupFiles(ctx.dbPath).map(({ id, createdAt, bytes, schemaVersion: version, kind }) => ({
        id,
        createdAt,
        bytes,
        schemaVersion: version,
        kind,
      }));
    },

    /** The full integrity check ("Check data file"); reading only. */
    checkDataFile(): ApiOutput<'app.checkDataFile'> {
      const problems = integrityProblems(ctx.db, 20);
      return { ok: problems.length === 0, problems, checkedAt: ctx.now().toISOString() };
    },

    /**
     * Verifies the backup, copies the current file aside (that copy undoes the
     * restore), swaps the files and reopens. A backup that fails verification
     * changes nothing.
     */
    restoreBackup(id: string): Promise<ApiOutput<'app.restoreBackup'>> {
      return serialized(async () => {
        const backup = listBackupFiles(ctx.dbPath).find((b) => b.id === id);
        if (!backup) throw notFound('backup', id);
        const total = 4;
        ctx.progress({ task: 'restore', done: 0, total });
        const version = verifyBackupFile(backup.path, LATEST_SCHEMA_VERSION);
        ctx.progress({ task: 'restore', done: 1, total });
        const undo = await backupNow('-before-restore');
        ctx.progress({ task: 'restore', done: 2, total });
        if (!ctx.swapDataFile) throw new ApiError('INTERNAL', 'Restoring needs the data file’s owner.');
        ctx.swapDataFile(backup.path);
        ctx.progress({ task: 'restore', done: total, total });
        return {
          restored: backup.id,
          undoBackupId: undo.path.split(/[\\/]/).pop() ?? undo.path,
          schemaVersion: version,
        };
      });
    },
  };
}

export type AppService = ReturnType<typeof createAppService>;
