/**
 * A household at every limit the app allows (100 lines, 500 devices, 200,000
 * readings, 20,000 past cycles) exports to a file that imports back through
 * every path: the API, browser mode's HTTP and the CLI. One past a limit is
 * refused with VALIDATION naming the limit, and nothing is saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEW_LINE } from '@shared/domain/defaults';
import { HOUSEHOLD_LIMITS, LIMIT_MESSAGES } from '@shared/domain/schemas';
import { SCENARIO_FILE_MAX_BYTES } from '@shared/scenario/schema';
import { startBrowserServer } from '@electron/server/http';
import { runCli } from '@electron/cli/run';
import { createTestBackend, type TestBackend } from '../support/backend';
import { postApi } from '../support/http';

let backend: TestBackend;

beforeAll(() => {
  backend = createTestBackend();
});
afterAll(() => backend.close());

/** 40 letters: the longest slug an exported line id gets. */
const longName = (i: number) => `Line number ${String(i).padStart(3, '0')} of the very big family`.slice(0, 40);

function dateOf(i: number): string {
  const day = new Date(Date.UTC(2001, 0, 1) + (i % 70_000) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** A scenario file at every household limit, with amounts of many digits. */
function atTheLimits() {
  const lines = Array.from({ length: HOUSEHOLD_LIMITS.lines }, (_, i) => ({
    id: `l${i}`,
    name: longName(i),
    hotspotGB: 5,
  }));
  const devices = Array.from({ length: HOUSEHOLD_LIMITS.devices }, (_, i) =>
    i % 5 === 0
      ? { id: `d${i}`, name: `Laptop ${i}`, monthlyGB: 0.5, hotspotFrom: lines.slice(0, 50).map((l) => l.id) }
      : { id: `d${i}`, name: `Phone ${i}`, line: `l${i % lines.length}`, monthlyGB: 1.123456789 },
  );
  const readings = Array.from({ length: HOUSEHOLD_LIMITS.readings }, (_, i) => ({
    line: `l${i % lines.length}`,
    // One reading per line per date, as the app keeps them.
    date: dateOf(Math.floor(i / lines.length)),
    usedGB: 99_999.123456789 - (i % 1000),
  }));
  const history = Array.from({ length: HOUSEHOLD_LIMITS.history }, (_, i) => ({
    line: `l${i % lines.length}`,
    cycleStart: dateOf(i),
    usedGB: 12_345.987654321,
  }));
  return {
    format: 'datapool-scenario',
    version: 1,
    asOf: '2026-11-24',
    name: 'At the limits',
    plan: { name: 'Big pool', carrier: 'verizon', kind: 'pool', poolGB: 100_000, cycleStartDay: 31 },
    lines,
    devices,
    readings,
    history,
  };
}

describe('a household at every limit (L10)', () => {
  it('exports to a file that imports back through the API, browser mode and the CLI', async () => {
    const first = await backend.call('scenario.import', { scenario: atTheLimits() });
    expect(first.counts).toEqual({ lines: 100, devices: 500, readings: 200_000, history: 20_000 });

    const exported = await backend.call('scenario.export', { householdId: first.household.id, asOf: '2026-11-24' });
    // Written as the app's Data page writes it: indented.
    const text = `${JSON.stringify(exported, null, 2)}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_000_000);
    expect(Buffer.byteLength(text)).toBeLessThan(SCENARIO_FILE_MAX_BYTES);

    // Browser mode: the whole file in one request body, through the same dispatcher the desktop app uses.
    const rendererDir = join(backend.dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Datapool</title>');
    const server = await startBrowserServer({ route: backend.route, rendererDir, port: 0 });
    try {
      const reply = await postApi(server, 'scenario.import', `{"name":"Over HTTP","scenario":${text}}`);
      expect(reply.status, reply.body.slice(0, 300)).toBe(200);
      expect(JSON.parse(reply.body).value.counts).toEqual(first.counts);
    } finally {
      await server.close();
    }

    // The CLI reads the same file.
    const file = join(backend.dir, 'at-the-limits.json');
    writeFileSync(file, text);
    expect(statSync(file).size).toBe(Buffer.byteLength(text));
    let stderr = '';
    const code = await runCli(['evaluate', file], { stdout: () => {}, stderr: (t) => (stderr += t) });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 120_000);

  it('refuses one line, device or reading past the limit, naming the limit, and saves nothing', async () => {
    const scenario = atTheLimits();
    const small = { ...scenario, readings: [], history: [] };
    const households = (await backend.call('households.list', {})).length;
    for (const [list, item] of [
      ['lines', { id: 'extra' }],
      ['devices', { id: 'extra', monthlyGB: 1 }],
      ['readings', { line: 'l0', date: '2026-11-01', usedGB: 1 }],
    ] as const) {
      const base = list === 'readings' ? scenario : small;
      const over = { ...base, [list]: [...base[list], item] };
      const result = await backend.bridge.api['scenario.import']({ scenario: over });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.details).toContainEqual({ path: list, message: LIMIT_MESSAGES[list] });
      }
    }
    expect(await backend.call('households.list', {})).toHaveLength(households);
  }, 60_000);

  it('refuses an API write past a household limit with VALIDATION naming the limit', async () => {
    const { household } = await backend.call('scenario.import', {
      scenario: { ...atTheLimits(), readings: [], history: [] },
    });
    const householdId = household.id;
    const line = await backend.bridge.api['lines.create']({
      householdId,
      line: { ...NEW_LINE, name: 'One more' },
    });
    expect(line.ok).toBe(false);
    if (!line.ok) {
      expect(line.error.code).toBe('VALIDATION');
      expect(line.error.details).toEqual([{ path: 'line', message: LIMIT_MESSAGES.lines }]);
    }
    const device = await backend.bridge.api['devices.create']({
      householdId,
      device: {
        name: 'One more',
        kind: 'phone',
        ownerId: null,
        sim: 'esim',
        lineId: null,
        monthlyGB: 1,
        hotspotFrom: [],
      },
    });
    expect(device.ok).toBe(false);
    if (!device.ok) expect(device.error.details).toEqual([{ path: 'device', message: LIMIT_MESSAGES.devices }]);
    const snapshot = await backend.call('households.get', { householdId });
    expect(snapshot.lines).toHaveLength(100);
    expect(snapshot.devices).toHaveLength(500);
  }, 60_000);
});
