/**
 * Migration 001 creates the household schema in an empty file. The rows a
 * family enters must fit it exactly, and the constraints must refuse what the
 * API would refuse, so a script or a bug cannot store it either.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '@electron/store';
import { fileAtVersion, rowsOf, sqliteCode, updateToVersion, type OldFile } from './helpers';

let file: OldFile;
beforeEach(() => {
  file = fileAtVersion(0);
});
afterEach(() => file.cleanup());

const GB = 1_000_000_000;

/** The Smiths as a user would enter them: two adults, a teen, their lines, devices and plan. */
function insertSmiths(): void {
  const { db } = file;
  db.prepare(
    "INSERT INTO households (id, name, created_at) VALUES ('h1', 'The Smiths', '2026-11-01T09:00:00.000Z')",
  ).run();
  const member = db.prepare("INSERT INTO members (id, household_id, name, role, position) VALUES (?, 'h1', ?, ?, ?)");
  member.run('m1', 'Alex', 'adult', 0);
  member.run('m2', 'Sam', 'adult', 1);
  member.run('m3', 'Jo', 'teen', 2);
  const line = db.prepare(
    `INSERT INTO lines (id, household_id, name, member_id, cap_bytes, floor_bytes, weight, data_bytes,
       premium_bytes, hotspot_bytes, tier, needs_premium, position)
     VALUES (?, 'h1', ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  );
  line.run('l1', 'Alex phone', 'm1', null, 5 * GB, 1, 20 * GB, 5 * GB, 'Unlimited Plus', 1, 0);
  line.run('l2', 'Jo phone', 'm3', 10 * GB, 2 * GB, 0.5, 8 * GB, null, null, 0, 1);
  const device = db.prepare(
    `INSERT INTO devices (id, household_id, name, kind, owner_id, sim, line_id, monthly_bytes, position)
     VALUES (?, 'h1', ?, ?, ?, ?, ?, ?, ?)`,
  );
  device.run('d1', 'Alex iPhone', 'phone', 'm1', 'esim', 'l1', 12 * GB, 0);
  device.run('d2', 'Family iPad', 'tablet', null, 'none', null, 3 * GB, 1);
  db.prepare("INSERT INTO device_hotspot_hosts (device_id, line_id, position) VALUES ('d2', 'l1', 0)").run();
  db.prepare(
    `INSERT INTO plans (household_id, name, carrier, kind, pool_bytes, cycle_start_day, cycle_length_days,
       cycle_anchor, price_per_line, esim, tiers)
     VALUES ('h1', 'Family pool', 'verizon', 'pool', ?, 15, NULL, NULL, '[65, 55, 45]', 1, '[]')`,
  ).run(50 * GB);
  db.prepare("INSERT INTO readings (id, line_id, date, used_bytes) VALUES ('r1', 'l1', '2026-11-20', ?)").run(7 * GB);
  db.prepare("INSERT INTO history (id, line_id, cycle_start, used_bytes) VALUES ('y1', 'l2', '2026-10-15', ?)").run(
    9 * GB,
  );
  db.prepare(`INSERT INTO settings (key, value) VALUES ('locale', '"zh-CN"')`).run();
}

describe('migration 001 (initial household schema)', () => {
  it('takes an empty file to version 1 and stores a household exactly as entered', () => {
    updateToVersion(file.db, 1);
    expect(schemaVersion(file.db)).toBe(1);
    insertSmiths();

    expect(rowsOf(file.db, 'members', 'position')).toEqual([
      { id: 'm1', household_id: 'h1', name: 'Alex', role: 'adult', position: 0 },
      { id: 'm2', household_id: 'h1', name: 'Sam', role: 'adult', position: 1 },
      { id: 'm3', household_id: 'h1', name: 'Jo', role: 'teen', position: 2 },
    ]);
    expect(
      file.db.prepare("SELECT cap_bytes, floor_bytes, weight, data_bytes FROM lines WHERE id = 'l2'").get(),
    ).toEqual({ cap_bytes: 10 * GB, floor_bytes: 2 * GB, weight: 0.5, data_bytes: 8 * GB });
    expect(file.db.prepare("SELECT pool_bytes, price_per_line FROM plans WHERE household_id = 'h1'").get()).toEqual({
      pool_bytes: 50 * GB,
      price_per_line: '[65, 55, 45]',
    });
    expect(file.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses what the API refuses: unknown enums, fractional or negative bytes, bad dates, broken JSON', () => {
    updateToVersion(file.db, 1);
    insertSmiths();
    const { db } = file;
    const role = (r: string) => () =>
      db.prepare("INSERT INTO members (id, household_id, name, role, position) VALUES ('mx', 'h1', 'X', ?, 9)").run(r);
    expect(sqliteCode(role('grandparent'))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(sqliteCode(() => db.prepare("UPDATE lines SET floor_bytes = 1.5 WHERE id = 'l1'").run())).toMatch(
      /^SQLITE_CONSTRAINT/,
    );
    expect(sqliteCode(() => db.prepare("UPDATE lines SET cap_bytes = -1 WHERE id = 'l1'").run())).toBe(
      'SQLITE_CONSTRAINT_CHECK',
    );
    expect(sqliteCode(() => db.prepare("UPDATE lines SET weight = 0 WHERE id = 'l1'").run())).toBe(
      'SQLITE_CONSTRAINT_CHECK',
    );
    expect(sqliteCode(() => db.prepare("UPDATE readings SET date = '20.11.2026' WHERE id = 'r1'").run())).toBe(
      'SQLITE_CONSTRAINT_CHECK',
    );
    expect(sqliteCode(() => db.prepare("UPDATE plans SET tiers = '{oops' WHERE household_id = 'h1'").run())).toBe(
      'SQLITE_CONSTRAINT_CHECK',
    );
    // A pool plan needs its pool; a plan needs some billing cycle.
    expect(sqliteCode(() => db.prepare("UPDATE plans SET pool_bytes = NULL WHERE household_id = 'h1'").run())).toBe(
      'SQLITE_CONSTRAINT_CHECK',
    );
    expect(
      sqliteCode(() => db.prepare("UPDATE plans SET cycle_start_day = NULL WHERE household_id = 'h1'").run()),
    ).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(
      sqliteCode(() =>
        db
          .prepare(
            "INSERT INTO lines (id, household_id, name, floor_bytes, weight, needs_premium, position) VALUES ('lx', 'nobody', 'X', 0, 1, 0, 0)",
          )
          .run(),
      ),
    ).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
  });

  it('keeps references consistent: removing a member unassigns, deleting a household removes everything', () => {
    updateToVersion(file.db, 1);
    insertSmiths();
    const { db } = file;
    db.prepare("DELETE FROM members WHERE id = 'm1'").run();
    expect(db.prepare("SELECT member_id FROM lines WHERE id = 'l1'").get()).toEqual({ member_id: null });
    expect(db.prepare("SELECT owner_id, line_id FROM devices WHERE id = 'd1'").get()).toEqual({
      owner_id: null,
      line_id: 'l1',
    });
    db.prepare("DELETE FROM lines WHERE id = 'l1'").run();
    expect(rowsOf(db, 'device_hotspot_hosts')).toEqual([]);
    expect(rowsOf(db, 'readings')).toEqual([]);

    db.prepare("DELETE FROM households WHERE id = 'h1'").run();
    for (const table of ['members', 'lines', 'devices', 'plans', 'history', 'deleted_positions']) {
      expect(rowsOf(db, table), table).toEqual([]);
    }
    expect(rowsOf(db, 'settings')).toEqual([{ key: 'locale', value: '"zh-CN"' }]);
  });
});
