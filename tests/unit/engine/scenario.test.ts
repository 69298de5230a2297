import { describe, expect, test } from 'vitest';
import { parseScenario } from '@shared/scenario/parse';

const base = {
  format: 'datapool-scenario',
  version: 1,
  asOf: '2026-11-24',
  plan: { name: 'Pool', carrier: 'x', kind: 'pool', poolGB: 30, cycleStartDay: 5 },
};

describe('reading a scenario file', () => {
  test('applies the documented defaults to missing fields', () => {
    const result = parseScenario({
      ...base,
      lines: [{ id: 'mom' }],
      devices: [{ id: 'p', line: 'mom', monthlyGB: 1 }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.lines[0]).toMatchObject({
      capGB: null,
      floorGB: 0,
      weight: 1,
      dataGB: null,
      premiumGB: null,
      hotspotGB: null,
      tier: null,
      needsPremium: false,
    });
    expect(result.scenario.plan!.esim).toBeNull();
  });

  test('names every bad field by its path', () => {
    const result = parseScenario({
      ...base,
      lines: [{ id: 'a' }, { id: 'b' }, { id: 'c', capGB: -1 }],
      devices: [{ id: 'p', line: 'zzz', monthlyGB: 1 }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['lines[2].capGB']));
    const issues = parseScenario({ ...base, lines: [{ id: 'a' }], devices: [{ id: 'p', line: 'zzz', monthlyGB: 1 }] });
    expect(issues.ok ? [] : issues.issues).toEqual([
      { path: 'devices[0].line', message: 'unknownLine', values: { id: 'zzz' } },
    ]);
  });

  test('refuses a fixed-length cycle without its anchor', () => {
    const result = parseScenario({ ...base, plan: { ...base.plan, cycleLengthDays: 30 } });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['plan.cycleAnchor']);
  });

  test('refuses a line on a tier the plan does not have', () => {
    const result = parseScenario({
      ...base,
      plan: { name: 'T', carrier: 'x', kind: 'per-line', tiers: [{ name: 'Basic' }] },
      lines: [{ id: 'a', tier: 'Gold' }],
    });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['lines[0].tier']);
  });

  test('refuses a file that is not a datapool scenario', () => {
    const result = parseScenario({ format: 'something-else', version: 2 });
    expect(result.ok).toBe(false);
  });
});
