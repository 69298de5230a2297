/**
 * Shared pieces of the end-to-end tests: find a real Chromium, start browser
 * mode from the built CLI on a temporary data file, and read its address.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Chromium from CHROMIUM_PATH or the usual system locations; null when there is none. */
export function findChromium(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/** Why the browser tests cannot run here, or null when they can. In CI a missing browser is an error. */
export function chromiumUnavailableReason(): string | null {
  if (findChromium()) return null;
  const reason = 'no Chromium found (set CHROMIUM_PATH, or `apt-get install chromium` on Debian)';
  if (process.env.DATAPOOL_REQUIRE_CHROMIUM === '1') throw new Error(`End-to-end tests need Chromium: ${reason}`);
  return reason;
}

export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium');
  // Flags needed as root on a machine without network or GPU. Playwright gives
  // every launch a fresh temporary profile (--user-data-dir) of its own.
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

export interface ServedApp {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  stop(): Promise<void>;
}

/** Starts `datapool serve` exactly as a user would, on a fresh data file unless one is given. */
export async function serveApp(dbPath?: string): Promise<ServedApp> {
  const dir = dbPath ? null : mkdtempSync(join(tmpdir(), 'datapool-e2e-'));
  const db = dbPath ?? join(dir!, 'datapool.db');
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'bin/datapool.js'), 'serve', '--port', '0', '--db', db],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const firstLine = await new Promise<string>((resolveLine, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', (line) => resolveLine(line));
    child.once('exit', (code) => reject(new Error(`datapool serve exited with ${code}: ${stderr}`)));
  });
  const url = new URL(firstLine);
  return {
    url: firstLine,
    origin: url.origin,
    token: url.searchParams.get('token') ?? '',
    dbPath: db,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
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
