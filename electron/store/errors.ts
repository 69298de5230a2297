/**
 * Typed reasons the data file cannot be used. They are ApiErrors, so the shell
 * can show them in the user's language and the API never leaks SQLite text.
 * Every message is one sentence that names the cause and the file.
 */
import { ApiError, type ApiErrorCode } from '@shared/api/errors';

/** The file was written by a newer Datapool; it is refused and left untouched. */
export class DatabaseNewerError extends ApiError {
  readonly fileVersion: number;
  readonly supportedVersion: number;

  constructor(path: string, fileVersion: number, supportedVersion: number) {
    super(
      'DB_NEWER_VERSION',
      `The data file ${path} has schema version ${fileVersion}, but this version of Datapool ` +
        `supports up to version ${supportedVersion}. It was created by a newer Datapool; ` +
        'update the app to open it. The file was not changed.',
    );
    this.name = 'DatabaseNewerError';
    this.fileVersion = fileVersion;
    this.supportedVersion = supportedVersion;
  }
}

export type DatabaseOpenReason =
  | 'NOT_A_DB'
  | 'EMPTY'
  | 'CORRUPT'
  | 'FOREIGN_DB'
  | 'READ_ONLY'
  | 'NOT_A_FILE'
  | 'FOLDER_NOT_WRITABLE'
  | 'DISK_FULL'
  | 'LOCKED'
  | 'IO';

const CODE_OF: Partial<Record<DatabaseOpenReason, ApiErrorCode>> = { LOCKED: 'DB_LOCKED', DISK_FULL: 'DISK_FULL' };

/** The file exists but is not a usable Datapool database; it is never deleted or overwritten. */
export class DatabaseOpenError extends ApiError {
  readonly reason: DatabaseOpenReason;

  constructor(reason: DatabaseOpenReason, message: string, options?: { cause?: unknown }) {
    super(CODE_OF[reason] ?? 'DB_UNAVAILABLE', message);
    this.name = 'DatabaseOpenError';
    this.reason = reason;
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** Another program (or another Datapool) holds a lock on the file; nothing was changed. */
export function lockedError(path: string, cause?: unknown, holder?: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'LOCKED',
    holder
      ? `The data file ${path} is already open in ${holder}; close it there first.`
      : `The data file ${path} is locked by another program; close that program (or wait for it) and try again.`,
    { cause },
  );
}

/** Upgrading the schema failed; the file is still at `fromVersion` with its data intact. */
export class MigrationError extends ApiError {
  readonly fromVersion: number;
  readonly failedVersion: number | null;
  readonly backupPath: string | null;

  constructor(
    message: string,
    details: { fromVersion: number; failedVersion: number | null; backupPath: string | null; cause?: unknown },
  ) {
    super('DB_UNAVAILABLE', message);
    this.name = 'MigrationError';
    this.fromVersion = details.fromVersion;
    this.failedVersion = details.failedVersion;
    this.backupPath = details.backupPath;
    if (details.cause !== undefined) this.cause = details.cause;
  }
}

/** True for SQLite's "database is locked" family (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT…, SQLITE_LOCKED). */
export function isLockError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export function isDiskFullError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}
