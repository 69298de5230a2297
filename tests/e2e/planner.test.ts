/**
 * The planner in real headless Chromium against browser mode: the first run
 * to a status headline, the sample family, a what-if that is tried, applied
 * and undone (a changed cap, a removed line), the Plan page on paper, accessibility (axe-core) on every page in both languages and
 * both themes, and focus returning to the control that opened a dialog.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSkipReason, useBrowserApp } from '../support/browser';

const skipReason = browserSkipReason('planner end-to-end tests');

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(skipReason !== null)('the planner in headless Chromium', () => {
  const e2e = useBrowserApp();

  async function openApp(options: { locale?: string; colorScheme?: 'light' | 'dark'; width?: number } = {}) {
    const context = await e2e.browser.newContext({
      locale: options.locale ?? 'en-US',
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: options.width ?? 1280, height: 800 },
      // axe-core is put into the page by the test; the app's own CSP would refuse it.
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(e2e.app.url);
    await page.locator('h2').first().waitFor();
    return { page, close: () => context.close() };
  }

  const go = (page: Page, route: string) => page.evaluate((r) => (window.location.hash = r), route);

  it('walks a new user from a new data file to the status headline, in the model’s order', async () => {
    const { page, close } = await openApp();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/setup');
    await page.getByLabel('Carrier', { exact: true }).fill('AT&T');
    await page.getByLabel('Plan name').fill('Unlimited Family');
    await page.getByLabel('Pool size (GB)').fill('20');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('How many lines (phone numbers) are on the plan?').fill('2');
    await page.getByLabel('How many lines (phone numbers) are on the plan?').press('Tab');
    await page.getByLabel('Line 1 name · Whose line is it? (a name)').fill('Mom');
    await page.getByLabel('Line 2 name · Whose line is it? (a name)').fill('Nai Nai');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Device 1 name').fill('Mom’s iPhone');
    await page.getByLabel('GB a month of device 1').fill('10');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Used so far by Mom’s number (GB)').fill('4');
    await page.getByRole('button', { name: 'Finish and show my plan' }).click();

    const headline = page.getByTestId('status-headline');
    await headline.waitFor();
    expect(await headline.textContent()).toMatch(/^4 GB of 20 GB used · \d+ days? left|^4 GB of 20 GB used · last day/);
    await page.getByTestId('burndown-chart').waitFor();
    const [household] = await e2e.app.api('households.list', {});
    const snapshot = await e2e.app.api('households.get', { householdId: household!.id });
    expect(snapshot.plan?.carrier).toBe('att');
    expect(await page.getByTestId(`plan-line-used-${snapshot.lines[0]!.id}`).textContent()).toBe('4 GB');
    await close();
  });

  it('loads the labelled sample family and deletes it in one click', async () => {
    const { page, close } = await openApp();
    await go(page, '#/setup');
    await page.getByTestId('onboarding-sample').click();
    await page.getByTestId('status-headline').waitFor();
    await page.getByTestId('sample-banner').waitFor();
    expect((await e2e.app.api('households.list', {})).map((h) => h.name)).toContain('Sample family (example data)');
    await page.getByRole('button', { name: 'Delete the sample family' }).click();
    await expect
      .poll(async () => (await e2e.app.api('households.list', {})).map((h) => h.name))
      .not.toContain('Sample family (example data)');
    await close();
  });

  it('tries a lower cap without writing it, applies it, and undoes it as one step', async () => {
    const { page, close } = await openApp();
    await go(page, '#/setup');
    await page.getByTestId('onboarding-sample').click();
    await page.getByTestId('status-headline').waitFor();
    const households = await e2e.app.api('households.list', {});
    const sample = households.find((h) => h.name === 'Sample family (example data)')!;
    const lily = (await e2e.app.api('households.get', { householdId: sample.id })).lines[2]!;
    expect(lily.capGB).toBeNull();

    await page.getByTestId('whatif-open').click();
    const budget = page.getByTestId(`whatif-line-budget-${lily.id}`);
    expect(await budget.textContent()).toBe('6 GB');
    await page.getByTestId(`whatif-line-cap-${lily.id}`).fill('3');
    await expect.poll(() => budget.textContent()).toBe('3 GB');
    // Nothing is written while trying.
    expect((await e2e.app.api('households.get', { householdId: sample.id })).lines[2]!.capGB).toBeNull();

    await page.getByTestId('whatif-apply').click();
    await page.getByTestId('status-headline').waitFor();
    await expect
      .poll(async () => (await e2e.app.api('households.get', { householdId: sample.id })).lines[2]!.capGB)
      .toBe(3);

    // One undo takes the whole what-if back (Ctrl+Z outside a text field).
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await e2e.app.api('households.get', { householdId: sample.id })).lines[2]!.capGB)
      .toBeNull();
    await close();
  });

  it('removes a line in a what-if, applies it, and undo brings the line back', async () => {
    const { page, close } = await openApp();
    await go(page, '#/setup');
    await page.getByTestId('onboarding-sample').click();
    await page.getByTestId('status-headline').waitFor();
    // The sample just loaded is the active household (an earlier test may have left another sample).
    const sample = { id: (await e2e.app.api('settings.get', {})).activeHouseholdId! };
    const [mom, dad] = (await e2e.app.api('households.get', { householdId: sample.id })).lines;

    await page.getByTestId('whatif-open').click();
    const momBudget = page.getByTestId(`whatif-line-budget-${mom!.id}`);
    const before = await momBudget.textContent();
    await page.getByRole('button', { name: `Remove ${dad!.name} from the what-if` }).click();
    // Mom's share of the pool changes without Dad's line, which stays listed as removed.
    await expect.poll(() => momBudget.textContent()).not.toBe(before);
    expect(await page.getByTestId(`whatif-line-budget-${dad!.id}`).count()).toBe(0);
    await page
      .getByRole('button', { name: `Put ${dad!.name} back into the what-if` })
      .first()
      .waitFor();
    expect((await e2e.app.api('households.get', { householdId: sample.id })).lines).toHaveLength(4);

    await page.getByTestId('whatif-apply').click();
    await page.getByTestId('status-headline').waitFor();
    const lineIds = async () =>
      (await e2e.app.api('households.get', { householdId: sample.id })).lines.map((l) => l.id);
    await expect.poll(lineIds).not.toContain(dad!.id);

    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect.poll(lineIds).toContain(dad!.id);
    await close();
  });

  it('prints the Plan page without the navigation or buttons', async () => {
    const { page, close } = await openApp();
    await go(page, '#/plan');
    await page.getByTestId('status-headline').waitFor();
    const nav = page.getByRole('navigation').first();
    expect(await nav.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => nav.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Copy summary' }).isVisible()).toBe(false);
    expect(await page.getByTestId('status-headline').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await close();
  });

  it('moves a tablet onto a line by keyboard alone in the what-if', async () => {
    const { page, close } = await openApp();
    await go(page, '#/whatif');
    const box = page.getByRole('checkbox', { name: /may tether to Lily’s number$/ }).first();
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.getAttribute('aria-checked')).toBe('true');
    await page.getByTestId('whatif-discard').click();
    await close();
  });

  it('returns focus to the control that opened a dialog', async () => {
    const { page, close } = await openApp();
    await go(page, '#/household');
    const add = page.getByRole('button', { name: 'Add member' });
    await add.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('member-name');
    // Chromium may show its autofill list for a name field; its first Escape closes that list.
    for (let i = 0; i < 2 && (await page.getByRole('dialog').count()) > 0; i++) {
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
    }
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add member');
    // The skip link is the first stop of the keyboard.
    await page.reload();
    await page.locator('h2').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await close();
  });

  const PAGES = [
    '#/household',
    '#/plans',
    '#/plan',
    '#/whatif',
    '#/usage',
    '#/compare',
    '#/advice',
    '#/catalog',
    '#/data',
    '#/setup',
  ];

  for (const locale of ['en-US', 'zh-CN']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no serious or critical axe violations on any page (${locale}, ${colorScheme})`, async () => {
        const { page, close } = await openApp({ locale, colorScheme });
        await page.evaluate(AXE_SOURCE);
        const found: string[] = [];
        for (const route of PAGES) {
          await go(page, route);
          await page.locator('h2').first().waitFor();
          await page.waitForTimeout(500);
          const violations = await page.evaluate(async () => {
            const axe = (
              window as unknown as {
                axe: {
                  run(
                    o: unknown,
                  ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
                };
              }
            ).axe;
            const result = await axe.run({
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            });
            return result.violations
              .filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map(
                (v) =>
                  `${v.id} (${v.nodes.length}): ${v.nodes
                    .slice(0, 3)
                    .map((n) => n.target.join(' '))
                    .join(' | ')}`,
              );
          });
          for (const v of violations) found.push(`${route} ${v}`);
        }
        expect(found).toEqual([]);
        await close();
      });
    }
  }
});
