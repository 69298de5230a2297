/**
 * Opening and closing the data file.
 *
 * A file we refuse is never changed. So an existing file is first examined on
 * a private copy (the file and its `-wal`, copied byte for byte into a
 * temporary folder): its header, schema version, whether it is a Datapool
 * file at all, and `quick_check`. Opening the real file read-write, even
 * read-only, could replay or checkpoint its `-wal` or rewrite its `-shm`.
 * Only a file that passes is opened for writing, its pragmas set and read back
 * (WAL's `synchronous` default differs between the first open and later
 * ones), the write lock probed, and the schema migrated.
 */
import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { asDb, type Db, type ReadDb } from './db';
import {
  DatabaseNewerError,
  DatabaseOpenError,
  isDiskFullError,
  isLockError,
  lockedError,
  type DatabaseOpenReason,
} from './errors';
import { latestVersion, migrate, type MigrationReport } from './migrate';
import { refreshBuiltinCatalog } from './catalogRefresh';
import { MIGRATIONS, type Migration } from './migrations';

/**
 * Short on purpose: better-sqlite3 waits for a lock synchronously, so a long
 * timeout would stall every other call. A lock still held after this long is
 * reported as DB_LOCKED instead.
 */
export const BUSY_TIMEOUT_MS = 300;

export interface Pragmas {
  journalMode: string;
  /** 2 = FULL: a commit survives power loss, not only an app crash. */
  synchronous: number;
  foreignKeys: number;
  busyTimeout: number;
}

const REQUIRED: Pragmas = { journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: BUSY_TIMEOUT_MS };

export interface OpenOptions {
  /** The migration list; tests append a failing one. */
  migrations?: readonly Migration[];
  now?: () => Date;
  /** Told what migrating did (from/to version, backup path). */
  onMigrated?: (report: MigrationReport) => void;
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = latestVersion(migrations);
  const existing = existingFileSize(path);
  if (existing !== null) inspectWithoutTouching(path, existing, latest);
  else prepareDataFolder(path);

  let db: Db;
  try {
    db = asDb(new Database(path, { fileMustExist: existing !== null, timeout: BUSY_TIMEOUT_MS }));
  } catch (cause) {
    throw openError(path, cause);
  }
  try {
    configure(db);
    probeWriteLock(db, path);
    const report = migrate(db, migrations, { dbPath: path, now: options.now });
    options.onMigrated?.(report);
    refreshBuiltinCatalog(db);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('SQLITE_')) {
      throw openError(path, err);
    }
    throw err;
  }
}

export interface CloseReport {
  /** False when the final checkpoint failed; the `-wal` then stays and SQLite replays it at the next open. */
  checkpointed: boolean;
  /** One sentence for the user when something went wrong. */
  problem?: string;
}

/**
 * Checkpoints the WAL into the main file, so a user who copies the data file
 * copies everything. A failed checkpoint (a full disk, say) is reported, not
 * thrown: the connection still closes, and the WAL, which holds every
 * committed change, stays in place.
 */
export function closeDatabase(db: Db, checkpoint: (db: Db) => void = truncateCheckpoint): CloseReport {
  if (!db.open) return { checkpointed: true };
  let report: CloseReport = { checkpointed: true };
  try {
    checkpoint(db);
  } catch (err) {
    const path = db.name;
    report = {
      checkpointed: false,
      problem: isDiskFullError(err)
        ? `The disk holding ${path} is full, so its latest changes stay in ${path}-wal; nothing is lost, and they are applied the next time Datapool opens the file.`
        : `The data file ${path} could not be tidied up at shutdown, so its latest changes stay in ${path}-wal; nothing is lost, and they are applied the next time Datapool opens the file.`,
    };
  }
  try {
    db.close();
  } catch {
    // Closing only fails on a pending statement; the connection is gone either way.
  }
  return report;
}

function truncateCheckpoint(db: Db): void {
  const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (row && row.busy !== 0) throw Object.assign(new Error('checkpoint blocked'), { code: 'SQLITE_BUSY' });
}

