/**
 * Compare and the catalog's checkable facts in real headless Chromium against
 * browser mode (`datapool serve`), in English and in Chinese: the Compare page
 * shows the plans that fit, may fit and don't fit, and a catalog fact shows
 * the sentence of its source. Skipped, with the reason printed, only where no
 * Chromium exists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { NEW_LINE } from '@shared/domain/defaults';
import { browserSkipReason, useBrowserApp } from '../support/browser';
import { SMITH_PLAN } from '../support/families';
import { switchToChinese } from './flow';

const skipReason = browserSkipReason('compare end-to-end tests');

describe.skipIf(skipReason !== null)('Compare and catalog facts in headless Chromium', () => {
  const e2e = useBrowserApp();

  beforeAll(async () => {
    const api = e2e.app.api;
    // A family of two on a 30 GB pool; Mom's phone is eSIM-only and an iPad tethers to her.
    const household = await api('households.create', { name: 'Li family' });
    const householdId = household.id;
    await api('plan.set', {
      householdId,
      plan: { ...SMITH_PLAN, pricePerLine: [60, 50] },
    });
    const mom = await api('lines.create', { householdId, line: { ...NEW_LINE, name: 'Mom line' } });
    await api('lines.create', { householdId, line: { ...NEW_LINE, name: 'Dad line' } });
    await api('devices.create', {
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

  it('shows the fits / may fit / doesn’t fit groups, and a fact’s quote, in English and Chinese', async () => {
    const page = await e2e.openPage();
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
