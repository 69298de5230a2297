/**
 * Copies of the data file. Only SQLite itself may copy a live database: a file
 * copy of the `.db` alone misses commits still in the `-wal` (see
 * research/reliability.md §2.2). Every copy is written under a temporary name,
 * verified with `integrity_check`, and only then renamed to its final name, so
 * a half-written copy never looks like a good backup.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { ReadDb } from './db';
import { DatabaseOpenError } from './errors';
import { headerSchemaVersion, oneLine } from './open';

/** `YYYYMMDD-HHMMSS` in local time: what a user expects to read in a file name. */
export function fileTimestamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-` +
    `${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`
  );
}

/** `path`, or `path` with `-2`, `-3`… before its extension when a file of that name exists. */
export function freePath(path: string, extension: string): string {
  const stem = path.endsWith(extension) ? path.slice(0, -extension.length) : path;
  let candidate = `${stem}${extension}`;
  for (let n = 2; existsSync(candidate) || existsSync(`${candidate}.tmp`); n++) {
    candidate = `${stem}-${n}${extension}`;
  }
  return candidate;
}

/**
 * Opens a copy on its own, runs `integrity_check`, and leaves it as a single
 * self-contained file (rollback journal, no `-wal` needed). Throws when it is
 * not a sound database.
 */
export function verifyDatabaseCopy(path: string): void {
  let copy: Database.Database | null = null;
  try {
    copy = new Database(path, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') {
      throw new DatabaseOpenError('CORRUPT', `The copy ${path} failed its integrity check: ${String(result)}`);
    }
  } finally {
    copy?.close();
  }
}

const PAGES_PER_STEP = 100;

/** Writes with `write` into `tmp`, syncs and verifies it, then renames it to `target`; a failed copy is removed. */
function publishVerified(tmp: string, target: string, write: () => void): number {
  try {
    write();
    fsyncFile(tmp);
    verifyDatabaseCopy(tmp);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  renameSync(tmp, target);
  return statSync(target).size;
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A consistent, verified copy taken synchronously with `VACUUM INTO` (used
 * before migrations, which run while the app is starting and cannot await).
 * Returns the copy's size in bytes.
 */
export function snapshotTo(db: ReadDb, targetPath: string): number {
  const tmp = `${targetPath}.tmp`;
  return publishVerified(tmp, targetPath, () => {
    db.prepare('VACUUM INTO ?').run(tmp);
  });
}

/**
 * An online backup with SQLite's backup API, reporting progress in pages.
 * Returns the verified copy's size in bytes.
 */
export async function onlineBackupTo(
  db: ReadDb,
  targetPath: string,
  onProgress?: (donePages: number, totalPages: number) => void,
): Promise<number> {
  const tmp = `${targetPath}.tmp`;
  try {
    const result = await db.backup(tmp, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    });
    onProgress?.(result.totalPages, result.totalPages);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return publishVerified(tmp, targetPath, () => undefined);
}

export interface BackupFile {
  /** The file name; unique among the backups of one data file. */
  id: string;
  path: string;
  /** When the copy was written (the file's modification time), ISO. */
  createdAt: string;
  bytes: number;
  /** Read from the copy's header; null when it is not an SQLite file. */
  schemaVersion: number | null;
  kind: 'manual' | 'before-restore' | 'before-upgrade';
}

export function backupsFolderOf(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/**
 * The backups of one data file, newest first: the copies in its `backups`
 * folder (made from the Data page, or before a restore) and the copies taken
 * next to it before a schema upgrade.
 */
export function listBackupFiles(dbPath: string): BackupFile[] {
  const found: BackupFile[] = [];
  const add = (path: string, kind: BackupFile['kind']) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (!stat.isFile() || stat.size === 0) return;
    found.push({
      id: basename(path),
      path,
      createdAt: stat.mtime.toISOString(),
      bytes: stat.size,
      schemaVersion: headerSchemaVersion(path),
      kind,
    });
  };
  const folder = backupsFolderOf(dbPath);
  if (existsSync(folder)) {
    for (const name of readdirSync(folder)) {
      if (name.endsWith('.db')) add(join(folder, name), name.includes('-before-restore') ? 'before-restore' : 'manual');
    }
  }
  const stem = `${basename(dbPath)}.pre-v`;
  for (const name of readdirSync(dirname(dbPath))) {
    if (name.startsWith(stem) && name.endsWith('.bak')) add(join(dirname(dbPath), name), 'before-upgrade');
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/**
 * Checks a backup before it replaces the data file: on a private copy (the
 * backup itself is never changed), a full `integrity_check`, a schema version
 * this app can open, and Datapool's own tables. Returns its schema version.
 */
export function verifyBackupFile(path: string, latest: number): number {
  const scratch = mkdtempSync(join(tmpdir(), 'datapool-restore-'));
  const copy = join(scratch, 'check.db');
  let reader: Database.Database | null = null;
  const refuse = (why: string) =>
    new DatabaseOpenError('CORRUPT', `The backup ${path} cannot be restored: ${why}. Nothing was changed.`);
  try {
    copyFileSync(path, copy);
    try {
      reader = new Database(copy, { fileMustExist: true });
      const version = reader.pragma('user_version', { simple: true }) as number;
      if (version > latest) {
        throw refuse(`it was made by a newer Datapool (schema version ${version}; this app supports up to ${latest})`);
      }
      const result = reader.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw refuse(`it is damaged (${oneLine(result)})`);
      const hasHouseholds = reader
        .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'households'")
        .get();
      if (version < 1 || !hasHouseholds) throw refuse('it is not a Datapool data file');
      return version;
    } catch (err) {
      if (err instanceof DatabaseOpenError) throw err;
      throw refuse('it is not a readable SQLite database');
    }
  } finally {
    reader?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Puts a copy of `source` in place of the (closed) data file: written under a
 * temporary name and synced first, so a crash leaves either the old file or
 * the new one. Stale `-wal`/`-shm` would be replayed over the restored file, so
 * they go; the caller only calls this after a clean, checkpointed close.
 */
export function replaceDataFile(dbPath: string, source: string): void {
  const tmp = `${dbPath}.restore.tmp`;
  try {
    copyFileSync(source, tmp);
    fsyncFile(tmp);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  rmSync(`${dbPath}-wal`, { force: true });
  rmSync(`${dbPath}-shm`, { force: true });
  renameSync(tmp, dbPath);
}