export function readPragmas(db: ReadDb): Pragmas {
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    foreignKeys: Number(db.pragma('foreign_keys', { simple: true })),
    busyTimeout: Number(db.pragma('busy_timeout', { simple: true })),
  };
}

/** The full `integrity_check`: an empty list when the file is sound, else SQLite's findings (at most `limit`). */
export function integrityProblems(db: ReadDb, limit = 20): string[] {
  const rows = db.pragma(`integrity_check(${Math.max(1, Math.floor(limit))})`) as { integrity_check: string }[];
  const problems = rows.map((r) => r.integrity_check);
  return problems.length === 1 && problems[0] === 'ok' ? [] : problems;
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const actual = readPragmas(db);
  for (const key of Object.keys(REQUIRED) as (keyof Pragmas)[]) {
    if (actual[key] !== REQUIRED[key]) {
      throw new DatabaseOpenError(
        'IO',
        `The data file ${db.name} could not be set up safely: ${key} is ${String(actual[key])}, expected ${String(REQUIRED[key])}.`,
      );
    }
  }
}

/** Takes and drops the write lock once, so a file another program holds is reported at start, not at the first save. */
function probeWriteLock(db: Db, path: string): void {
  try {
    db.prepare('BEGIN IMMEDIATE').run();
    db.prepare('ROLLBACK').run();
  } catch (cause) {
    if (db.inTransaction) db.prepare('ROLLBACK').run();
    if (isLockError(cause)) throw lockedError(path, cause);
    throw cause;
  }
}

/** Size of the file at `path`, null when there is none; refuses anything that is not a regular file. */
function existingFileSize(path: string): number | null {
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (!stat.isFile()) {
    throw new DatabaseOpenError('NOT_A_FILE', `${path} is not a file, so it cannot be the data file.`);
  }
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch (cause) {
    // SQLite would quietly open it read-only, and every later save would fail.
    throw new DatabaseOpenError('READ_ONLY', `The data file ${path} cannot be written (read-only file).`, { cause });
  }
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch (cause) {
    // SQLite needs to create the -wal and -shm next to the file.
    throw folderNotWritable(path, cause);
  }
  return stat.size;
}

/** Creates the folder of a new data file, saying plainly why when it cannot. */
export function prepareDataFolder(path: string): void {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    if (code === 'ENOSPC') throw diskFull(path, cause);
    if (code === 'ENOTDIR' || code === 'EEXIST') {
      throw new DatabaseOpenError('NOT_A_FILE', `The folder for the data file ${path} is not a folder.`, { cause });
    }
    throw folderNotWritable(path, cause);
  }
}

/** Why the lock file next to the data file could not be written, in the same words as the data file's own errors. */
export function lockFileError(path: string, cause: unknown): DatabaseOpenError {
  if (cause instanceof DatabaseOpenError) return cause;
  if (isDiskFullError(cause)) return diskFull(path, cause);
  return folderNotWritable(path, cause);
}

function folderNotWritable(path: string, cause: unknown): DatabaseOpenError {
  return new DatabaseOpenError(
    'FOLDER_NOT_WRITABLE',
    `The folder ${dirname(path)} cannot be written (or created), so the data file ${path} cannot be saved there.`,
    { cause },
  );
}

function diskFull(path: string, cause: unknown): DatabaseOpenError {
  return new DatabaseOpenError(
    'DISK_FULL',
    `The disk holding ${path} is full; free some space and start Datapool again.`,
    { cause },
  );
}

const HEADER_BYTES = 100;
const MAGIC = 'SQLite format 3\0';

