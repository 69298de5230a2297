/**
 * Alerts in real headless Chromium against browser mode: a household whose
 * pool runs out in 3 days shows the bell with its count and the alert's
 * text, the browser shows one notification per alert once the user allows
 * them, and a reload shows none again. Skipped, with the reason printed, only
 * where no Chromium exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { httpPath } from '@shared/api/bridge';
import type { ApiInput, ApiOutput, MethodName } from '@shared/api/contract';
import { addDays, formatDate, parseDate } from '@shared/engine/dates';
import { NEW_LINE } from '@shared/domain/defaults';
import { chromiumUnavailableReason, launchChromium, serveApp, type ServedApp } from './support';

const skipReason = chromiumUnavailableReason();
if (skipReason) console.warn(`\n[datapool] SKIPPED alerts end-to-end tests: ${skipReason}\n`);

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
  let app: ServedApp;
  let chromium: { browser: Browser; close(): Promise<void> };

  async function api<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    const response = await fetch(`${app.origin}${httpPath(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
    return body.value as ApiOutput<M>;
  }

  /** A 30 GB pool on a 30-day cycle that began 9 days ago, 24 GB used today: out of data in 3 days. */
  async function seedPoolRunningOut(): Promise<string> {
    const household = await api('households.create', { name: 'The Smiths' });
    const householdId = household.id;
    await api('settings.update', { activeHouseholdId: householdId });
    await api('plan.set', {
      householdId,
      plan: {
        name: 'Family Pool 30',
        carrier: 'verizon',
        kind: 'pool',
        poolGB: 30,
        cycleStartDay: null,
        cycleLengthDays: 30,
        cycleAnchor: daysFromToday(-9),
        pricePerLine: [60, 50],
        esim: true,
        tiers: [],
      },
    });
    const mom = await api('lines.create', { householdId, line: { ...NEW_LINE, name: 'Mom' } });
    const dad = await api('lines.create', { householdId, line: { ...NEW_LINE, name: 'Dad' } });
    await api('readings.add', { householdId, reading: { lineId: mom.id, date: TODAY, usedGB: 14 } });
    await api('readings.add', { householdId, reading: { lineId: dad.id, date: TODAY, usedGB: 10 } });
    return householdId;
  }

  beforeAll(async () => {
    app = await serveApp();
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
  });

  async function open(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.addInitScript(RECORD_NOTIFICATIONS);
    await page.goto(app.url);
    return page;
  }

  const shown = (page: Page) =>
    page.evaluate(() => (window as unknown as { __shown: { title: string; tag: string }[] }).__shown);

  it('shows the bell with its count and the alert, notifies once after the user allows it, and not again after a reload', async () => {
    const householdId = await seedPoolRunningOut();
    const context = await chromium.browser.newContext({ locale: 'en-US' });
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
    await context.grantPermissions(['notifications'], { origin: app.origin });
    await dialog.getByRole('button', { name: 'Show desktop notifications' }).click();
    await dialog.getByText('Desktop notifications are on for this browser.').waitFor();
    await expect
      .poll(async () => (await shown(page)).map((n) => n.title))
      .toEqual(['The shared pool may run out in 3 days', '75% of the shared pool used']);
    expect((await shown(page))[0]!.tag).toBe(`pool-runs-out:pool:${daysFromToday(-9)}:forecast`);
    const stored = await api('alerts.list', { householdId });
    expect(stored.every((a) => a.notifiedAt !== null)).toBe(true);

    // After a reload the bell still counts them, but no notification repeats.
    await page.reload();
    await expect.poll(() => bell.getAttribute('aria-label'), POLL).toBe('Alerts, 2 unread');
    expect(await shown(page)).toEqual([]);
    await context.close();
  });
});
