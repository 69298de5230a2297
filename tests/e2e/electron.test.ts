/**
 * The desktop app itself, driven through Playwright's Electron support. It
 * needs Electron's runtime binary, which Electron downloads on first launch;
 * where none exists (machines without access to GitHub) the test says so and
 * is skipped.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { _electron as electron } from 'playwright-core';
import { ROOT } from '../support/browser';
import { householdFlow } from './flow';

function electronBinary(): string | null {
  const pathFile = join(ROOT, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const skipReason = binary
  ? null
  : 'SKIPPED: the Electron end-to-end test needs the Electron runtime binary, which is not installed on this machine ' +
    '(node_modules/electron/dist is missing: Electron downloads it from GitHub on first launch, and this machine cannot reach GitHub).';
if (skipReason) console.warn(`\n[datapool] ${skipReason}\n`);

describe('the desktop app (Electron)', () => {
  it.skipIf(skipReason !== null)(
    'runs the household flow in the real window and keeps the data across restarts',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'datapool-electron-'));
      const env = { ...process.env, DATAPOOL_DB: join(dir, 'datapool.db') } as Record<string, string>;
      try {
        let app = await electron.launch({ executablePath: binary!, args: [ROOT], env });
        let page = await app.firstWindow();
        expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
          'undefined',
        );
        await householdFlow(page);
        await app.close();
        app = await electron.launch({ executablePath: binary!, args: [ROOT], env });
        page = await app.firstWindow();
        await expect
          .poll(() => page.getByRole('rowheader', { name: 'Grandma', exact: true }).count())
          .toBeGreaterThan(0);
        await app.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
