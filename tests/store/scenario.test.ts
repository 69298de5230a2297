import { describe, expect, it } from 'vitest';
import { dispatch } from '@electron/api/dispatch';
import { ScenarioSchema } from '@shared/scenario/schema';
import { useTempStore } from '../support/store';
import { smithFamily, withoutIds } from '../support/families';
import { NEW_LINE } from '@shared/domain/defaults';

const env = useTempStore();

const ROW_TABLES = [
  'households',
  'members',
  'lines',
  'devices',
  'device_hotspot_hosts',
  'plans',
  'readings',
  'history',
];
function rowCounts(): Record<string, number> {
  const db = env.store.open();
  return Object.fromEntries(
    ROW_TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );
}

describe('exporting a household as a scenario file', () => {
  it('writes a valid scenario v1 with readable ids and mapped references', () => {
    const f = smithFamily(env.services);
    const file = env.services.scenario.export(f.householdId, '2026-11-24');
    expect(ScenarioSchema.safeParse(file).success).toBe(true);
    expect(file).toMatchObject({
      format: 'datapool-scenario',
      version: 1,
      asOf: '2026-11-24',
      name: 'The Smiths',
      plan: { name: 'Family Pool 30', carrier: 'verizon', kind: 'pool', poolGB: 30, cycleStartDay: 5 },
    });
    const s = ScenarioSchema.parse(file);
    expect(s.lines.map((l) => l.id)).toEqual(['mom', 'dad', 'kid']);
    expect(s.devices.map((d) => [d.id, d.line, d.hotspotFrom])).toEqual([
      ['moms-phone', 'mom', []],
      ['dads-phone', 'dad', []],
      ['ipad', null, ['mom', 'dad']],
    ]);
    expect(s.readings).toEqual([
      { line: 'mom', date: '2026-11-20', usedGB: 8.4 },
      { line: 'dad', date: '2026-11-20', usedGB: 4.7 },
    ]);
    expect(s.history).toEqual([{ line: 'mom', cycleStart: '2026-10-05', usedGB: 14.2 }]);
  });

  it('makes ids unique and falls back to numbered ids for names without Latin letters', () => {
    const householdId = env.services.households.create('我的家庭').id;
    const line = (name: string) => env.services.lines.create(householdId, { ...NEW_LINE, name });
    line('Mom');
    line('mom');
    line('妈妈');
    line('Zoë');
    const s = ScenarioSchema.parse(env.services.scenario.export(householdId, '2026-11-24'));
    expect(s.lines.map((l) => l.id)).toEqual(['mom', 'mom-2', 'line-3', 'zoe']);
    expect(s.plan).toBeUndefined();
  });
});

describe('importing a scenario file', () => {
  it('round-trips: exporting then importing gives an equal household in a new one', () => {
    const f = smithFamily(env.services);
    const file = env.services.scenario.export(f.householdId, '2026-11-24');

    const result = env.services.scenario.import(JSON.parse(JSON.stringify(file)));
    expect(result.household.name).toBe('The Smiths');
    expect(result.household.id).not.toBe(f.householdId);
    expect(result.counts).toEqual({ lines: 3, devices: 3, readings: 2, history: 1 });

    const original = env.services.households.get(f.householdId);
    const imported = env.services.households.get(result.household.id);
    expect(withoutIds(imported)).toEqual(withoutIds(original));
    // Scenarios carry no members: owners are left empty.
    expect(imported.members).toEqual([]);
    expect(env.services.scenario.export(result.household.id, '2026-11-24')).toEqual(file);
    expect(env.services.households.list()).toHaveLength(2);
  });

  it('takes the name given by the user over the one in the file', () => {
    const f = smithFamily(env.services);
    const file = env.services.scenario.export(f.householdId, '2026-11-24');
    expect(env.services.scenario.import(file, 'What if we switch').household.name).toBe('What if we switch');
  });

  it('reports progress from zero to the total', () => {
    const f = smithFamily(env.services);
    env.services.scenario.import(env.services.scenario.export(f.householdId, '2026-11-24'));
    const imports = env.store.progress.filter((e) => e.task === 'import');
    expect(imports[0]).toEqual({ task: 'import', done: 0, total: 9 });
    expect(imports.at(-1)).toEqual({ task: 'import', done: 9, total: 9 });
  });

  it('fills in the defaults of a minimal file', () => {
    const result = env.services.scenario.import({
      format: 'datapool-scenario',
      version: 1,
      asOf: '2026-11-24',
      plan: { name: 'Prepaid', carrier: 'mint', kind: 'per-line', dataGB: 15, hotspotGB: 5 },
      lines: [{ id: 'me' }],
      devices: [
        { id: 'phone', line: 'me', monthlyGB: 9, sim: 'esim' },
        { id: 'laptop', hotspotFrom: ['me', 'me'], monthlyGB: 2 },
      ],
    });
    const s = env.services.households.get(result.household.id);
    expect(s.household.name).toBe('Imported household');
    // The engine renews a plan without a cycle rule on the 1st; the stored plan says so.
    expect(s.plan).toMatchObject({ cycleStartDay: 1, cycleLengthDays: null, cycleAnchor: null });
    // Plan-level terms apply to a line on no tier, so the line keeps them.
    expect(s.lines).toEqual([
      expect.objectContaining({ name: 'me', capGB: null, weight: 1, dataGB: 15, hotspotGB: 5 }),
    ]);
    expect(s.devices.map((d) => [d.name, d.kind, d.ownerId, d.hotspotFrom.length])).toEqual([
      ['phone', 'other', null, 0],
      ['laptop', 'other', null, 1],
    ]);
  });

  it('names every bad field by its path and writes nothing', async () => {
    const f = smithFamily(env.services);
    const file = env.services.scenario.export(f.householdId, '2026-11-24') as { lines: Record<string, unknown>[] };
    file.lines[2]!.capGB = -4;
    file.lines[0]!.weight = 0;
    const before = rowCounts();

    const result = await dispatch(env.services, 'scenario.import', { scenario: file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.details?.map((d) => d.path).sort()).toEqual(['lines[0].weight', 'lines[2].capGB']);
    expect(rowCounts()).toEqual(before);
  });

  it('names a reference to an unknown line', async () => {
    const result = await dispatch(env.services, 'scenario.import', {
      scenario: {
        format: 'datapool-scenario',
        version: 1,
        asOf: '2026-11-24',
        lines: [{ id: 'mom' }],
        devices: [{ id: 'ipad', hotspotFrom: ['mom', 'dad'], monthlyGB: 6 }],
      },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: [{ path: 'devices[0].hotspotFrom[1]' }] },
    });
  });

  it('rejects a plan the app cannot store, naming the plan field, and writes nothing', () => {
    const before = rowCounts();
    expect(() =>
      env.services.scenario.import({
        format: 'datapool-scenario',
        version: 1,
        asOf: '2026-11-24',
        plan: { name: 'Pool', carrier: 'Big Telco', kind: 'pool', poolGB: 10 },
      }),
    ).toThrow(
      expect.objectContaining({ code: 'VALIDATION', details: [expect.objectContaining({ path: 'plan.carrier' })] }),
    );
    expect(rowCounts()).toEqual(before);
  });
});
