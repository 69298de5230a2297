import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, MIGRATIONS } from '@electron/store';
import { tempStore, type TempStore } from '../support/store';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.cleanup());

/** A real version-2 file with the duplicate readings version 2 allowed ("Add reading" pressed twice). */
function buildVersion2File(): void {
  closeDatabase(store.open({ migrations: MIGRATIONS.slice(0, 2) }));
  const raw = new Database(store.dbPath);
  raw.exec(`
    INSERT INTO households (id, name, created_at) VALUES ('h1', 'Grandma', '2026-11-01T00:00:00Z');
    INSERT INTO lines (id, household_id, name, member_id, floor_bytes, weight, needs_premium, position)
      VALUES ('l1', 'h1', 'Grandma', NULL, 0, 1, 0, 0), ('l2', 'h1', 'Tablet', NULL, 0, 1, 0, 1);
    INSERT INTO readings (id, line_id, date, used_bytes) VALUES
      ('r1', 'l1', '2026-12-01', 900000000),
      ('r2', 'l1', '2026-12-01', 900000000),
      ('r3', 'l1', '2026-12-01', 1000000000),
      ('r4', 'l1', '2026-11-28', 500000000),
      ('r5', 'l2', '2026-12-01', 200000000);
  `);
  expect(raw.pragma('user_version', { simple: true })).toBe(2);
  raw.close();
}

describe('migration 003 (usage)', () => {
  it('keeps the last of several readings per line per date, then allows one per date only', () => {
    buildVersion2File();
    const db = store.open({ migrations: MIGRATIONS.slice(0, 3) });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT id, line_id, date, used_bytes FROM readings ORDER BY line_id, date').all()).toEqual([
      { id: 'r4', line_id: 'l1', date: '2026-11-28', used_bytes: 500000000 },
      { id: 'r3', line_id: 'l1', date: '2026-12-01', used_bytes: 1000000000 },
      { id: 'r5', line_id: 'l2', date: '2026-12-01', used_bytes: 200000000 },
    ]);
    expect(() =>
      db.prepare("INSERT INTO readings (id, line_id, date, used_bytes) VALUES ('r6', 'l1', '2026-12-01', 1)").run(),
    ).toThrow(/UNIQUE/);
  });

  it('adds an empty phone number to every line, and the import tables', () => {
    buildVersion2File();
    const db = store.open();
    expect(db.prepare('SELECT id, name, number FROM lines ORDER BY position').all()).toEqual([
      { id: 'l1', name: 'Grandma', number: null },
      { id: 'l2', name: 'Tablet', number: null },
    ]);
    const line = store.services(db).households.get('h1').lines[0];
    expect(line).toMatchObject({ name: 'Grandma', number: null });
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'usage_%'").all();
    expect(tables).toEqual(expect.arrayContaining([{ name: 'usage_imports' }, { name: 'usage_import_changes' }]));
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
