/**
 * Migration 002 adds the carrier catalog, seeded from the catalog frozen
 * beside it. A household file from version 1 must come through with every row
 * intact and a complete built-in catalog; the newest built-in catalog then
 * reaches the file through the refresh at open, as it always did.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeDatabase,
  LATEST_SCHEMA_VERSION,
  openDatabase,
  schemaVersion,
  type MigrationReport,
} from '@electron/store';
import { listCatalog, storedCatalogVersion } from '@electron/store/repos/catalog';
import { BUILTIN_CATALOG, CATALOG_VERSION } from '@shared/catalog/carriers';
import seed from '@electron/store/migrations/002-catalog.seed.json';
import { tempStore } from '../../support/store';
import { fileAtVersion, rowsOf, sqliteCode, updateToVersion, type OldFile } from './helpers';

let file: OldFile;
beforeEach(() => {
  file = fileAtVersion(1);
});
afterEach(() => file.cleanup());

const GB = 1_000_000_000;

function insertVersion1Household(): void {
  const { db } = file;
  db.prepare(
    "INSERT INTO households (id, name, created_at) VALUES ('h1', 'The Smiths', '2026-11-01T09:00:00.000Z')",
  ).run();
  db.prepare(
    "INSERT INTO members (id, household_id, name, role, position) VALUES ('m1', 'h1', 'Alex', 'adult', 0)",
  ).run();
  db.prepare(
    `INSERT INTO lines (id, household_id, name, member_id, cap_bytes, floor_bytes, weight, data_bytes,
       premium_bytes, hotspot_bytes, tier, needs_premium, position)
     VALUES ('l1', 'h1', 'Alex phone', 'm1', NULL, ?, 1, ?, NULL, NULL, NULL, 0, 0)`,
  ).run(5 * GB, 20 * GB);
  db.prepare(
    `INSERT INTO plans (household_id, name, carrier, kind, pool_bytes, cycle_start_day, cycle_length_days,
       cycle_anchor, price_per_line, esim, tiers)
     VALUES ('h1', 'Mint 4 lines', 'mint', 'per-line', NULL, NULL, 30, '2026-11-03', '[15]', 1, '[]')`,
  ).run();
  db.prepare("INSERT INTO readings (id, line_id, date, used_bytes) VALUES ('r1', 'l1', '2026-11-20', ?)").run(7 * GB);
  db.prepare(`INSERT INTO settings (key, value) VALUES ('locale', '"en"')`).run();
}

const TABLES_OF_VERSION_1 = ['households', 'members', 'lines', 'plans', 'readings', 'settings'];

describe('migration 002 (carrier catalog)', () => {
  it('keeps every version-1 row and seeds the frozen built-in catalog in order', () => {
    insertVersion1Household();
    const before = TABLES_OF_VERSION_1.map((t) => rowsOf(file.db, t));

    updateToVersion(file.db, 2);

    expect(schemaVersion(file.db)).toBe(2);
    expect(TABLES_OF_VERSION_1.map((t) => rowsOf(file.db, t))).toEqual(before);
    const rows = file.db
      .prepare(
        'SELECT id, builtin_json, builtin_version, patch_json, user_json, position FROM catalog ORDER BY position',
      )
      .all() as { id: string; builtin_json: string; builtin_version: number; position: number }[];
    expect(rows.map((r) => r.id)).toEqual(seed.carriers.map((c) => c.id));
    expect(rows.map((r) => r.position)).toEqual(seed.carriers.map((_, i) => i));
    for (const row of rows) {
      expect(row).toMatchObject({ builtin_version: seed.catalogVersion, patch_json: null, user_json: null });
      // Every seeded entry is that carrier as the catalog of schema version 2 described it; the refresh at
      // open replaces it with the current built-in catalog (next test).
      expect(JSON.parse(row.builtin_json)).toMatchObject({ id: row.id, name: expect.any(String) });
    }
    expect(file.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('seeds from data frozen when it shipped', () => {
    // Files upgraded in different releases must get the same rows, so the seed
    // is never edited; a newer catalog ships as a CATALOG_VERSION bump instead.
    const digest = createHash('sha256').update(JSON.stringify(seed)).digest('hex');
    expect(digest).toBe('638bbe7ef51e907014b50958dcdea9d219780b7ee33661c074df7896c350d308');
    expect(seed.catalogVersion).toBe(1);
  });

  it('refuses catalog rows that are neither clearly built in nor clearly the user’s', () => {
    updateToVersion(file.db, 2);
    const insert = (builtin: string | null, version: number | null, patch: string | null, user: string | null) => () =>
      file.db
        .prepare(
          `INSERT INTO catalog (id, builtin_json, builtin_version, patch_json, user_json, position, updated_at)
           VALUES ('acme', ?, ?, ?, ?, 99, '2026-12-01T00:00:00.000Z')`,
        )
        .run(builtin, version, patch, user);
    expect(sqliteCode(insert('{}', 1, null, '{}'))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(sqliteCode(insert(null, null, null, null))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(sqliteCode(insert(null, null, '{"name":"x"}', '{}'))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(sqliteCode(insert('{}', 1, '[1]', null))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(sqliteCode(insert(null, null, null, 'not json'))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(sqliteCode(insert(null, null, null, '{"id":"acme"}'))).toBe('ok');
    expect(sqliteCode(insert(null, null, null, '{"id":"acme"}'))).toBe('SQLITE_CONSTRAINT_PRIMARYKEY');
  });

  it('is applied by the app to a version-1 file, with a backup, leaving the current built-in catalog', () => {
    insertVersion1Household();
    file.db.close();

    let report: MigrationReport | undefined;
    const db = openDatabase(file.path, { onMigrated: (r) => (report = r) });
    try {
      expect(report).toMatchObject({ fromVersion: 1, toVersion: LATEST_SCHEMA_VERSION });
      expect(report?.backupPath && existsSync(report.backupPath)).toBe(true);
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare('SELECT name FROM households').all()).toEqual([{ name: 'The Smiths' }]);
      expect(storedCatalogVersion(db)).toBe(CATALOG_VERSION);
      const builtins = listCatalog(db).filter((r) => r.source === 'builtin');
      expect(builtins.map((r) => r.builtin)).toEqual([...BUILTIN_CATALOG]);
    } finally {
      closeDatabase(db);
    }
  });
});

describe('a freshly created data file', () => {
  it('holds the current built-in catalog exactly as the app ships it', () => {
    const store = tempStore();
    try {
      const db = store.open();
      expect(storedCatalogVersion(db)).toBe(CATALOG_VERSION);
      const rows = db.prepare('SELECT id, builtin_json, patch_json, user_json FROM catalog ORDER BY position').all();
      // Byte for byte what seeding from the live catalog writes, so nothing changed for new files.
      expect(rows).toEqual(
        BUILTIN_CATALOG.map((c) => ({ id: c.id, builtin_json: JSON.stringify(c), patch_json: null, user_json: null })),
      );
    } finally {
      store.cleanup();
    }
  });
});
