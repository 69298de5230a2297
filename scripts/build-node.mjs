// Bundles the CLI (and browser mode) into out/node/cli.js for `npx datapool`, and the
// store worker that browser mode starts into out/node/storeWorker.js next to it.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { ESBUILD_ALIASES } from './aliases.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { cli: 'electron/cli/index.ts', storeWorker: 'electron/worker/storeWorker.ts' },
  outdir: 'out/node',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external: ['better-sqlite3'],
  alias: ESBUILD_ALIASES,
  define: { __DATAPOOL_VERSION__: JSON.stringify(version) },
  // Bundled CommonJS dependencies still call require(); give them one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
