/**
 * The built app's reliability as a user meets it: the store worker ships next
 * to both bundles; `datapool serve` refuses a file another program or another
 * Datapool holds, in one line; and a backup restored from the Data page in
 * real headless Chromium (skipped, with the reason printed, only where no
 * Chromium exists).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { closeDatabase, openDatabase } from '@electron/store';
import { describe, expect, it } from 'vitest';
import { browserSkipReason, ROOT, serveApp, useBrowserApp } from '../support/browser';

const CLI = join(ROOT, 'bin/datapool.js');

describe('the built app and its store worker', () => {
  it('ships the store worker next to the desktop and the command-line bundles', () => {
    expect(existsSync(join(ROOT, 'out/main/index.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'out/main/storeWorker.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'out/node/storeWorker.js'))).toBe(true);
  });

  it('refuses to serve a file another program holds locked: one line naming cause and file, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'datapool-e2e-lock-'));
    const dbPath = join(dir, 'datapool.db');
    closeDatabase(openDatabase(dbPath));
    // Another program (as `sqlite3 file 'BEGIN EXCLUSIVE;'` would) holds the file.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
         const db = new D(${JSON.stringify(dbPath)}); db.exec('BEGIN EXCLUSIVE'); console.log('held');
         setTimeout(() => {}, 60000);`,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    try {
      await new Promise((r) => holder.stdout!.once('data', r));
      const run = spawnSync(process.execPath, [CLI, 'serve', '--db', dbPath, '--port', '0'], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `datapool: The data file ${dbPath} is locked by another program; close that program (or wait for it) and try again.\n`,
      );
    } finally {
      holder.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a second server on the same file, naming the process that has it', async () => {
    const app = await serveApp();
    try {
      const second = spawnSync(process.execPath, [CLI, 'serve', '--db', app.dbPath, '--port', '0'], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(
        new RegExp(
          `^datapool: The data file .*datapool\\.db is already open in Datapool browser mode \\(process \\d+\\); close it there first\\.\\n$`,
        ),
      );
    } finally {
      await app.stop();
    }
  });
});

const skipReason = browserSkipReason('restore end-to-end test');

describe.skipIf(skipReason !== null)('restoring a backup in headless Chromium', () => {
  const e2e = useBrowserApp();

  it('restores a backup from the Data page, and undoes it', async () => {
    await e2e.app.api('households.create', { name: 'In the backup' });
    await e2e.app.api('app.backup', {});
    await e2e.app.api('households.create', { name: 'After the backup' });
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.app.url}#/data`);

    const restore = page.getByRole('button', { name: /^Restore the backup made on / });
    await restore.click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByTestId('restore-done').waitFor();
    const names = async () => (await e2e.app.api('households.list', {})).map((h) => h.name);
    expect(await names()).toEqual(['In the backup']);

    await page.getByTestId('restore-undo').click();
    await page.getByText('Restore undone: your data is back as it was before.').waitFor();
    expect(await names()).toEqual(['In the backup', 'After the backup']);

    await page.getByTestId('check-data-file').click();
    await page.getByText(/^The data file is sound/).waitFor();
    await page.close();
  });
});
