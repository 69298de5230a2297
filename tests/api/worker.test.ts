/**
 * The store worker and its router, as both shells run them: a real worker
 * thread on a real SQLite file. Nothing here asserts speed beyond the
 * contract's bounds (a lock reported within 1 s, a call's deadline).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '@shared/api/bridge';
import { ApiError } from '@shared/api/errors';
import type { StoreHost } from '@electron/worker/host';
import { TEST_BLOCK_METHOD } from '@electron/worker/protocol';
import { closeDatabase, openDatabase } from '@electron/store';
import { createServices } from '@electron/services';
import { startTestHost } from '../support/worker';

let dir: string;
let dbPath: string;
const hosts: StoreHost[] = [];
const holders: Database.Database[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'datapool-worker-'));
  dbPath = join(dir, 'datapool.db');
});
afterEach(async () => {
  for (const h of holders.splice(0)) if (h.open) h.close();
  for (const h of hosts.splice(0)) await h.close();
  rmSync(dir, { recursive: true, force: true });
});

async function host(options: Parameters<typeof startTestHost>[0] = { dbPath }): Promise<StoreHost> {
  const h = await startTestHost(options);
  hosts.push(h);
  return h;
}

/** Another program holding the write lock, as `sqlite3 file 'BEGIN EXCLUSIVE;'` would. */
function holdExclusiveLock(): Database.Database {
  const other = new Database(dbPath, { timeout: 0 });
  other.exec('BEGIN EXCLUSIVE');
  holders.push(other);
  return other;
}

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work;
  return { value, ms: performance.now() - start };
}

const value = <T>(result: ApiResult<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

describe('the router and its worker', () => {
  it('answers calls from the worker, with the API envelope', async () => {
    const h = await host();
    const made = value(await h.call('households.create', { name: 'The Smiths' })) as { name: string };
    expect(made.name).toBe('The Smiths');
    expect(value(await h.call('households.list', {}))).toEqual([made]);
    const wrong = await h.call('households.create', { name: '' });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.error.code).toBe('VALIDATION');
  });

  it('forwards progress events of long work (a backup)', async () => {
    const events: unknown[] = [];
    const h = await host({ dbPath, onProgress: (e) => events.push(e) });
    value(await h.call('app.backup', {}));
    expect(events.at(-1)).toMatchObject({ task: 'backup' });
  });

  it('answers other requests within 1 s while a deliberately slow call runs in a worker', async () => {
    const h = await host({ dbPath, testHooks: { blockMethod: true } });
    expect(await h.readerReady()).toBe(true);
    const slow = h.call(TEST_BLOCK_METHOD, { ms: 3_000 });
    const read = await timed(h.call('households.list', {}));
    expect(read.ms).toBeLessThan(1_000);
    expect(read.value.ok).toBe(true);
    const write = await timed(h.call('households.create', { name: 'Saved meanwhile' }));
    expect(write.ms).toBeLessThan(1_000);
    expect(write.value.ok).toBe(true);
    // A worker that is slow but alive finishes its call and is kept.
    expect((await slow).ok).toBe(true);
    expect(h.replacements).toBe(0);
  });

  it('gives calls past their deadline TIMEOUT, replaces stuck workers, and the next call works', async () => {
    const h = await host({ dbPath, deadlineMs: 2_000, pingGraceMs: 200, testHooks: { blockMethod: true } });
    expect(await h.readerReady()).toBe(true);
    value(await h.call('households.create', { name: 'Saved before' }));

    // Two calls that never come back: the first takes the reader, the second the primary.
    const [first, second] = await Promise.all([
      h.call(TEST_BLOCK_METHOD, { ms: 60_000 }),
      h.call(TEST_BLOCK_METHOD, { ms: 60_000 }),
    ]);
    expect(!first.ok && first.error.code).toBe('TIMEOUT');
    expect(!second.ok && second.error.code).toBe('TIMEOUT');

    const next = value(await h.call('households.list', {})) as { name: string }[];
    expect(next.map((x) => x.name)).toEqual(['Saved before']);
    expect(h.replacements).toBe(2);
    value(await h.call('households.create', { name: 'Saved after' }));
  });

  it('answers every read method from the read-only reader, none of them trying to write', async () => {
    const h = await host();
    expect(await h.readerReady()).toBe(true);
    const home = value(await h.call('households.create', { name: 'The Smiths' })) as { id: string };
    const reads: [string, unknown][] = [
      ['app.info', {}],
      ['app.listBackups', {}],
      ['app.checkDataFile', {}],
      ['settings.get', {}],
      ['households.list', {}],
      ['households.get', { householdId: home.id }],
      ['plan.evaluate', { householdId: home.id, asOf: '2026-12-01' }],
      ['plan.compare', { householdId: home.id, asOf: '2026-12-01' }],
      ['scenario.export', { householdId: home.id, asOf: '2026-12-01' }],
      ['catalog.list', {}],
      ['advice.get', { carrier: 'tmobile', to: 'family-same-account', locale: 'en' }],
    ];
    for (const [method, input] of reads) {
      const result = await h.call(method, input);
      expect([method, result.ok || result.error.code]).not.toEqual([method, 'INTERNAL']);
    }
    expect(h.replacements).toBe(0);
  });

  it('refuses a method name it does not know, and input that cannot be sent', async () => {
    const h = await host();
    const unknown = await h.call(TEST_BLOCK_METHOD, { ms: 1 });
    expect(!unknown.ok && unknown.error.code).toBe('UNKNOWN_METHOD');
    const fn = await h.call('households.create', { name: () => 1 });
    expect(!fn.ok && fn.error.code).toBe('VALIDATION');
  });
});

