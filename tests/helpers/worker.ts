/**
 * The store worker as the shells run it: bundled from electron/worker/storeWorker.ts
 * with the same esbuild settings as the CLI build, once per test process, so
 * tests start a real worker thread without needing `npm run build`.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NODE_BUNDLE } from './bundle';
import { startStoreHost, type StoreHost, type StoreHostOptions } from '@electron/worker/host';

const ROOT = resolve(import.meta.dirname, '../..');
let built: string | null = null;

export function storeWorkerFile(): string {
  if (built) return built;
  // Inside the project, so the bundle's `import 'better-sqlite3'` resolves to node_modules.
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/datapool-worker-'));
  const outfile = join(dir, 'storeWorker.js');
  buildSync({
    entryPoints: [join(ROOT, 'electron/worker/storeWorker.ts')],
    outfile,
    ...NODE_BUNDLE,
    target: 'node22',
    logLevel: 'warning',
  });
  built = outfile;
  return outfile;
}

export function startTestHost(options: Omit<StoreHostOptions, 'workerFile' | 'mode' | 'version'>): Promise<StoreHost> {
  return startStoreHost({ workerFile: storeWorkerFile(), mode: 'browser', version: 'test', ...options });
}
