/**
 * L11: the launch token does not stay in the address bar. In real Chromium,
 * against `datapool serve`: once the page has loaded, its address and the
 * tab's history carry no token, the page still calls the API (the token is
 * in session storage), a reload keeps working without showing the token, and
 * a tab opened on the bare address gets the "open the printed address" page.
 */
import { describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY } from '@shared/api/bridge';
import { browserSkipReason, reloadApp, useBrowserApp } from '../support/browser';

const skipReason = browserSkipReason('token end-to-end tests');

describe.skipIf(skipReason !== null)('the launch token in headless Chromium (L11)', () => {
  const e2e = useBrowserApp();

  it('leaves the address bar and the history, and the app keeps working across a reload', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(e2e.app.url);
    await page.getByRole('link', { name: 'Household', exact: true }).waitFor();
    // A new data file opens the first-run page (#/setup), by replacing the address, not adding to the history.
    await expect.poll(() => page.url().replace(/#.*$/, '')).toBe(`${e2e.app.origin}/`);
    const seen = await page.evaluate(
      (key) => ({ href: location.href, stored: sessionStorage.getItem(key), entries: history.length }),
      TOKEN_STORAGE_KEY,
    );
    expect(seen.href).not.toContain(e2e.app.token);
    expect(seen.stored).toBe(e2e.app.token);
    // replaceState, not pushState: the tab's history is the blank start page and this one, and no tokened address.
    expect(seen.entries).toBe(2);

    // The app has talked to the API with the stored token: the first household is made and shown.
    await page.getByRole('link', { name: 'Household', exact: true }).click();
    await page.getByRole('button', { name: 'Add member' }).waitFor();

    await reloadApp(page);
    // The app's own calls work again: the active household loads, and the stored token is the launch token.
    await page.getByRole('button', { name: 'Add member' }).waitFor();
    expect(page.url()).toBe(`${e2e.app.origin}/#/household`);
    const names = await page.evaluate(async (key) => {
      const res = await fetch('/api/households.list', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem(key)}` },
        body: '{}',
      });
      return ((await res.json()) as { value: { name: string }[] }).value.map((h) => h.name);
    }, TOKEN_STORAGE_KEY);
    expect(names.length).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps the hash route when it removes the token', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.app.url}#/plans`);
    await page.getByRole('link', { name: 'Household', exact: true }).waitFor();
    await expect.poll(() => page.url()).toBe(`${e2e.app.origin}/#/plans`);
    await page.close();
  });

  it('shows a new tab on the bare address the way to get in, without looping', async () => {
    const page = await e2e.browser.newPage();
    const response = await page.goto(`${e2e.app.origin}/`);
    expect(response?.status()).toBe(401);
    await page.getByText('Open the address Datapool printed when it started').waitFor();
    expect(page.url()).toBe(`${e2e.app.origin}/`);
    await page.close();
  });
});