describe('another program holding the file (M3)', () => {
  it('gives every write DB_LOCKED naming the file within 1 s, reads are not delayed, and writes resume after', async () => {
    const h = await host();
    value(await h.call('households.create', { name: 'Before the lock' }));
    const other = holdExclusiveLock();

    for (let i = 0; i < 3; i++) {
      const write = await timed(h.call('households.create', { name: `Blocked ${i}` }));
      expect(write.ms).toBeLessThan(1_000);
      expect(write.value.ok).toBe(false);
      if (!write.value.ok) {
        expect(write.value.error.code).toBe('DB_LOCKED');
        expect(write.value.error.message).toContain(dbPath);
      }
    }
    const read = await timed(h.call('households.list', {}));
    expect(read.ms).toBeLessThan(1_000);
    expect((value(read.value) as { name: string }[]).map((x) => x.name)).toEqual(['Before the lock']);

    other.exec('ROLLBACK');
    other.close();
    value(await h.call('households.create', { name: 'After the lock' }));
    const names = (value(await h.call('households.list', {})) as { name: string }[]).map((x) => x.name);
    expect(names).toEqual(['Before the lock', 'After the lock']);
  });

  it('refuses to start within 1 s with one sentence naming the cause and the file (L7)', async () => {
    closeDatabase(openDatabase(dbPath));
    holdExclusiveLock();
    const error = await startTestHost({ dbPath }).then(
      () => null,
      (err: unknown) => err,
    );
    // Measured from the moment the worker tries to open the file (starting a thread is not waiting on a lock).
    expect((error as { openMs: number }).openMs).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('DB_LOCKED');
    expect((error as ApiError).message).toBe(
      `The data file ${dbPath} is locked by another program; close that program (or wait for it) and try again.`,
    );
  });
});

describe('shutting down (L6)', () => {
  it('reports a failed final checkpoint on a full disk in one sentence and keeps the WAL, losing nothing', async () => {
    const disk = mountSmallDisk();
    const path = disk ? join(disk.dir, 'datapool.db') : dbPath;
    try {
      const h = await host({ dbPath: path, testHooks: disk ? undefined : { failCheckpoint: true } });
      if (!disk) console.info('L6: cannot mount a small tmpfs here (needs root); the full disk is simulated');
      for (let i = 0; i < 60; i++)
        value(await h.call('households.create', { name: `Household ${i} ${'x'.repeat(60)}` }));
      if (disk) fillDisk(disk.dir);
      const report = await h.close();
      expect(report.checkpointed).toBe(false);
      expect(report.problem).toBe(
        `The disk holding ${path} is full, so its latest changes stay in ${path}-wal; nothing is lost, and they are applied the next time Datapool opens the file.`,
      );
      expect(existsSync(`${path}-wal`)).toBe(true);
      if (disk) rmSync(join(disk.dir, 'filler'), { force: true });
      const db = openDatabase(path);
      expect(createServices({ db, dbPath: path, mode: 'browser', version: 'test' }).households.list()).toHaveLength(60);
      closeDatabase(db);
    } finally {
      for (const h of hosts.splice(0)) await h.close();
      disk?.unmount();
    }
  });
});

function mountSmallDisk(): { dir: string; unmount(): void } | null {
  if (process.getuid?.() !== 0) return null;
  const mnt = mkdtempSync(join(tmpdir(), 'datapool-tiny-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mnt], { stdio: 'ignore' });
  } catch {
    rmSync(mnt, { recursive: true, force: true });
    return null;
  }
  return {
    dir: mnt,
    unmount() {
      execFileSync('umount', [mnt], { stdio: 'ignore' });
      rmSync(mnt, { recursive: true, force: true });
    },
  };
}

function fillDisk(dirPath: string): void {
  const chunk = Buffer.alloc(64 * 1024, 1);
  const filler = join(dirPath, 'filler');
  writeFileSync(filler, '');
  try {
    for (;;) writeFileSync(filler, chunk, { flag: 'a' });
  } catch {
    // Full.
  }
  expect(readdirSync(dirPath)).toContain('filler');
}
