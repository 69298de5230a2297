/**
 * Data files as an older release left them. A migration test builds a real
 * SQLite file at version N−1 (`fileAtVersion`), writes the rows a household
 * would have had then, migrates it to N with `updateToVersion`, and checks the
 * rows and constraints that come out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { schemaVersion, updateToVersion, type Db } from '@electron/store';
import { asDb } from '@electron/store/db';

export { updateToVersion };

export interface OldFile {
  db: Db;
  path: string;
  dir: string;
  cleanup(): void;
}

/** A new data file, with the app's connection settings, migrated to exactly `version`. */
export function fileAtVersion(version: number): OldFile {
  const dir = mkdtempSync(join(tmpdir(), 'datapool-migration-'));
  const path = join(dir, 'datapool.db');
  const db = asDb(new Database(path));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  updateToVersion(db, version);
  if (schemaVersion(db) !== version) throw new Error(`expected version ${version}, got ${schemaVersion(db)}`);
  return {
    db,
    path,
    dir,
    cleanup() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of `table`, in a stable order (by its first two columns unless told), for before/after comparisons. */
export function rowsOf(db: Db, table: string, orderBy = '1, 2'): unknown[] {
  return db.prepare(`SELECT * FROM ${table} ORDER BY ${orderBy}`).all();
}

/** The SQLite error code a statement fails with (or 'ok' when it succeeds). */
export function sqliteCode(work: () => unknown): string {
  try {
    work();
    return 'ok';
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return typeof code === 'string' ? code : String(err);
  }
}
