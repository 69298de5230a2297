import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeDatabase,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  MigrationError,
  openDatabase,
  type Migration,
} from '@electron/store';
import { tempStore, type TempStore } from '../support/store';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.cleanup());

const NEXT = LATEST_SCHEMA_VERSION + 1;

/** A migration that changes things and then fails halfway, like a bug in a release. */
const failingMigration: Migration = {
  version: NEXT,
  name: 'broken-upgrade',
  up(db) {
    db.exec('CREATE TABLE half_done (id TEXT) STRICT');
    db.exec("UPDATE households SET name = 'overwritten'");
    throw new Error('disk said no');
  },
};

const addNotes: Migration = {
  version: NEXT,
  name: 'household-notes',
  up(db) {
    db.exec("ALTER TABLE households ADD COLUMN notes TEXT NOT NULL DEFAULT ''");
  },
};

function householdNames(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT name FROM households ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

function seedTwoHouseholds(): void {
  const db = store.open();
  const services = store.services(db);
  services.households.create('The Smiths');
  services.households.create('Grandma');
  closeDatabase(db);
}

describe('upgrading an existing data file', () => {
  it('keeps the previous version and every row when a migration fails', () => {
    seedTwoHouseholds();

    let error: unknown;
    try {
      openDatabase(store.dbPath, { migrations: [...MIGRATIONS, failingMigration] });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).message).toContain('disk said no');
    expect((error as MigrationError).message).toContain(`unchanged at version ${LATEST_SCHEMA_VERSION}`);

    const raw = new Database(store.dbPath, { fileMustExist: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    raw.close();
    expect(householdNames(store.dbPath)).toEqual(['Grandma', 'The Smiths']);

    // The app still opens the file with the migrations it really has.
    const db = store.open();
    expect(store.services(db).households.list()).toHaveLength(2);
  });

  it('takes a verified backup that opens on its own before migrating', () => {
    seedTwoHouseholds();

    expect(() => openDatabase(store.dbPath, { migrations: [...MIGRATIONS, failingMigration] })).toThrow(MigrationError);

    const backups = readdirSync(store.dir).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`^datapool\\.db\\.pre-v${LATEST_SCHEMA_VERSION}-\\d{8}-\\d{6}\\.bak$`));
    const backupPath = join(store.dir, backups[0]!);
    const copy = new Database(backupPath, { readonly: true, fileMustExist: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    copy.close();
    expect(householdNames(backupPath)).toEqual(['Grandma', 'The Smiths']);
  });

  it('applies a new migration, bumps the version and keeps the data', () => {
    seedTwoHouseholds();

    const db = store.open({ migrations: [...MIGRATIONS, addNotes] });
    expect(db.pragma('user_version', { simple: true })).toBe(NEXT);
    expect(db.prepare('SELECT name, notes FROM households ORDER BY name').all()).toEqual([
      { name: 'Grandma', notes: '' },
      { name: 'The Smiths', notes: '' },
    ]);
    expect(readdirSync(store.dir).filter((f) => f.endsWith('.bak'))).toHaveLength(1);
  });

  it('takes no backup when a new file is created or nothing needs migrating', () => {
    closeDatabase(store.open());
    closeDatabase(store.open());
    expect(readdirSync(store.dir).filter((f) => f.includes('.bak'))).toEqual([]);
  });

  it('refuses to migrate a file whose version is ahead of the migrations it has', () => {
    seedTwoHouseholds();
    closeDatabase(store.open({ migrations: [...MIGRATIONS, addNotes] }));
    expect(() => openDatabase(store.dbPath)).toThrow(expect.objectContaining({ code: 'DB_NEWER_VERSION' }));
  });
});
