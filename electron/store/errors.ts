/**
 * Typed reasons the data file cannot be used. They are ApiErrors, so the shell
 * can show them in the user's language and the API never leaks SQLite text.
 */
import { ApiError } from '../../shared/api/errors';

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

export type DatabaseOpenReason = 'NOT_A_DB' | 'CORRUPT' | 'FOREIGN_DB' | 'READ_ONLY' | 'NOT_A_FILE' | 'IO';

/** The file exists but is not a usable Datapool database; it is never deleted or overwritten. */
export class DatabaseOpenError extends ApiError {
  readonly reason: DatabaseOpenReason;

  constructor(reason: DatabaseOpenReason, message: string, options?: { cause?: unknown }) {
    super('DB_UNAVAILABLE', message);
    this.name = 'DatabaseOpenError';
    this.reason = reason;
    if (options?.cause !== undefined) this.cause = options.cause;
  }
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
