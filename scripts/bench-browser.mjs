#!/usr/bin/env node
/* global window, document -- the functions passed to page.evaluate run in the page. */
/**
 * Browser benchmarks of the built app in real headless Chromium (browser mode):
 *  1. Edit → Plan page updated: a reading is added on #/usage, then the time
 *     until the Plan page shows it as the line's "used so far" (save, store
 *     update, navigation and the engine's evaluation). Clicks are dispatched
 *     in the page and times read from its clock: the app's time from the
 *     click to the saved reading on screen, plus from opening #/plan to its
 *     numbers, without the driver's round trips in between, for 10 lines and for
 *     50 lines with 3 years of daily readings each. Targets: ≤ 100 ms and ≤ 150 ms.
 *     The same for changing a line's cap on #/plans (the line dialog), until
 *     the Plan page shows the new cap in the line's row.
 *  2. The Usage page's DOM size (elements in the document) with 1 past cycle
 *     against 36 past cycles of daily readings: older readings are paged, so
 *     the page must stay (nearly) the same size.
 * Builds nothing: run `npm run build` first. Prints a table; asserts no times.
 * Run: npm run bench:browser   (CHROMIUM_PATH picks another browser)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
// Node runs the TypeScript of this module directly (its only import is a type).
import { NEW_LINE as LINE } from '../shared/domain/defaults.ts';
// The same Chromium flags and `datapool serve` start-up as the end-to-end tests.
import { findChromium, launchChromium, ROOT, serveApp as serve } from '../tests/support/chromium.mjs';

const CLI = join(ROOT, 'out/node/cli.js');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const POOL = {
  name: 'Family Pool',
  carrier: 'verizon',
  kind: 'pool',
  poolGB: 2000,
  cycleStartDay: 5,
  cycleLengthDays: null,
  cycleAnchor: null,
  pricePerLine: [60, 50, 40],
  esim: true,
  tiers: [],
};

const iso = (d) => d.toISOString().slice(0, 10);

/**
 * A household of `lineCount` lines with a daily reading on each for `days`
 * days up to yesterday, written by importing one per-day usage file.
 */
async function seed(api, lineCount, days, plan = POOL) {
  const household = await api('households.create', { name: `Bench ${lineCount} lines` });
  const householdId = household.id;
  await api('settings.update', { activeHouseholdId: householdId });
  await api('plan.set', { householdId, plan });
  const lines = [];
  for (let i = 1; i <= lineCount; i++) {
    lines.push(await api('lines.create', { householdId, line: { ...LINE, name: `Line ${i}` } }));
  }
  const rows = ['Date,Line,Data used (MB)'];
  const today = new Date();
  for (let back = days; back >= 1; back--) {
    const day = iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, 12));
    for (const line of lines) rows.push(`${day},${line.name},${100 + ((back * 7) % 400)}`);
  }
  const contentBase64 = Buffer.from(rows.join('\n')).toString('base64');
  const preview = await api('usage.importPreview', { householdId, fileName: 'bench.csv', contentBase64 });
  const result = await api('usage.importCommit', { householdId, importId: preview.importId });
  return { householdId, lines, readings: result.added };
}

async function openApp(browser, url) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('h2').first().waitFor();
  return { page, close: () => context.close() };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The Plan page's per-line table row of `name` shows `text`: the time it does, from the page's clock. */
function planRowShows(page, name, text) {
  return page.waitForFunction(
    ({ name, text }) => {
      const table = [...document.querySelectorAll('table')].find(
        (t) =>
          t.getAttribute('aria-label')?.startsWith('Data per line') ||
          t.querySelector('caption')?.textContent?.startsWith('Data per line'),
      );
      const row = table && [...table.querySelectorAll('tr')].find((r) => r.querySelector('th')?.textContent === name);
      return row && row.textContent.includes(text) ? performance.now() : false;
    },
    { name, text },
    { polling: 'raf', timeout: 30_000 },
  );
}

/**
 * Changes Line 1's cap in its dialog on #/plans, then times until the Plan
 * page shows the new cap as the line's limit (worked out by the engine).
 */
async function capToPlan(browser, lineCount) {
  const app = await serve();
  try {
    const perLine = { ...POOL, name: 'Per line', kind: 'per-line', poolGB: null };
    const { lines, readings } = await seed(app.api, lineCount, 3 * 365, perLine);
    const { page, close } = await openApp(browser, app.url);
    const line = lines[0];
    const times = [];
    for (let round = 0; round < ROUNDS; round++) {
      await page.evaluate(() => (window.location.hash = '#/plans'));
      await page.getByRole('button', { name: `Edit ${line.name}`, exact: true }).click();
      const cap = page.getByLabel('Cap (GB)');
      await cap.waitFor();
      const gb = 40 + round;
      await cap.fill(String(gb));
      const dialog = page.getByRole('dialog');
      const save = await dialog.getByRole('button', { name: 'Save', exact: true }).evaluate((button) => {
        const t = performance.now();
        button.click();
        return t;
      });
      const closed = await page.waitForFunction(
        () => (document.querySelector('[role="dialog"]') ? false : performance.now()),
        null,
        {
          polling: 'raf',
          timeout: 30_000,
        },
      );
      const saveMs = (await closed.jsonValue()) - save;
      const navigated = await page.evaluate(() => {
        const t = performance.now();
        window.location.hash = '#/plan';
        return t;
      });
      const end = await planRowShows(page, line.name, `${gb} GB cap`);
      times.push(saveMs + (await end.jsonValue()) - navigated);
    }
    await close();
    return { lines: lineCount, readings, median: median(times), min: Math.min(...times), max: Math.max(...times) };
  } finally {
    await app.stop();
  }
}

