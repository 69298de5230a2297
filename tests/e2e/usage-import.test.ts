/**
 * Importing a carrier usage file on the Usage page of the built app, in real
 * headless Chromium against browser mode (`datapool serve`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '@electron/store';
import { createServices } from '@electron/services';
import { NEW_LINE } from '@shared/domain/defaults';
import { browserSkipReason, useBrowserApp } from '../support/browser';

const skipReason = browserSkipReason('usage import end-to-end test');

/** A household with two lines that have phone numbers, written before the server starts. */
function seededFile(dir: string): { dbPath: string; momLineId: string } {
  const dbPath = join(dir, 'datapool.db');
  const db = openDatabase(dbPath);
  const services = createServices({ db, dbPath, mode: 'browser', version: 'e2e' });
  const household = services.households.create('The Smiths');
  services.settings.update({ activeHouseholdId: household.id });
  const mom = services.lines.create(household.id, { ...NEW_LINE, name: 'Mom', number: '+1 (555) 010-2030' });
  services.lines.create(household.id, { ...NEW_LINE, name: 'Dad', number: '555-010-4455' });
  closeDatabase(db);
  return { dbPath, momLineId: mom.id };
}

/** The machine is shared: give the page time to answer. */
const SLOW = { timeout: 20_000 };

// A per-session carrier export in MB; dates safely in the past.
const CARRIER_EXPORT = [
  'Date/Time,Phone number,Data used (MB)',
  '2025-03-10 08:00,(555) 010-2030,500',
  '2025-03-10 21:00,15550102030,"1,500"',
  '2025-03-11 09:00,555.010.2030,250',
  '2025-03-11 10:00,555 010 4455,750',
].join('\n');

describe.skipIf(skipReason !== null)('usage import in headless Chromium', () => {
  let dir: string;
  let seeded: { dbPath: string; momLineId: string };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'datapool-e2e-usage-'));
    seeded = seededFile(dir);
  });
  // Hooks after the tests run in reverse order: the server stops before the folder goes.
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const e2e = useBrowserApp({ dbPath: () => seeded.dbPath });

  it('previews a CSV chosen on #/usage, imports it, and shows the readings', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(e2e.app.url);
    await page.evaluate(() => (window.location.hash = '#/usage'));
    await page.getByTestId('usage-import-file').setInputFiles({
      name: 'usage.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CARRIER_EXPORT),
    });
    const preview = page.getByTestId('usage-import-preview');
    await expect.poll(async () => preview.textContent(), SLOW).toContain('4 rows · UTF-8 · separated by commas');
    await page.getByTestId('usage-import-commit').click();
    await expect.poll(async () => preview.textContent(), SLOW).toContain('Imported: 3 new, 0 replaced, 0 skipped.');

    const line = (name: string) => page.getByRole('region', { name, exact: true });
    // March 2025 is an earlier cycle: its readings are shown on request, a page at a time.
    const showOlder = (name: string) =>
      line(name)
        .getByRole('button', { name: /^Show \d+ older reading/ })
        .click();
    await showOlder('Mom');
    await showOlder('Dad');
    await expect.poll(async () => line('Mom').textContent(), SLOW).toContain('Mar 11, 20252.25 GB');
    await expect.poll(async () => line('Mom').textContent(), SLOW).toContain('Mar 10, 20252 GB');
    await expect.poll(async () => line('Dad').textContent(), SLOW).toContain('Mar 11, 20250.75 GB');

    // The readings are in the data file: they are still there after a reload.
    await page.reload();
    await showOlder('Mom');
    await expect.poll(async () => line('Mom').textContent(), SLOW).toContain('Mar 11, 20252.25 GB');
    await page.close();
  });
});
