import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BUSY_TIMEOUT_MS,
  closeDatabase,
  DatabaseNewerError,
  DatabaseOpenError,
  LATEST_SCHEMA_VERSION,
  openDatabase,
  readPragmas,
} from '@electron/store';
import { sha256, tempStore, type TempStore } from '../support/store';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.cleanup());

const SAFE_PRAGMAS = { journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: BUSY_TIMEOUT_MS };

describe('opening a new data file', () => {
  it('creates every table at the latest schema version, STRICT, and sound', () => {
    const db = store.open();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; strict: number }[];
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'alerts',
        'catalog',
        'deleted_positions',
        'device_hotspot_hosts',
        'devices',
        'history',
        'households',
        'lines',
        'members',
        'plans',
        'readings',
        'settings',
        'usage_import_changes',
        'usage_imports',
        'whatifs',
      ].sort(),
    );
    expect(tables.every((t) => t.strict === 1)).toBe(true);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('sets the durability pragmas on the first open and again on every reopen', () => {
    const first = store.open();
    expect(readPragmas(first)).toEqual(SAFE_PRAGMAS);
    closeDatabase(first);

    // A file that is already WAL reopens with synchronous=NORMAL unless it is set explicitly.
    const again = store.open();
    expect(readPragmas(again)).toEqual(SAFE_PRAGMAS);
  });

  it('leaves a single file after a clean close', () => {
    closeDatabase(store.open());
    expect(readdirSync(store.dir)).toEqual(['datapool.db']);
  });

  it('starts with no households and no sample data', () => {
    const services = store.services(store.open());
    expect(services.households.list()).toEqual([]);
    expect(services.settings.get()).toEqual({ locale: null, theme: 'system', activeHouseholdId: null });
  });
});

describe('refusing a file it must not touch', () => {
  it('refuses a file from a newer Datapool and leaves it byte-identical, without a -wal', () => {
    const raw = new Database(store.dbPath);
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE future_things (id TEXT)');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = sha256(store.dbPath);
    const filesBefore = readdirSync(store.dir);

    let error: unknown;
    try {
      openDatabase(store.dbPath);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DatabaseNewerError);
    expect((error as DatabaseNewerError).code).toBe('DB_NEWER_VERSION');
    expect((error as Error).message).toContain(`version ${LATEST_SCHEMA_VERSION + 1}`);
    expect((error as Error).message).toContain(`up to version ${LATEST_SCHEMA_VERSION}`);
    expect(sha256(store.dbPath)).toBe(before);
    expect(readdirSync(store.dir)).toEqual(filesBefore);
    expect(existsSync(`${store.dbPath}-wal`)).toBe(false);
  });

  it('refuses a newer file that still has a live WAL, and changes neither file', () => {
    const holder = new Database(store.dbPath);
    holder.pragma('journal_mode = WAL');
    holder.exec('CREATE TABLE future_things (id TEXT)');
    holder.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    const before = sha256(store.dbPath);
    const walBefore = sha256(`${store.dbPath}-wal`);

    expect(() => openDatabase(store.dbPath)).toThrow(DatabaseNewerError);
    expect(sha256(store.dbPath)).toBe(before);
    expect(sha256(`${store.dbPath}-wal`)).toBe(walBefore);
    holder.close();
  });

  it('refuses a file that is not a database, and keeps it as it was', () => {
    const bytes = Buffer.from('these are the notes of a shopping list, not a database\n'.repeat(100));
    writeFileSync(store.dbPath, bytes);
    const before = sha256(store.dbPath);

    expect(() => openDatabase(store.dbPath)).toThrow(DatabaseOpenError);
    try {
      openDatabase(store.dbPath);
    } catch (err) {
      expect((err as DatabaseOpenError).code).toBe('DB_UNAVAILABLE');
      expect((err as DatabaseOpenError).reason).toBe('NOT_A_DB');
    }
    expect(sha256(store.dbPath)).toBe(before);
    expect(readdirSync(store.dir)).toEqual(['datapool.db']);
  });

  it("refuses another program's SQLite database instead of adding tables to it", () => {
    const other = new Database(store.dbPath);
    other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
    other.close();
    const before = sha256(store.dbPath);

    expect(() => openDatabase(store.dbPath)).toThrow(expect.objectContaining({ reason: 'FOREIGN_DB' }));
    expect(sha256(store.dbPath)).toBe(before);
  });

  it('refuses a folder where the data file should be', () => {
    mkdirSync(store.dbPath);
    expect(() => openDatabase(store.dbPath)).toThrow(expect.objectContaining({ reason: 'NOT_A_FILE' }));
  });

  it('refuses a damaged database and leaves it in place', () => {
    const db = store.open();
    const services = store.services(db);
    for (let i = 0; i < 300; i++) services.households.create(`Household ${i} ${'x'.repeat(60)}`);
    closeDatabase(db);
    // Keep the header, cut the rest in half: what an interrupted copy might leave.
    const content = readFileSync(store.dbPath);
    writeFileSync(store.dbPath, content.subarray(0, Math.floor(content.length / 2)));
    const truncated = sha256(store.dbPath);

    expect(() => openDatabase(store.dbPath)).toThrow(expect.objectContaining({ reason: 'CORRUPT' }));
    expect(sha256(store.dbPath)).toBe(truncated);
  });
});

describe('sharing one file', () => {
  it('lets a second connection read and write the same file in WAL mode', () => {
    const first = store.services(store.open());
    const second = store.services(store.open());
    const made = first.households.create('Made in the first window');
    expect(second.households.list().map((h) => h.name)).toEqual(['Made in the first window']);
    second.households.rename(made.id, 'Renamed in the second');
    expect(first.households.list().map((h) => h.name)).toEqual(['Renamed in the second']);
  });

  it('sees what another process commits to the same file', () => {
    const services = store.services(store.open());
    services.households.create('Ours');
    const script = `
      const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
      const db = new Database(${JSON.stringify(store.dbPath)}, { fileMustExist: true, timeout: 5000 });
      db.pragma('journal_mode = WAL');
      db.prepare("INSERT INTO households (id, name, created_at) VALUES ('from-cli', 'Theirs', '2099-01-01T00:00:00.000Z')").run();
      db.close();
    `;
    execFileSync(process.execPath, ['-e', script]);
    expect(services.households.list().map((h) => h.name)).toEqual(['Ours', 'Theirs']);
    expect(existsSync(join(store.dir, 'datapool.db-wal'))).toBe(true);
  });
});
