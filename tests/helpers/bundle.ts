/**
 * esbuild settings for test programs bundled to run as their own thread or
 * process, the same as the CLI build: Node ESM, better-sqlite3 left to
 * node_modules, and the import aliases of tsconfig.base.json's `paths`.
 */
import type { BuildOptions } from 'esbuild';
import { ESBUILD_ALIASES } from '../../scripts/aliases.mjs';

export const NODE_BUNDLE: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  external: ['better-sqlite3'],
  alias: ESBUILD_ALIASES,
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};
