/**
 * Copies of the data file. Only SQLite itself may copy a live database: a file
 * copy of the `.db` alone misses commits still in the `-wal` (see
 * research/reliability.md §2.2). Every copy is written under a temporary name,
 * verified with `integrity_check`, and only then renamed to its final name, so
 * a half-written copy never looks like a good backup.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { ReadDb } from './db';
import { DatabaseOpenError } from './errors';

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