/** Adds a reading on #/usage, then times until the Plan page shows it as used so far. */
async function editToPlan(browser, lineCount) {
  const app = await serve();
  try {
    const { lines, readings } = await seed(app.api, lineCount, 3 * 365);
    const { page, close } = await openApp(browser, app.url);
    const line = lines[0];
    const times = [];
    const saves = [];
    for (let round = 0; round < ROUNDS; round++) {
      await page.evaluate(() => (window.location.hash = '#/usage'));
      const amount = page.getByTestId(`usage-reading-gb-${line.id}`);
      await amount.waitFor();
      const gb = 300 + round * 10;
      await amount.fill(String(gb));
      // The click is dispatched in the page and every time is read from the page's clock, so
      // the driver's own round trips (actionability checks, command latency) are not counted.
      const start = await page.evaluate((id) => {
        const t = performance.now();
        document.querySelector(`[data-testid="usage-reading-add-${id}"]`).click();
        return t;
      }, line.id);
      // Saved once the line's list of readings shows it; then go to the Plan page.
      const saved = await page.waitForFunction(
        ({ id, text }) =>
          document
            .querySelector(`[data-testid="usage-reading-gb-${id}"]`)
            ?.closest('section')
            ?.textContent?.includes(text)
            ? performance.now()
            : false,
        { id: line.id, text: `${gb} GB` },
        { polling: 'raf', timeout: 30_000 },
      );
      const save = (await saved.jsonValue()) - start;
      saves.push(save);
      const navigated = await page.evaluate(() => {
        const t = performance.now();
        window.location.hash = '#/plan';
        return t;
      });
      const end = await planRowShows(page, line.name, `${gb} GB`);
      times.push(save + (await end.jsonValue()) - navigated);
    }
    await close();
    return {
      lines: lineCount,
      readings,
      save: median(saves),
      median: median(times),
      min: Math.min(...times),
      max: Math.max(...times),
    };
  } finally {
    await app.stop();
  }
}

/** Elements in the document once the Usage page has rendered all lines. */
async function usageDomSize(browser, lineCount, days) {
  const app = await serve();
  try {
    const { readings } = await seed(app.api, lineCount, days);
    const { page, close } = await openApp(browser, app.url);
    await page.evaluate(() => (window.location.hash = '#/usage'));
    await page.getByRole('region', { name: `Line ${lineCount}` }).waitFor();
    await page.waitForTimeout(500);
    const elements = await page.evaluate(() => document.querySelectorAll('*').length);
    await close();
    return { readings, elements };
  } finally {
    await app.stop();
  }
}

const executablePath = findChromium();
if (!existsSync(CLI)) {
  console.error('bench:browser: the app is not built: run `npm run build` first.');
  process.exit(1);
}
if (!executablePath) {
  console.error('bench:browser: no Chromium found (set CHROMIUM_PATH, or `apt-get install chromium` on Debian).');
  process.exit(1);
}
const { browser } = await launchChromium();
try {
  const only = process.env.BENCH_ONLY ?? 'edit,cap,dom';
  if (only.includes('edit') || only.includes('cap')) {
    const rows = [];
    const cases = [
      [10, 100],
      [50, 150],
    ].filter(([n]) => !process.env.BENCH_LINES || String(n) === process.env.BENCH_LINES);
    for (const [lineCount, target] of only.includes('edit') ? cases : []) {
      const r = await editToPlan(browser, lineCount);
      rows.push({
        case: `add reading → Plan updated, ${lineCount} lines × 3 years`,
        readings: r.readings,
        'saved on #/usage, median ms': Math.round(r.save),
        'median ms': Math.round(r.median),
        'min ms': Math.round(r.min),
        'max ms': Math.round(r.max),
        'target ms': target,
      });
    }
    if (only.includes('cap')) {
      for (const [lineCount, target] of cases) {
        const r = await capToPlan(browser, lineCount);
        rows.push({
          case: `change a cap → Plan updated, ${lineCount} lines × 3 years`,
          readings: r.readings,
          'saved on #/usage, median ms': '',
          'median ms': Math.round(r.median),
          'min ms': Math.round(r.min),
          'max ms': Math.round(r.max),
          'target ms': target,
        });
      }
    }
    console.table(rows);
  }
  if (only.includes('dom')) {
    const one = await usageDomSize(browser, 2, 40);
    const many = await usageDomSize(browser, 2, 36 * 31 + 10);
    console.table([
      { case: 'Usage page, 2 lines, 1 past cycle', readings: one.readings, elements: one.elements },
      { case: 'Usage page, 2 lines, 36 past cycles', readings: many.readings, elements: many.elements },
    ]);
  }
} finally {
  await browser.close();
}
