import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './shared/csp';

/** Writes the one CSP into index.html; the dev server needs inline/eval for HMR only. */
function contentSecurityPolicy(): Plugin {
  let dev = false;
  return {
    name: 'datapool-csp',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      const policy = dev
        ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
            "connect-src 'self'",
            "connect-src 'self' ws:",
          )
        : CONTENT_SECURITY_POLICY;
      return html.replace('%DATAPOOL_CSP%', policy);
    },
  };
}

const root = dirname(fileURLToPath(import.meta.url));

/**
 * Import aliases, the same as `paths` in tsconfig.base.json: `@shared/x`,
 * `@electron/x` and `@renderer/x` instead of climbing `../../../`. Matched as
 * whole path prefixes; no bundled code imports npm's `@electron/*` packages.
 */
export const aliases = [
  { find: /^@shared\//, replacement: `${resolve(root, 'shared')}/` },
  { find: /^@electron\//, replacement: `${resolve(root, 'electron')}/` },
  { find: /^@renderer\//, replacement: `${resolve(root, 'renderer/src')}/` },
];

export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/main',
      // The store worker is its own entry: the main process starts it from out/main/storeWorker.js.
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          storeWorker: resolve(root, 'electron/worker/storeWorker.ts'),
        },
      },
      rollupOptions: { external: ['better-sqlite3', 'electron'] },
    },
  },
  preload: {
    resolve: { alias: aliases },
    build: {
      // A sandboxed preload may require only 'electron': bundle everything else into it.
      externalizeDeps: false,
      outDir: 'out/preload',
      lib: { entry: resolve(root, 'electron/preload/index.ts') },
      // A sandboxed preload cannot load ES modules or require other files: one CommonJS bundle.
      rollupOptions: {
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: 'index.cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    resolve: { alias: aliases },
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; 2.9 MB of JS to parse slows every start.
      minify: true,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
