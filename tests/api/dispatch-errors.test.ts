/**
 * What a user sees when SQLite refuses a write: a typed error with one plain
 * sentence, never SQL or a stack, and nothing half saved. The failures are
 * provoked on real data files where SQLite lets a test do that (a constraint,
 * a lock held by a second connection, a file that may not grow); the rest are
 * errors carrying the code SQLite would give.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch, toApiError } from '@electron/api/dispatch';
import { ApiError } from '@shared/api/errors';
import { useTempStore } from '../support/store';

const env = useTempStore();
afterEach(() => vi.restoreAllMocks());

/** The error SQLite throws for `work`, so a test can map the real thing. */
function sqliteError(work: () => unknown): Error & { code: string } {
  try {
    work();
  } catch (err) {
    return err as Error & { code: string };
  }
  throw new Error('expected SQLite to refuse');
}

const householdNames = () => env.services.households.list().map((h) => h.name);
const NO_SQL = /INSERT|UPDATE|SELECT|SQLITE|constraint failed|\.env.db\b/;

describe('SQLite errors as the API reports them', () => {
  it('a constraint violation is a CONFLICT, for every kind of constraint', () => {
    const home = env.services.households.create('Home');
    const violations = [
      // CHECK: a role the schema does not know
      () =>
        env.db
          .prepare("INSERT INTO members (id, household_id, name, role, position) VALUES ('m', ?, 'Kid', 'pet', 0)")
          .run(home.id),
      // FOREIGN KEY: a member of a household that does not exist
      () =>
        env.db
          .prepare(
            "INSERT INTO members (id, household_id, name, role, position) VALUES ('m', 'nowhere', 'Kid', 'child', 0)",
          )
          .run(),
      // PRIMARY KEY: the same household id twice
      () =>
        env.db.prepare("INSERT INTO households (id, name, created_at) VALUES (?, 'Again', '2026-12-01')").run(home.id),
      // NOT NULL
      () => env.db.prepare("INSERT INTO households (id, name, created_at) VALUES ('h2', NULL, '2026-12-01')").run(),
    ];
    const codes = violations.map((violate) => {
      const err = sqliteError(violate);
      const mapped = toApiError(err, env.store.dbPath);
      expect(mapped.toPayload()).toEqual({
        code: 'CONFLICT',
        message: 'That change conflicts with saved data; nothing was saved.',
      });
      return err.code;
    });
    expect(codes).toEqual([
      'SQLITE_CONSTRAINT_CHECK',
      'SQLITE_CONSTRAINT_FOREIGNKEY',
      'SQLITE_CONSTRAINT_PRIMARYKEY',
      'SQLITE_CONSTRAINT_NOTNULL',
    ]);
  });

  it('a constraint SQLite raises inside a call reaches the caller as CONFLICT, with nothing saved', async () => {
    // Something below the API (here a trigger standing in for a schema rule) refuses the row.
    env.db.exec(
      "CREATE TEMP TRIGGER refuse_households BEFORE INSERT ON households BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    const result = await dispatch(env.services, 'households.create', { name: 'Grandma' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'That change conflicts with saved data; nothing was saved.' },
    });
    env.db.exec('DROP TRIGGER temp.refuse_households');
    expect(householdNames()).toEqual([]);
  });

  it('a write lock held by another program is DB_LOCKED naming the file; the next try after it lets go works', async () => {
    await dispatch(env.services, 'households.create', { name: 'Home' });
    const other = new Database(env.store.dbPath, { fileMustExist: true });
    try {
      other.exec('BEGIN IMMEDIATE');
      const locked = await dispatch(env.services, 'households.create', { name: 'Grandma' });
      expect(locked).toEqual({
        ok: false,
        error: {
          code: 'DB_LOCKED',
          message: `The data file ${env.store.dbPath} is locked by another program, so nothing was saved; try again when it lets go.`,
        },
      });
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    expect(await dispatch(env.services, 'households.create', { name: 'Grandma' })).toMatchObject({ ok: true });
    expect(householdNames().sort()).toEqual(['Grandma', 'Home']);
  });

  it('a file that cannot grow is DISK_FULL, with nothing saved', async () => {
    await dispatch(env.services, 'households.create', { name: 'Home' });
    // The file may not grow by more than a few pages, and every new household
    // drags a megabyte of filler along, as a full disk would refuse it.
    const pages = env.db.pragma('page_count', { simple: true }) as number;
    env.db.pragma(`max_page_count = ${pages + 4}`);
    env.db.exec(`CREATE TEMP TRIGGER fill_disk AFTER INSERT ON households BEGIN
      INSERT INTO main.settings (key, value) VALUES ('filler', json_quote(hex(zeroblob(1000000))));
    END`);
    const err = sqliteError(() =>
      env.db.prepare("INSERT INTO households (id, name, created_at) VALUES ('h2', 'Direct', '2026-12-01')").run(),
    );
    expect(err.code).toBe('SQLITE_FULL');
    expect(toApiError(err).toPayload()).toEqual({ code: 'DISK_FULL', message: 'The disk is full; nothing was saved.' });

    const result = await dispatch(env.services, 'households.create', { name: 'Grandma' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'DISK_FULL', message: 'The disk is full; nothing was saved.' },
    });
    env.db.exec('DROP TRIGGER temp.fill_disk');
    expect(householdNames()).toEqual(['Home']);
  });

  it.each([
    ['SQLITE_BUSY_SNAPSHOT', 'DB_LOCKED'],
    ['SQLITE_BUSY_TIMEOUT', 'DB_LOCKED'],
    ['SQLITE_LOCKED', 'DB_LOCKED'],
    ['SQLITE_LOCKED_SHAREDCACHE', 'DB_LOCKED'],
    ['SQLITE_CONSTRAINT_UNIQUE', 'CONFLICT'],
    ['SQLITE_CONSTRAINT_TRIGGER', 'CONFLICT'],
  ])('%s is %s', (code, expected) => {
    expect(toApiError(Object.assign(new Error('raw SQLite text'), { code })).code).toBe(expected);
  });

  it.each([
    ['SQLITE_CORRUPT', Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' })],
    ['SQLITE_IOERR_WRITE', Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' })],
    ['SQLITE_READONLY', Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' })],
    ['a plain Error', new Error('SELECT * FROM secrets failed at /home/user/datapool.env.db')],
    ['a thrown string', 'boom'],
    ['null', null],
  ])('anything else (%s) is INTERNAL, logged on the backend and not shown', (_label, err) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const mapped = toApiError(err).toPayload();
    expect(mapped).toEqual({ code: 'INTERNAL', message: 'Something went wrong inside Datapool; nothing was saved.' });
    expect(mapped.message).not.toMatch(NO_SQL);
    expect(logged).toHaveBeenCalledWith('[datapool] internal error:', err);
  });

  it('an ApiError passes through unchanged', () => {
    const err = new ApiError('NOT_FOUND', 'No such household.');
    expect(toApiError(err)).toBe(err);
  });
});
