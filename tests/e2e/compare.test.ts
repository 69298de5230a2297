/**
 * Compare and the catalog's checkable facts in real headless Chromium against
 * browser mode (`datapool serve`), in English and in Chinese: the Compare page
 * shows the plans that fit, may fit and don't fit, and a catalog fact shows
 * the sentence of its source. Skipped, with the reason printed, only where no
 * Chromium exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { NEW_LINE } from '@shared/domain/defaults';
import { chromiumUnavailableReason, launchChromium, serveApp, type ServedApp } from './support';
import { switchToChinese } from './flow';

const skipReason = chromiumUnavailableReason();
if (skipReason) console.warn(`\n[datapool] SKIPPED compare end-to-end tests: ${skipReason}\n`);

/** Calls the browser-mode API as the page does, with the access token. */
async function api<T = { id: string }>(app: ServedApp, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value as T;
}

describe.skipIf(skipReason !== null)('Compare and catalog facts in headless Chromium', () => {
  let app: ServedApp;
  let chromium: { browser: Browser; close(): Promise<void> };

  beforeAll(async () => {
    app = await serveApp();
    chromium = await launchChromium();
    // A family of two on a 30 GB pool; Mom's phone is eSIM-only and an iPad tethers to her.
    const household = await api(app, 'households.create', { name: 'Li family' });
    const householdId = household.id;
    await api(app, 'plan.set', {
      householdId,
      plan: {
        name: 'Family Pool 30',
        carrier: 'verizon',
        kind: 'pool',
        poolGB: 30,
        cycleStartDay: 5,
        cycleLengthDays: null,
        cycleAnchor: null,
        pricePerLine: [60, 50],
        esim: true,
        tiers: [],
      },
    });
    const mom = await api(app, 'lines.create', { householdId, line: { ...NEW_LINE, name: 'Mom line' } });
    await api(app, 'lines.create', { householdId, line: { ...NEW_LINE, name: 'Dad line' } });
    await api(app, 'devices.create', {
      householdId,
      device: {
        name: 'Mom phone',
        kind: 'phone',
        ownerId: null,
        sim: 'esim',
        lineId: mom.id,
        monthlyGB: 12,
        hotspotFrom: [],
      },
    });
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
  });

  async function openApp(): Promise<Page> {
    const page = await chromium.browser.newPage();
    await page.goto(app.url);
    return page;
  }

  it('shows the fits / may fit / doesn’t fit groups, and a fact’s quote, in English and Chinese', async () => {
    const page = await openApp();
    await page.getByRole('link', { name: 'Compare', exact: true }).click();
    const fits = page.getByTestId('compare-group-fits');
    const mayFit = page.getByTestId('compare-group-may-fit');
    const noFit = page.getByTestId('compare-group-no-fit');
    await mayFit.waitFor();
    await expect.poll(() => fits.textContent()).toContain('Family Pool 30');
    expect(await fits.getByRole('heading').textContent()).toMatch(/^Plans that fit/);
    expect(await mayFit.getByRole('heading').textContent()).toMatch(/^Plans that may fit/);
    expect(await noFit.getByRole('heading').textContent()).toMatch(/^Plans that don’t fit/);
    expect(await mayFit.textContent()).toContain('Experience More / Beyond');
    expect(await mayFit.textContent()).toContain('the price for 2 lines');
    expect(await mayFit.getByText('I checked: the price is …').count()).toBeGreaterThan(0);

    // A fact's quote: Verizon's Unlimited Ultimate hotspot, in the words of Verizon's own page.
    await page.getByRole('link', { name: 'Carriers', exact: true }).click();
    await page.getByRole('link', { name: 'Edit Verizon' }).click();
    const ultimate = page.getByRole('region', { name: 'Unlimited Ultimate' });
    await ultimate.waitFor();
    const quote = ultimate.getByTestId('fact-quote').first();
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.textContent()).toContain('200 GB/mo');

    await switchToChinese(page);
    await expect.poll(() => ultimate.getByTestId('fact-quote').first().isVisible()).toBe(true);
    await page.getByRole('link', { name: '比较套餐', exact: true }).click();
    await page.getByTestId('compare-group-may-fit').waitFor();
    await expect
      .poll(() => page.getByTestId('compare-group-fits').getByRole('heading').textContent())
      .toMatch(/^够用的套餐/);
    expect(await page.getByTestId('compare-group-may-fit').getByRole('heading').textContent()).toMatch(
      /^可能够用的套餐/,
    );
    expect(await page.getByTestId('compare-group-no-fit').getByRole('heading').textContent()).toMatch(/^不够用的套餐/);
    expect(await page.getByTestId('compare-group-may-fit').textContent()).toContain('个号码的价格');
    await page.close();
  });
});
