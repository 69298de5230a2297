/**
 * A household entered in the app, exported as a scenario file, gives the same
 * numbers through the command line (`npx datapool evaluate`) as on the Plan page.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LineInput } from '@shared/domain/schemas';
import { NEW_LINE } from '@shared/domain/defaults';
import { roundForOutput } from '@shared/engine';
import { createTestBackend } from '../support/backend';
import { ROOT } from '../support/browser';

const backend = createTestBackend();
afterAll(() => backend.close());

const api = backend.call.bind(backend);

const line = (name: string, terms: Partial<LineInput> = {}): LineInput => ({ ...NEW_LINE, name, ...terms });

describe('the same household in the app and through the CLI', () => {
  it('gives identical allocation, hotspot, forecast, cost and warnings', async () => {
    const { id: householdId } = await api('households.create', { name: 'Li family' });
    await api('plan.set', {
      householdId,
      plan: {
        name: 'Pool 25',
        carrier: 'att',
        kind: 'pool',
        poolGB: 25,
        cycleStartDay: 31,
        cycleLengthDays: null,
        cycleAnchor: null,
        pricePerLine: [65, 55, 45],
        esim: false,
        tiers: [],
      },
    });
    const mom = await api('lines.create', { householdId, line: line('妈妈', { hotspotGB: 10, floorGB: 6 }) });
    const dad = await api('lines.create', { householdId, line: line('Dad', { hotspotGB: 3, weight: 2 }) });
    const kid = await api('lines.create', { householdId, line: line('Kid', { capGB: 5 }) });
    const device = (
      name: string,
      lineId: string | null,
      monthlyGB: number,
      sim: 'esim' | 'none' | 'physical',
      hotspotFrom: string[] = [],
    ) =>
      api('devices.create', {
        householdId,
        device: { name, kind: lineId ? 'phone' : 'tablet', ownerId: null, sim, lineId, monthlyGB, hotspotFrom },
      });
    await device("Mom's phone", mom.id, 11.5, 'esim');
    await device("Dad's phone", dad.id, 9, 'physical');
    await device("Kid's phone", kid.id, 7, 'physical');
    await device('iPad', null, 4, 'none', [dad.id, mom.id]);
    await device('Laptop', null, 3, 'none', [mom.id]);
    await api('readings.add', { householdId, reading: { lineId: mom.id, date: '2026-02-20', usedGB: 9.3 } });
    await api('readings.add', { householdId, reading: { lineId: kid.id, date: '2026-02-21', usedGB: 5.2 } });
    await api('history.add', { householdId, entry: { lineId: mom.id, cycleStart: '2026-01-31', usedGB: 12.4 } });

    const asOf = '2026-02-24';
    const inApp = roundForOutput(await api('plan.evaluate', { householdId, asOf }));
    const scenario = await api('scenario.export', { householdId, asOf });
    const file = join(backend.dir, 'li.datapool.json');
    writeFileSync(file, JSON.stringify(scenario));

    const run = spawnSync(process.execPath, [join(ROOT, 'bin/datapool.js'), 'evaluate', file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const viaCli = JSON.parse(run.stdout) as typeof inApp;

    // Ids differ (database ids in the app, readable slugs in the file); everything else must match.
    const slugOf = new Map(inApp.lines.map((l, i) => [l.id, viaCli.lines[i]!.id]));
    const strip = <T extends { id: string }>(l: T) => ({ ...l, id: undefined });
    expect(viaCli.cycle).toEqual(inApp.cycle);
    expect(viaCli.cycle).toEqual({ start: '2026-01-31', end: '2026-02-27', days: 28 });
    expect(viaCli.lines.map(strip)).toEqual(inApp.lines.map(strip));
    expect(viaCli.pool).toEqual(inApp.pool);
    expect(viaCli.cost).toEqual(inApp.cost);
    expect(viaCli.hotspotOverflowGB).toBe(inApp.hotspotOverflowGB);
    expect(viaCli.hotspot.map((h) => h.host)).toEqual(inApp.hotspot.map((h) => (h.host ? slugOf.get(h.host) : null)));
    expect(viaCli.warnings.map((w) => [w.code, w.line])).toEqual(
      inApp.warnings.map((w) => [w.code, w.line ? slugOf.get(w.line) : null]),
    );
    expect(inApp.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['POOL_OVERSUBSCRIBED', 'ESIM_UNSUPPORTED']),
    );
  });
});
