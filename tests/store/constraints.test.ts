/**
 * The schema is the last line of defence: values that bypass the API's
 * validation (a script, a bug) are still refused by STRICT types and CHECKs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@electron/store';
import { tempStore, type TempStore } from '../support/store';

let store: TempStore;
let db: Db;
beforeEach(() => {
  store = tempStore();
  db = store.open();
  db.exec(`
    INSERT INTO households (id, name, created_at) VALUES ('h1', 'Home', '2026-01-01T00:00:00.000Z');
    INSERT INTO lines (id, household_id, name, floor_bytes, weight, needs_premium, position)
      VALUES ('l1', 'h1', 'Mom', 0, 1, 0, 0);
  `);
});
afterEach(() => store.cleanup());

const reading =
  (usedBytes: unknown, date: unknown = '2026-11-20') =>
  () =>
    db.prepare("INSERT INTO readings (id, line_id, date, used_bytes) VALUES ('r1', 'l1', ?, ?)").run(date, usedBytes);

const device =
  (kind: unknown, monthlyBytes: unknown = 0) =>
  () =>
    db
      .prepare(
        `INSERT INTO devices (id, household_id, name, kind, sim, monthly_bytes, position)
       VALUES ('d1', 'h1', 'Phone', ?, 'esim', ?, 0)`,
      )
      .run(kind, monthlyBytes);

describe('raw inserts that bypass the schema', () => {
  it('accepts a well-formed reading', () => {
    expect(reading(8_400_000_000)).not.toThrow();
  });

  it('rejects negative bytes', () => {
    expect(reading(-1)).toThrow(/CHECK constraint/);
  });

  it('rejects fractional bytes', () => {
    expect(reading(1.5)).toThrow(/cannot store REAL value in INTEGER column/);
  });

  it('rejects NaN instead of storing NULL', () => {
    expect(reading(Number.NaN)).toThrow(/NOT NULL/);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(reading(1, '20/11/2026')).toThrow(/CHECK constraint/);
    expect(reading(1, '2026-11-20T10:00')).toThrow(/CHECK constraint/);
  });

  it('rejects an unknown device kind', () => {
    expect(device('toaster')).toThrow(/CHECK constraint/);
  });

  it('rejects a cycle start day outside 1–31 and a pool plan without its pool', () => {
    const plan = (kind: string, poolBytes: number | null, day: number) => () =>
      db
        .prepare(
          `INSERT INTO plans (household_id, name, carrier, kind, pool_bytes, cycle_start_day, price_per_line, tiers)
           VALUES ('h1', 'Plan', 'verizon', ?, ?, ?, '[]', '[]')`,
        )
        .run(kind, poolBytes, day);
    expect(plan('pool', 30_000_000_000, 32)).toThrow(/CHECK constraint/);
    expect(plan('pool', null, 5)).toThrow(/CHECK constraint/);
    expect(plan('pool', 30_000_000_000, 31)).not.toThrow();
  });

  it('rejects a plan whose price list is not a JSON array', () => {
    expect(() =>
      db
        .prepare(
          `INSERT INTO plans (household_id, name, carrier, kind, pool_bytes, cycle_start_day, price_per_line, tiers)
           VALUES ('h1', 'Plan', 'verizon', 'pool', 1, 1, '60, 50', '[]')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/);
  });

  it('rejects a line weight of zero', () => {
    expect(() => db.prepare("UPDATE lines SET weight = 0 WHERE id = 'l1'").run()).toThrow(/CHECK constraint/);
  });

  it('rejects a reading for a line that does not exist', () => {
    expect(() =>
      db.prepare("INSERT INTO readings (id, line_id, date, used_bytes) VALUES ('r2', 'nope', '2026-11-20', 1)").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('rejects a row without an id', () => {
    expect(() =>
      db.prepare("INSERT INTO households (id, name, created_at) VALUES (NULL, 'x', '2026-01-01')").run(),
    ).toThrow(/NOT NULL/);
  });
});
