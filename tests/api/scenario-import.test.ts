import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../support/backend';

let backend: TestBackend;
beforeEach(() => {
  backend = createTestBackend();
});
afterEach(() => backend.close());

const scenario = {
  format: 'datapool-scenario',
  version: 1,
  asOf: '2026-11-24',
  '//': 'a comment is fine anywhere',
  plan: { name: 'Pool 30', carrier: 'verizon', kind: 'pool', poolGB: 30, cycleStartDay: 5 },
  lines: [{ id: 'mom', name: 'Mom', capGB: 10 }],
  devices: [{ id: 'phone', name: 'Phone', line: 'mom', monthlyGB: 8, sim: 'esim', kind: 'phone' }],
};

describe('importing a scenario file in the app', () => {
  it('refuses a misspelt field, names it, and saves nothing', async () => {
    const typo = { ...scenario, lines: [{ id: 'mom', name: 'Mom', capGb: 10 }] };
    const result = await backend.bridge.api['scenario.import']({ scenario: typo });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.details).toEqual([{ path: 'lines[0].capGb', message: 'unknownField' }]);
    }
    expect(await backend.call('households.list', {})).toEqual([]);
  });

  it('accepts comments and keeps the device kind', async () => {
    const { household } = await backend.call('scenario.import', { scenario });
    const snapshot = await backend.call('households.get', { householdId: household.id });
    expect(snapshot.devices.map((d) => [d.name, d.kind])).toEqual([['Phone', 'phone']]);
    expect(snapshot.lines[0]?.capGB).toBe(10);
  });
});
