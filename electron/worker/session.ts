/**
 * The owner of the data file: the one connection, the services built on it,
 * and the instance lock. The store worker runs exactly one session; tests may
 * run one in-process. Restoring a backup closes the connection, swaps the file
 * and reopens it here, because only the owner may do that.
 */
import type { ProgressEvent } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/bridge';
import { ApiError } from '@shared/api/errors';
import { dispatch } from '../api/dispatch';
import { createServices, type Services } from '../services';
import type { NewAlertsEvent } from '../services/alerts';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { asDb } from '../store/db';
import {
  acquireInstanceLock,
  BUSY_TIMEOUT_MS,
  openError,
  lockFileError,
  prepareDataFolder,
  closeDatabase,
  openDatabase,
  replaceDataFile,
  type CloseReport,
  type Db,
  type OpenOptions,
} from '../store';

export interface SessionOptions {
  dbPath: string;
  mode: 'electron' | 'browser';
  version: string;
  onProgress?: (event: ProgressEvent) => void;
  /** Hands new alerts to the shell; true when it showed them (see services/alerts). */
  onNewAlerts?: (event: NewAlertsEvent) => boolean;
  /** Claim the file for this process with a lock file next to it (the shells do; in-process tests may not). */
  instanceLock?: boolean;
  open?: OpenOptions;
  now?: () => Date;
  /** Replaces the final checkpoint (tests simulate a full disk with it). */
  checkpoint?: (db: Db) => void;
}

export interface Session {
  readonly services: Services;
  call(method: unknown, input: unknown): Promise<ApiResult<unknown>>;
  /** Checkpoints and closes the file and releases the lock; a failed checkpoint is reported, not thrown. */
  close(): CloseReport;
}

export function openSession(options: SessionOptions): Session {
  const release = options.instanceLock === false ? () => undefined : claimFile(options);
  let db: Db;
  try {
    db = openDatabase(options.dbPath, options.open);
  } catch (err) {
    release();
    throw err;
  }

  const build = (connection: Db): Services =>
    createServices({
      db: connection,
      dbPath: options.dbPath,
      mode: options.mode,
      version: options.version,
      onProgress: options.onProgress,
      onNewAlerts: options.onNewAlerts,
      now: options.now,
      swapDataFile,
    });

  let services: Services;
  try {
    services = build(db);
  } catch (err) {
    closeDatabase(db);
    release();
    throw err;
  }

  function swapDataFile(source: string): void {
    const closed = closeDatabase(db, options.checkpoint);
    if (!closed.checkpointed) {
      // The -wal still holds changes: swapping now would lose them or replay them over the backup.
      db = openDatabase(options.dbPath, options.open);
      services = build(db);
      throw new ApiError(
        'DB_UNAVAILABLE',
        `The data file ${options.dbPath} could not be closed cleanly, so the backup was not restored; nothing was changed.`,
      );
    }
    try {
      replaceDataFile(options.dbPath, source);
    } finally {
      // Reopened whether or not the swap happened: the app keeps working on whichever file is in place.
      db = openDatabase(options.dbPath, options.open);
      services = build(db);
    }
  }

  let closed = false;
  return {
    get services() {
      return services;
    },
    call(method, input) {
      if (closed) {
        return Promise.resolve({
          ok: false,
          error: new ApiError('DB_UNAVAILABLE', 'The data file is closed.').toPayload(),
        });
      }
      return dispatch(services, method, input);
    },
    close() {
      if (closed) return { checkpointed: true };
      closed = true;
      try {
        return closeDatabase(db, options.checkpoint);
      } finally {
        release();
      }
    },
  };
}

/**
 * A second, read-only connection for the reader worker, opened after the
 * owner has checked and migrated the file. Reads here run beside the owner's
 * work, so a slow computation on one side leaves the other free to answer.
 */
export function openReaderSession(options: Pick<SessionOptions, 'dbPath' | 'mode' | 'version' | 'now'>): Session {
  let db: Db;
  try {
    db = asDb(new Database(options.dbPath, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS }));
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (err) {
    throw openError(options.dbPath, err);
  }
  const services = createServices({
    db,
    dbPath: options.dbPath,
    mode: options.mode,
    version: options.version,
    now: options.now,
    readOnly: true,
  });

  /**
   * One read transaction per call: a call's several queries see one snapshot,
   * never half of a write the primary commits meanwhile.
   */
  async function readConsistently(method: unknown, input: unknown): Promise<ApiResult<unknown>> {
    if (db.inTransaction) return dispatch(services, method, input);
    db.exec('BEGIN');
    try {
      return await dispatch(services, method, input);
    } finally {
      if (db.inTransaction) db.exec('COMMIT');
    }
  }

  let closed = false;
  return {
    services,
    call(method, input) {
      if (closed) {
        return Promise.resolve({
          ok: false,
          error: new ApiError('DB_UNAVAILABLE', 'The data file is closed.').toPayload(),
        });
      }
      return readConsistently(method, input);
    },
    close() {
      closed = true;
      db.close();
      return { checkpointed: true };
    },
  };
}

/** Creates the data folder if needed and takes the instance lock, explaining in one sentence why not. */
function claimFile(options: SessionOptions): () => void {
  if (!existsSync(options.dbPath)) prepareDataFolder(options.dbPath);
  try {
    return acquireInstanceLock(options.dbPath, options.mode);
  } catch (err) {
    throw lockFileError(options.dbPath, err);
  }
}
