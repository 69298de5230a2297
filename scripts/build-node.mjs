// Bundles the CLI (and browser mode) into out/node/cli.js for `npx datapool`.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['electron/cli/index.ts'],
  outfile: 'out/node/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external: ['better-sqlite3'],
  define: { __DATAPOOL_VERSION__: JSON.stringify(version) },
  // Bundled CommonJS dependencies still call require(); give them one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
