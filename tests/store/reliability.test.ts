/**
 * The data file under hostile conditions: refused
 * files left byte-identical (with their -wal and -shm), the full integrity
 * check, one Datapool per file, and restoring a backup.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, DatabaseOpenError, LATEST_SCHEMA_VERSION, lockPathOf, openDatabase } from '@electron/store';
import { openSession, type Session } from '@electron/worker/session';
import { sha256, tempStore, type TempStore } from '../support/store';

let store: TempStore;
const sessions: Session[] = [];
beforeEach(() => {
  store = tempStore();
});
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
  store.cleanup();
});

/** Hashes of the data file and whichever of its -wal and -shm exist, plus the folder's listing. */
function fingerprint(path: string) {
  const files = [path, `${path}-wal`, `${path}-shm`].filter((p) => existsSync(p));
  return {
    hashes: Object.fromEntries(files.map((p) => [p, sha256(p)])),
    listing: readdirSync(join(path, '..')).sort(),
  };
}

function refusalOf(path: string): DatabaseOpenError {
  try {
    closeDatabase(openDatabase(path));
  } catch (err) {
    return err as DatabaseOpenError;
  }
  throw new Error('the file was opened');
}

/** A Datapool file with data, whose main file is damaged while a valid -wal holds later commits. */
function damagedFileWithValidWal(target: string): void {
  const db = store.open();
  const services = store.services(db);
  for (let i = 0; i < 200; i++) services.households.create(`Household ${i} ${'x'.repeat(60)}`);
  closeDatabase(db);
  const raw = new Database(store.dbPath);
  raw.pragma('wal_autocheckpoint = 0');
  raw
    .prepare("INSERT INTO households (id, name, created_at) VALUES ('late', 'Late', '2026-12-01T00:00:00.000Z')")
    .run();
  // Copy while the connection is open: the -wal (and -shm) are live, as after a crash.
  copyFileSync(store.dbPath, target);
  copyFileSync(`${store.dbPath}-wal`, `${target}-wal`);
  copyFileSync(`${store.dbPath}-shm`, `${target}-shm`);
  raw.close();
  const bytes = readFileSync(target);
  const pageSize = bytes.readUInt16BE(16);
  // Overwrite a page in the middle (a table's b-tree page) with garbage.
  bytes.fill(0x5a, pageSize * 4, pageSize * 5);
  writeFileSync(target, bytes);
}

/** Another program's database in WAL mode, with its -wal and -shm, as left by a crash. */
function foreignFileWithWal(target: string): void {
  const other = new Database(join(store.dir, 'other.sqlite'));
  other.pragma('journal_mode = WAL');
  other.pragma('wal_autocheckpoint = 0');
  other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
  copyFileSync(join(store.dir, 'other.sqlite'), target);
  copyFileSync(join(store.dir, 'other.sqlite-wal'), `${target}-wal`);
  copyFileSync(join(store.dir, 'other.sqlite-shm'), `${target}-shm`);
  other.close();
}

function newerFileWithWal(target: string): void {
  const holder = new Database(join(store.dir, 'newer.db'));
  holder.pragma('journal_mode = WAL');
  holder.pragma('wal_autocheckpoint = 0');
  holder.exec('CREATE TABLE households (id TEXT)');
  holder.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  copyFileSync(join(store.dir, 'newer.db'), target);
  copyFileSync(join(store.dir, 'newer.db-wal'), `${target}-wal`);
  copyFileSync(join(store.dir, 'newer.db-shm'), `${target}-shm`);
  holder.close();
}

