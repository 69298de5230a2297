import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { aliases } from './electron.vite.config';

/**
 * Test projects, one runtime each:
 * - unit: pure shared/ code (engine, schemas, catalog) under Node.
 * - node: the store, services, API handlers, HTTP binding and CLI on real SQLite files.
 * - renderer: React components with Testing Library in jsdom, against a real backend.
 * - e2e: the built app in real headless Chromium (and Electron where a binary exists).
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: aliases },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        resolve: { alias: aliases },
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/store/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias: aliases },
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias: aliases },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
