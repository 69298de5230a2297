/**
 * Opening and closing the data file.
 *
 * Order matters: the file's schema version is read before anything can write
 * to it, so a file from a newer Datapool is refused byte-for-byte untouched;
 * a file that is not a Datapool database is refused, never deleted or
 * overwritten. Only then is it opened for writing, its pragmas set and read
 * back (see research/reliability.md §0.2: WAL's `synchronous` default differs
 * between the first open and later ones), and migrated.
 */
import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { asDb, type Db, type ReadDb } from './db';
import { DatabaseNewerError, DatabaseOpenError, type DatabaseOpenReason } from './errors';
import { latestVersion, migrate, type MigrationReport } from './migrate';
import { refreshBuiltinCatalog } from './catalogRefresh';
import { MIGRATIONS, type Migration } from './migrations';

export const BUSY_TIMEOUT_MS = 5000;

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
  if (existing !== null && existing > 0) {
    const version = readSchemaVersionWithoutWriting(path);
    if (version > latest) throw new DatabaseNewerError(path, version, latest);
  }

  let db: Db;
  try {
    db = asDb(new Database(path, { fileMustExist: existing !== null, timeout: BUSY_TIMEOUT_MS }));
  } catch (cause) {
    throw openError(path, cause);
  }
  try {
    if (existing !== null && existing > 0) checkExistingFile(db, path);
    configure(db);
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

/** Checkpoints the WAL into the main file, so a user who copies the data file copies everything. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

export function readPragmas(db: ReadDb): Pragmas {
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    foreignKeys: Number(db.pragma('foreign_keys', { simple: true })),
    busyTimeout: Number(db.pragma('busy_timeout', { simple: true })),
  };
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
        `The data file could not be set up safely: ${key} is ${String(actual[key])}, expected ${String(REQUIRED[key])}.`,
      );
    }
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
  return stat.size;
}

const HEADER_BYTES = 100;
const MAGIC = 'SQLite format 3\0';

/**
 * The file's `user_version`, read without creating or changing any file.
 * A read-only SQLite connection to a WAL database creates `-wal` and `-shm`
 * when they are missing (and leaves them behind), so in that case the version
 * is read from the database header (bytes 60–63), which is authoritative when
 * there is no WAL. With a WAL present, a read-only connection reads through it.
 */
function readSchemaVersionWithoutWriting(path: string): number {
  if (!existsSync(`${path}-wal`)) {
    const header = Buffer.alloc(HEADER_BYTES);
    const fd = openSync(path, 'r');
    let read: number;
    try {
      read = readSync(fd, header, 0, HEADER_BYTES, 0);
    } finally {
      closeSync(fd);
    }
    if (read < HEADER_BYTES || header.toString('latin1', 0, MAGIC.length) !== MAGIC) {
      throw notADatabase(path);
    }
    return header.readUInt32BE(60);
  }
  let reader: Database.Database | null = null;
  try {
    reader = new Database(path, { readonly: true, fileMustExist: true });
    return reader.pragma('user_version', { simple: true }) as number;
  } catch (cause) {
    throw openError(path, cause);
  } finally {
    reader?.close();
  }
}

/** Refuses a damaged file, or an SQLite file that belongs to another program. */
function checkExistingFile(db: Db, path: string): void {
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') {
    throw new DatabaseOpenError(
      'CORRUPT',
      `The data file ${path} is damaged (${String(check)}). It was left as it is; restore a backup.`,
    );
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  const objects = db
    .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .get() as {
    n: number;
  };
  if (version === 0 && objects.n > 0) {
    throw new DatabaseOpenError(
      'FOREIGN_DB',
      `${path} is an SQLite database of another program, not a Datapool data file. It was left as it is.`,
    );
  }
}

function notADatabase(path: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'NOT_A_DB',
    `${path} is not a Datapool data file (not an SQLite database). It was left as it is.`,
  );
}

function openError(path: string, cause: unknown): DatabaseOpenError {
  if (cause instanceof DatabaseOpenError) return cause;
  const code = (cause as { code?: unknown } | null)?.code;
  const reasons: Record<string, DatabaseOpenReason> = {
    SQLITE_NOTADB: 'NOT_A_DB',
    SQLITE_CORRUPT: 'CORRUPT',
    SQLITE_READONLY: 'READ_ONLY',
    SQLITE_CANTOPEN: 'IO',
  };
  const reason = (typeof code === 'string' && reasons[code]) || 'IO';
  const messages: Record<DatabaseOpenReason, string> = {
    NOT_A_DB: `${path} is not a Datapool data file (not an SQLite database). It was left as it is.`,
    CORRUPT: `The data file ${path} is damaged. It was left as it is; restore a backup.`,
    READ_ONLY: `The data file ${path} cannot be written (read-only file or folder).`,
    FOREIGN_DB: `${path} is not a Datapool data file.`,
    NOT_A_FILE: `${path} is not a file.`,
    IO: `The data file ${path} could not be opened.`,
  };
  return new DatabaseOpenError(reason, messages[reason], { cause });
}
