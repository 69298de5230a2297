/**
 * Real headless Chromium and `datapool serve`, as the end-to-end tests and the
 * browser benchmark both start them. Plain JavaScript so `node scripts/*.mjs`
 * can import it without a build; chromium.d.mts beside it types it for tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Flags needed as root on a machine without network or GPU: no sandbox, no
 * GPU, and none of Chromium's own downloads or sign-in traffic.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** Chromium from CHROMIUM_PATH or the usual system locations; null when there is none. */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((p) => !!p && existsSync(p)) ?? null;
}

/**
 * Launches headless Chromium with CHROMIUM_ARGS. Playwright gives every launch
 * a fresh temporary profile (its own --user-data-dir) and removes it on close,
 * so no run sees another's cookies or storage.
 */
export async function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('no Chromium found (set CHROMIUM_PATH, or `apt-get install chromium` on Debian)');
  const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
  return { browser, close: () => browser.close() };
}

/** Starts `datapool serve` exactly as a user would, on a fresh data file unless one is given. */
export async function serveApp(dbPath) {
  const dir = dbPath ? null : mkdtempSync(join(tmpdir(), 'datapool-e2e-'));
  const db = dbPath ?? join(dir, 'datapool.db');
  const child = spawn(process.execPath, [join(ROOT, 'bin/datapool.js'), 'serve', '--port', '0', '--db', db], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c.toString()));
  const firstLine = await new Promise((resolveLine, reject) => {
    createInterface({ input: child.stdout }).once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`datapool serve exited with ${code}: ${stderr}`)));
  });
  const url = new URL(firstLine);
  const origin = url.origin;
  const token = url.searchParams.get('token') ?? '';
  return {
    url: firstLine,
    origin,
    token,
    dbPath: db,
    /** Calls the running app's API as the page does, with the access token; throws the API error's message. */
    async api(method, input) {
      const reply = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const body = await reply.json();
      if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? 'failed'}`);
      return body.value;
    },
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
