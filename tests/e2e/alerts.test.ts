/**
 * Alerts in real headless Chromium against browser mode: a household whose
 * pool runs out in 3 days shows the bell with its count and the alert's
 * text, the browser shows one notification per alert once the user allows
 * them, and a reload shows none again. Skipped, with the reason printed, only
 * where no Chromium exists.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { addDays, formatDate, parseDate } from '@shared/engine/dates';
import { NEW_LINE } from '@shared/domain/defaults';
import { browserSkipReason, useBrowserApp } from '../support/browser';
import { SMITH_PLAN } from '../support/families';

const skipReason = browserSkipReason('alerts end-to-end tests');

/** A loaded machine may take seconds to start the page; the default poll gives up after one. */
const POLL = { timeout: 20_000 };

const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const TODAY = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const daysFromToday = (days: number) => formatDate(addDays(parseDate(TODAY), days));

/** Every `new Notification(...)` the page makes, recorded before the app's own script runs. */
const RECORD_NOTIFICATIONS = `
  window.__shown = [];
  const Real = window.Notification;
  if (Real) {
    class Recorded extends Real {
      constructor(title, options) {
        super(title, options);
        window.__shown.push({ title, body: options && options.body, tag: options && options.tag });
      }
    }
    window.Notification = Recorded;
  }
`;

describe.skipIf(skipReason !== null)('alerts in headless Chromium (browser mode)', () => {
  const e2e = useBrowserApp();

  /** A 30 GB pool on a 30-day cycle that began 9 days ago, 24 GB used today: out of data in 3 days. */
  async function seedPoolRunningOut(): Promise<string> {
    const household = await e2e.app.api('households.create', { name: 'The Smiths' });
    const householdId = household.id;
    await e2e.app.api('settings.update', { activeHouseholdId: householdId });
    await e2e.app.api('plan.set', {
      householdId,
      plan: {
        ...SMITH_PLAN,
        cycleStartDay: null,
        cycleLengthDays: 30,
        cycleAnchor: daysFromToday(-9),
        pricePerLine: [60, 50],
      },
    });
    const mom = await e2e.app.api('lines.create', { householdId, line: { ...NEW_LINE, name: 'Mom' } });
    const dad = await e2e.app.api('lines.create', { householdId, line: { ...NEW_LINE, name: 'Dad' } });
    await e2e.app.api('readings.add', { householdId, reading: { lineId: mom.id, date: TODAY, usedGB: 14 } });
    await e2e.app.api('readings.add', { householdId, reading: { lineId: dad.id, date: TODAY, usedGB: 10 } });
    return householdId;
  }

  async function open(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.addInitScript(RECORD_NOTIFICATIONS);
    await page.goto(e2e.app.url);
    return page;
  }

  const shown = (page: Page) =>
    page.evaluate(() => (window as unknown as { __shown: { title: string; tag: string }[] }).__shown);

  it('shows the bell with its count and the alert, notifies once after the user allows it, and not again after a reload', async () => {
    const householdId = await seedPoolRunningOut();
    const context = await e2e.browser.newContext({ locale: 'en-US' });
    const page = await open(context);
    const bell = page.getByTestId('alerts-bell');
    await expect.poll(() => bell.getAttribute('aria-label'), POLL).toBe('Alerts, 2 unread');
    expect(await bell.textContent()).toBe('2');
    expect(await shown(page)).toEqual([]);

    await bell.click();
    const dialog = page.getByRole('dialog');
    const list = dialog.getByRole('list', { name: 'Alerts of The Smiths' });
    await list.waitFor();
    const first = await list.getByRole('listitem').first().textContent();
    expect(first).toContain('The shared pool may run out in 3 days');
    expect(first).toContain('the 30 GB pool is used up on');
    expect(await list.getByRole('listitem').nth(1).textContent()).toContain('75% of the shared pool used');

    // The user allows notifications; the browser grants them when the button asks.
    await context.grantPermissions(['notifications'], { origin: e2e.app.origin });
    await dialog.getByRole('button', { name: 'Show desktop notifications' }).click();
    await dialog.getByText('Desktop notifications are on for this browser.').waitFor();
    await expect
      .poll(async () => (await shown(page)).map((n) => n.title))
      .toEqual(['The shared pool may run out in 3 days', '75% of the shared pool used']);
    expect((await shown(page))[0]!.tag).toBe(`pool-runs-out:pool:${daysFromToday(-9)}:forecast`);
    const stored = await e2e.app.api('alerts.list', { householdId });
    expect(stored.every((a) => a.notifiedAt !== null)).toBe(true);

    // After a reload the bell still counts them, but no notification repeats.
    await page.reload();
    await expect.poll(() => bell.getAttribute('aria-label'), POLL).toBe('Alerts, 2 unread');
    expect(await shown(page)).toEqual([]);
    await context.close();
  });
});