describe('a file we refuse is never changed (M2)', () => {
  const cases: { name: string; make: (path: string) => void; reason: string; code: string; says: RegExp }[] = [
    {
      name: 'a damaged file with a valid -wal',
      make: damagedFileWithValidWal,
      reason: 'CORRUPT',
      code: 'DB_UNAVAILABLE',
      says: /is damaged .*it was left as it is/,
    },
    {
      name: "another program's SQLite file with its -wal",
      make: foreignFileWithWal,
      reason: 'FOREIGN_DB',
      code: 'DB_UNAVAILABLE',
      says: /another program, not a Datapool data file; it was left as it is/,
    },
    {
      name: 'a file from a newer version, with its -wal',
      make: newerFileWithWal,
      reason: '',
      code: 'DB_NEWER_VERSION',
      says: /created by a newer Datapool/,
    },
    {
      name: 'a zero-length file',
      make: (p) => writeFileSync(p, ''),
      reason: 'EMPTY',
      code: 'DB_UNAVAILABLE',
      says: /is empty \(0 bytes\)/,
    },
    {
      name: 'a text file',
      make: (p) => writeFileSync(p, 'milk, eggs, bread\n'.repeat(200)),
      reason: 'NOT_A_DB',
      code: 'DB_UNAVAILABLE',
      says: /not an SQLite database/,
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name}, leaving the file, its -wal and -shm byte-identical`, () => {
      const folder = join(store.dir, 'case');
      mkdirSync(folder);
      const path = join(folder, 'datapool.db');
      c.make(path);
      const before = fingerprint(path);

      const error = refusalOf(path);
      expect(error.code).toBe(c.code);
      if (c.reason) expect(error.reason).toBe(c.reason);
      expect(error.message).toMatch(c.says);
      expect(error.message).toContain(path);
      expect(fingerprint(path)).toEqual(before);

      // The shell's path (lock, open) refuses it the same way and leaves nothing behind.
      expect(() => sessions.push(openSession({ dbPath: path, mode: 'browser', version: 'test' }))).toThrow(c.says);
      expect(fingerprint(path)).toEqual(before);
      expect(existsSync(lockPathOf(path))).toBe(false);
    });
  }
});

/** Makes the readings_one_per_date index disagree with its table: a row the index does not know. */
function damageAnIndex(path: string): void {
  const raw = new Database(path);
  // Only outside the app may the schema table be edited: this is the damage being simulated.
  raw.unsafeMode(true);
  const index = raw
    .prepare("SELECT rootpage, sql, tbl_name FROM sqlite_schema WHERE name = 'readings_one_per_date'")
    .get() as {
    rootpage: number;
    sql: string;
    tbl_name: string;
  };
  raw.pragma('writable_schema = ON');
  raw.prepare("DELETE FROM sqlite_schema WHERE name = 'readings_one_per_date'").run();
  raw.close();
  const again = new Database(path);
  again.unsafeMode(true);
  again.pragma('foreign_keys = OFF');
  again.prepare("UPDATE readings SET date = '2026-11-21'").run();
  again.pragma('writable_schema = ON');
  again
    .prepare(
      "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES ('index', 'readings_one_per_date', ?, ?, ?)",
    )
    .run(index.tbl_name, index.rootpage, index.sql);
  again.close();
}

describe('the full integrity check (L8)', () => {
  it('finds a damaged index that the quick check at open lets through, and refuses to back up over it', async () => {
    const session = openSession({ dbPath: store.dbPath, mode: 'browser', version: 'test', instanceLock: false });
    const home = session.services.households.create('The Smiths').id;
    const line = session.services.lines.create(home, {
      name: 'Mom',
      memberId: null,
      capGB: null,
      floorGB: null,
      weight: 1,
      premiumGB: null,
      hotspotGB: null,
      tier: null,
      needsPremium: false,
    } as never);
    session.services.readings.add(home, { lineId: line.id, date: '2026-11-20', usedGB: 8.4 });
    session.close();

    damageAnIndex(store.dbPath);
    const opened = openSession({ dbPath: store.dbPath, mode: 'browser', version: 'test', instanceLock: false });
    sessions.push(opened);
    const check = await opened.call('app.checkDataFile', {});
    expect(check.ok).toBe(true);
    const result = check.ok ? (check.value as { ok: boolean; problems: string[] }) : null;
    expect(result?.ok).toBe(false);
    expect(result?.problems.join('\n')).toMatch(/readings_one_per_date/);

    const backup = await opened.call('app.backup', {});
    expect(backup.ok).toBe(false);
    expect(!backup.ok && backup.error.message).toMatch(/failed its integrity check .*no backup was made/);
    expect(existsSync(join(store.dir, 'backups'))).toBe(false);
  });

  it('reports a sound file as sound', async () => {
    const session = openSession({ dbPath: store.dbPath, mode: 'browser', version: 'test' });
    sessions.push(session);
    const check = await session.call('app.checkDataFile', {});
    expect(check).toMatchObject({ ok: true, value: { ok: true, problems: [] } });
  });
});

describe('one Datapool per data file (L12)', () => {
  it('refuses a second server on the same file and names the process that has it', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(
        lockPathOf(store.dbPath),
        JSON.stringify({ pid: other.pid, mode: 'browser', host: (await import('node:os')).hostname(), since: '' }),
      );
      expect(() => openSession({ dbPath: store.dbPath, mode: 'browser', version: 'test' })).toThrow(
        `The data file ${store.dbPath} is already open in Datapool browser mode (process ${other.pid}); close it there first.`,
      );
      expect(existsSync(store.dbPath)).toBe(false);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((r) => gone.once('exit', r));
    writeFileSync(
      lockPathOf(store.dbPath),
      JSON.stringify({ pid: gone.pid, mode: 'electron', host: (await import('node:os')).hostname() }),
    );
    const session = openSession({ dbPath: store.dbPath, mode: 'browser', version: 'test' });
    expect(JSON.parse(readFileSync(lockPathOf(store.dbPath), 'utf8')).pid).toBe(process.pid);
    session.close();
    expect(existsSync(lockPathOf(store.dbPath))).toBe(false);
  });
});

describe('restoring a backup', () => {
  it('verifies it, backs up the current file, swaps, reopens, and can be undone', async () => {
    const session = openSession({
      dbPath: store.dbPath,
      mode: 'browser',
      version: 'test',
      onProgress: (e) => store.progress.push(e),
    });
    sessions.push(session);
    const call = async (method: string, input: unknown) => {
      const r = await session.call(method, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as never;
    };
    await call('households.create', { name: 'Kept in the backup' });
    const backup: { path: string } = await call('app.backup', {});
    await call('households.create', { name: 'Made after the backup' });

    const list: { id: string; bytes: number; schemaVersion: number; createdAt: string }[] = await call(
      'app.listBackups',
      {},
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, kind: 'manual' });
    expect(list[0]!.bytes).toBeGreaterThan(0);
    expect(backup.path.endsWith(list[0]!.id)).toBe(true);

    const restored: { undoBackupId: string; restored: string } = await call('app.restoreBackup', { id: list[0]!.id });
    expect(restored.restored).toBe(list[0]!.id);
    const names = async () => ((await call('households.list', {})) as { name: string }[]).map((h) => h.name);
    expect(await names()).toEqual(['Kept in the backup']);
    expect(store.progress.filter((e) => e.task === 'restore').at(-1)).toEqual({ task: 'restore', done: 4, total: 4 });

    // The undo is a restore of the copy taken just before.
    await call('app.restoreBackup', { id: restored.undoBackupId });
    expect(await names()).toEqual(['Kept in the backup', 'Made after the backup']);
    expect(await call('app.checkDataFile', {})).toMatchObject({ ok: true });
    await call('households.create', { name: 'Still writable' });
  });

  it('refuses a damaged backup and an unknown one, changing nothing', async () => {
    const session = openSession({ dbPath: store.dbPath, mode: 'browser', version: 'test' });
    sessions.push(session);
    await session.call('households.create', { name: 'Ours' });
    mkdirSync(join(store.dir, 'backups'));
    writeFileSync(join(store.dir, 'backups', 'datapool-20261201-000000.db'), 'SQLite format 3\0' + 'x'.repeat(5000));
    const bad = await session.call('app.restoreBackup', { id: 'datapool-20261201-000000.db' });
    expect(!bad.ok && bad.error.message).toMatch(/cannot be restored: .*Nothing was changed/);
    const missing = await session.call('app.restoreBackup', { id: 'nope.db' });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    const escape = await session.call('app.restoreBackup', { id: '../datapool.db' });
    expect(!escape.ok && escape.error.code).toBe('VALIDATION');
    const list = await session.call('households.list', {});
    expect(list.ok && (list.value as { name: string }[]).map((h) => h.name)).toEqual(['Ours']);
  });
});
