/**
 * The store worker as the shells run it: bundled from electron/worker/storeWorker.ts
 * with the same esbuild settings as the CLI build, once per test process, so
 * tests start a real worker thread without needing `npm run build`.
 */
import { buildSync, type BuildOptions } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESBUILD_ALIASES } from '../../scripts/aliases.mjs';
import { startStoreHost, type StoreHost, type StoreHostOptions } from '@electron/worker/host';

const ROOT = resolve(import.meta.dirname, '../..');

/** How tests bundle backend code to run in a Node process of its own: as scripts/build-node.mjs bundles the CLI. */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external: ['better-sqlite3'],
  alias: ESBUILD_ALIASES,
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
} satisfies BuildOptions;
let built: string | null = null;

export function storeWorkerFile(): string {
  if (built) return built;
  // Inside the project, so the bundle's `import 'better-sqlite3'` resolves to node_modules.
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/datapool-worker-'));
  const outfile = join(dir, 'storeWorker.js');
  buildSync({
    ...NODE_BUNDLE,
    entryPoints: [join(ROOT, 'electron/worker/storeWorker.ts')],
    outfile,
    logLevel: 'warning',
  });
  built = outfile;
  return outfile;
}

export function startTestHost(options: Omit<StoreHostOptions, 'workerFile' | 'mode' | 'version'>): Promise<StoreHost> {
  return startStoreHost({ workerFile: storeWorkerFile(), mode: 'browser', version: 'test', ...options });
}
