/** About the running app, and on-demand backups of the data file. */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ApiOutput } from '../../shared/api/contract';
import { fileTimestamp, freePath, onlineBackupTo, schemaVersion } from '../store';
import type { ServiceContext } from './context';

export function createAppService(ctx: ServiceContext) {
  // One backup at a time: two at once would race for the same file name.
  let lastBackup: Promise<unknown> = Promise.resolve();

  async function backupNow(): Promise<ApiOutput<'app.backup'>> {
    const dir = join(dirname(ctx.dbPath), 'backups');
    mkdirSync(dir, { recursive: true });
    const path = freePath(join(dir, `datapool-${fileTimestamp(ctx.now())}.db`), '.db');
    const bytes = await onlineBackupTo(ctx.db, path, (done, total) => ctx.progress({ task: 'backup', done, total }));
    return { path, bytes };
  }

  return {
    info(): ApiOutput<'app.info'> {
      return { version: ctx.version, mode: ctx.mode, dbPath: ctx.dbPath, schemaVersion: schemaVersion(ctx.db) };
    },

    /** A verified copy in `<folder of the data file>/backups/datapool-<YYYYMMDD-HHMMSS>.db`. */
    backup(): Promise<ApiOutput<'app.backup'>> {
      const run = lastBackup.then(backupNow, backupNow);
      lastBackup = run.catch(() => undefined);
      return run;
    },
  };
}

export type AppService = ReturnType<typeof createAppService>;
