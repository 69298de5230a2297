/**
 * End-to-end support: the built app served from `datapool serve` on a
 * temporary data file, opened in real headless Chromium (see chromium.mjs,
 * shared with the browser benchmark).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { liveView } from './live';
import { findChromium, launchChromium, serveApp, type LaunchedChromium, type ServedApp } from './chromium.mjs';

export { CHROMIUM_ARGS, findChromium, launchChromium, ROOT, serveApp } from './chromium.mjs';
export type { LaunchedChromium, ServedApp } from './chromium.mjs';

/** Why the browser tests cannot run here, or null when they can. In CI a missing browser is an error. */
export function chromiumUnavailableReason(): string | null {
  if (findChromium()) return null;
  const reason = 'no Chromium found (set CHROMIUM_PATH, or `apt-get install chromium` on Debian)';
  if (process.env.DATAPOOL_REQUIRE_CHROMIUM === '1') throw new Error(`End-to-end tests need Chromium: ${reason}`);
  return reason;
}

/**
 * The skip reason for a file of browser tests, printed once so a skipped run
 * says why (`what` names the tests in the message).
 */
export function browserSkipReason(what: string): string | null {
  const reason = chromiumUnavailableReason();
  if (reason) console.warn(`\n[datapool] SKIPPED ${what}: ${reason}\n`);
  return reason;
}

export interface BrowserApp {
  /** The served app (address, token, data file, API). */
  readonly app: ServedApp;
  readonly browser: Browser;
  /** A new page on the app's launch address. */
  openPage(): Promise<Page>;
}

/**
 * Serves the app and launches Chromium once for the enclosing describe block;
 * both stop after its last test. The app serves a fresh data file, or the one
 * `options.dbPath` names (called once the earlier hooks have run).
 */
export function useBrowserApp(options: { dbPath?: () => string } = {}): BrowserApp {
  let app: ServedApp | undefined;
  let chromium: LaunchedChromium | undefined;
  beforeAll(async () => {
    app = await serveApp(options.dbPath?.());
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
  });
  const started = () => {
    if (!app || !chromium) throw new Error('the app is not served yet: use it inside a test or a later hook');
    return { app, browser: chromium.browser };
  };
  return liveView(() => ({
    ...started(),
    async openPage() {
      const { app, browser } = started();
      const page = await browser.newPage();
      await page.goto(app.url);
      return page;
    },
  }));
}

/**
 * Reloads the app in browser mode. The page keeps its token in session
 * storage, not in the address, so a reload goes through the server's bare
 * address page, which puts the token back and loads the app again: wait for
 * that second load, until the app has rendered without the token showing.
 */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(
    () => !window.location.search.includes('token') && (document.getElementById('root')?.childElementCount ?? 0) > 0,
  );
}
