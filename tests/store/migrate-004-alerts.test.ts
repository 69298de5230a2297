import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, MIGRATIONS } from '@electron/store';
import { tempStore, type TempStore } from '../support/store';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.cleanup());

const ALERTS_VERSION = 4;

/** A real file at the version before alerts, with a household and a setting in it. */
function fileBeforeAlerts(): void {
  const db = store.open({ migrations: MIGRATIONS.slice(0, ALERTS_VERSION - 1) });
  expect(db.pragma('user_version', { simple: true })).toBe(ALERTS_VERSION - 1);
  db.prepare(
    "INSERT INTO households (id, name, created_at) VALUES ('h1', 'The Smiths', '2026-11-01T10:00:00.000Z')",
  ).run();
  db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run();
  closeDatabase(db);
}

describe('upgrading a data file to the alerts version', () => {
  it('adds the alerts table and keeps every household and setting', () => {
    fileBeforeAlerts();
    const db = store.open({ migrations: MIGRATIONS.slice(0, ALERTS_VERSION) });
    expect(db.pragma('user_version', { simple: true })).toBe(ALERTS_VERSION);
    expect(db.prepare('SELECT id, name FROM households').all()).toEqual([{ id: 'h1', name: 'The Smiths' }]);
    expect(db.prepare('SELECT key, value FROM settings').all()).toEqual([{ key: 'theme', value: '"dark"' }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM alerts').get()).toEqual({ n: 0 });
    closeDatabase(db);
  });

  it('stores one row per household and key, and drops a household’s alerts with it', () => {
    fileBeforeAlerts();
    closeDatabase(store.open());
    const raw = new Database(store.dbPath);
    raw.pragma('foreign_keys = ON');
    const insert = raw.prepare(
      `INSERT INTO alerts (household_id, key, rule, severity, line_id, values_json, created_at)
       VALUES ('h1', ?, 'pool-threshold', 'warning', NULL, ?, '2026-11-24T10:00:00.000Z')`,
    );
    insert.run('pool-threshold:pool:2026-11-05:75', '{"percent":75}');
    expect(() => insert.run('pool-threshold:pool:2026-11-05:75', '{"percent":75}')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('other', '[1]')).toThrow(/CHECK/);
    expect(() =>
      raw
        .prepare(
          `INSERT INTO alerts (household_id, key, rule, severity, values_json, created_at)
           VALUES ('h1', 'x', 'pool-threshold', 'loud', '{}', 'now')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    raw.prepare("DELETE FROM households WHERE id = 'h1'").run();
    expect(raw.prepare('SELECT COUNT(*) AS n FROM alerts').get()).toEqual({ n: 0 });
    raw.close();
  });
});
