// Screenshot tour (not part of the repo): node .shots.mjs OUTDIR
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
const out = process.argv[2] ?? '/tmp/shots';
const dir = mkdtempSync(join(tmpdir(), 'dp-shots-'));
const child = spawn(process.execPath, ['bin/datapool.js', 'serve', '--port', '0', '--db', join(dir, 'd.db')], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((r) => createInterface({ input: child.stdout }).once('line', r));
const u = new URL(url); const token = u.searchParams.get('token');
const api = (m, body) => fetch(`${u.origin}/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) }).then((r) => r.json());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const pages = (process.env.PAGES ?? 'setup,plan,whatif,usage,compare,advice,household,plans,catalog,data').split(',');
for (const [w, h] of [[1280, 800], [1024, 700]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForTimeout(1500);
  if (w === 1280) {
    await page.screenshot({ path: `${out}/setup-empty-en-${w}.png` });
    const sample = page.getByTestId('onboarding-sample');
    if (await sample.count()) { await sample.click(); await page.waitForTimeout(2000); }
  }
  for (const lang of ['en', 'zh-CN']) {
    await api('settings.update', { locale: lang });
    for (const p of pages) {
      await page.evaluate((p) => { location.hash = `#/${p}`; }, p);
      await page.reload(); await page.waitForTimeout(1800);
      await page.screenshot({ path: `${out}/${p}-${lang}-${w}.png`, fullPage: process.env.FULL === '1' });
    }
  }
  await ctx.close();
}
await browser.close(); child.kill('SIGTERM');
