/**
 * Real SQLite files in a temporary folder. Every test gets its own folder;
 * `cleanup` closes what is still open and removes the folder.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { closeDatabase, openDatabase, type Db, type OpenOptions } from '@electron/store';
import { createServices, type Services } from '@electron/services';
import type { ProgressEvent } from '@shared/api/contract';
import { smithFamily, type SmithFamily } from './families';
import { liveView } from './live';

export interface TempStore {
  dir: string;
  dbPath: string;
  open(options?: OpenOptions): Db;
  services(db: Db, extra?: { now?: () => Date }): Services;
  progress: ProgressEvent[];
  cleanup(): void;
}

export function tempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'datapool-store-'));
  const dbPath = join(dir, 'datapool.db');
  const opened: Db[] = [];
  const progress: ProgressEvent[] = [];
  return {
    dir,
    dbPath,
    progress,
    open(options) {
      const db = openDatabase(dbPath, options);
      opened.push(db);
      return db;
    },
    services(db, extra) {
      return createServices({
        db,
        dbPath,
        mode: 'browser',
        version: 'test',
        onProgress: (e) => progress.push(e),
        ...extra,
      });
    },
    cleanup() {
      for (const db of opened) if (db.open) closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export interface StoreTest {
  readonly store: TempStore;
  readonly db: Db;
  readonly services: Services;
  /** The Smiths, when asked for with `smiths: true`. */
  readonly f: SmithFamily;
}

/**
 * A fresh data file and the real services on it for every test of the file
 * (or describe block), optionally with the Smiths in it; removed after each.
 */
export function useTempStore(options: { smiths?: boolean; now?: () => Date } = {}): StoreTest {
  let current: { store: TempStore; db: Db; services: Services; f?: SmithFamily } | undefined;
  beforeEach(() => {
    const store = tempStore();
    const db = store.open();
    const services = store.services(db, options.now ? { now: options.now } : undefined);
    current = { store, db, services, f: options.smiths ? smithFamily(services) : undefined };
  });
  afterEach(() => {
    current?.store.cleanup();
    current = undefined;
  });
  return liveView(() => {
    if (!current) throw new Error('no test store: use it inside a test or a later hook');
    const { f, ...rest } = current;
    return {
      ...rest,
      get f(): SmithFamily {
        if (!f) throw new Error('no Smith family: ask useTempStore for { smiths: true }');
        return f;
      },
    };
  });
}
