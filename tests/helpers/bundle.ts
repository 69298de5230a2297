/**
 * esbuild settings for test programs bundled to run as their own thread or
 * process, the same as the CLI build: Node ESM, better-sqlite3 left to
 * node_modules, and the import aliases of tsconfig.base.json's `paths`.
 */
import { join, resolve } from 'node:path';
import type { BuildOptions } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

export const NODE_BUNDLE: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  external: ['better-sqlite3'],
  alias: {
    '@shared': join(ROOT, 'shared'),
    '@electron': join(ROOT, 'electron'),
    '@renderer': join(ROOT, 'renderer/src'),
  },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};