function readHeader(path: string): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, header, 0, HEADER_BYTES, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The schema version in a single-file database's header (bytes 60–63), or null when it is not SQLite. */
export function headerSchemaVersion(path: string): number | null {
  const header = readHeader(path);
  if (header.length < HEADER_BYTES || header.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  return header.readUInt32BE(60);
}

/**
 * Refuses an empty file, a file that is not SQLite, a newer Datapool's file,
 * another program's database and a damaged one, having read the real file
 * only through byte copies.
 */
function inspectWithoutTouching(path: string, size: number, latest: number): void {
  if (size === 0) {
    throw new DatabaseOpenError(
      'EMPTY',
      `The data file ${path} is empty (0 bytes), so it holds no Datapool data; it was left as it is.`,
    );
  }
  const headerVersion = headerSchemaVersion(path);
  if (headerVersion === null) throw notADatabase(path);
  const hasWal = existsSync(`${path}-wal`);
  // Without a -wal the header is authoritative: a newer file is refused before anything else reads it.
  if (!hasWal && headerVersion > latest) throw new DatabaseNewerError(path, headerVersion, latest);

  let scratch: string;
  try {
    scratch = mkdtempSync(join(tmpdir(), 'datapool-check-'));
  } catch (cause) {
    throw new DatabaseOpenError('IO', `The data file ${path} could not be checked (no room for a temporary copy).`, {
      cause,
    });
  }
  const copy = join(scratch, 'check.db');
  let reader: Database.Database | null = null;
  try {
    copyFileSync(path, copy);
    if (hasWal) copyFileSync(`${path}-wal`, `${copy}-wal`);
    reader = new Database(copy, { fileMustExist: true });
    const version = reader.pragma('user_version', { simple: true }) as number;
    if (version > latest) throw new DatabaseNewerError(path, version, latest);
    const check = reader.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new DatabaseOpenError(
        'CORRUPT',
        `The data file ${path} is damaged (${oneLine(check)}); it was left as it is, so restore a backup.`,
      );
    }
    const names = (
      reader.prepare("SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    // A Datapool file at version ≥ 1 always has its households table; version 0 with tables is someone else's.
    if ((version === 0 && names.length > 0) || (version > 0 && !names.includes('households'))) {
      throw new DatabaseOpenError(
        'FOREIGN_DB',
        `${path} is an SQLite database of another program, not a Datapool data file; it was left as it is.`,
      );
    }
  } catch (cause) {
    if (cause instanceof DatabaseOpenError || cause instanceof DatabaseNewerError) throw cause;
    throw openError(path, cause);
  } finally {
    try {
      reader?.close();
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}

/** SQLite's finding, shortened to fit in one sentence. */
export function oneLine(text: unknown): string {
  return String(text)
    .replace(/\s*\n\s*/g, ' / ')
    .slice(0, 200);
}

function notADatabase(path: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'NOT_A_DB',
    `${path} is not a Datapool data file (not an SQLite database); it was left as it is.`,
  );
}

/** One sentence naming the cause and the file, for anything SQLite or the file system threw while opening. */
export function openError(path: string, cause: unknown): DatabaseOpenError {
  if (cause instanceof DatabaseOpenError) return cause;
  if (isLockError(cause)) return lockedError(path, cause);
  if (isDiskFullError(cause)) return diskFull(path, cause);
  const code = (cause as { code?: unknown } | null)?.code;
  const reasons: Record<string, DatabaseOpenReason> = {
    SQLITE_NOTADB: 'NOT_A_DB',
    SQLITE_CORRUPT: 'CORRUPT',
    SQLITE_READONLY: 'READ_ONLY',
    EACCES: 'READ_ONLY',
    EPERM: 'READ_ONLY',
    EROFS: 'READ_ONLY',
  };
  const reason = (typeof code === 'string' && reasons[code]) || 'IO';
  const messages: Partial<Record<DatabaseOpenReason, string>> = {
    NOT_A_DB: `${path} is not a Datapool data file (not an SQLite database); it was left as it is.`,
    CORRUPT: `The data file ${path} is damaged; it was left as it is, so restore a backup.`,
    READ_ONLY: `The data file ${path} cannot be written (read-only file or folder).`,
  };
  return new DatabaseOpenError(
    reason,
    messages[reason] ?? `The data file ${path} could not be opened (the system refused it).`,
    { cause },
  );
}
