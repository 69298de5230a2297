/**
 * Every input is bounded: text (L2, L3),
 * catalog keys (L4), unknown nested fields (L5), calendar edges (L9) and the
 * catalog's size (L13), each turned into a test that failed before the fix.
 * A refused call is VALIDATION naming the field, and leaves the data as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '@shared/api/bridge';
import type { ApiInput, MethodName } from '@shared/api/contract';
import { UNKNOWN_FIELD, type ApiErrorPayload } from '@shared/api/errors';
import type { Carrier } from '@shared/catalog/schema';
import { CATALOG_LIMIT_MESSAGE, RESERVED_KEY_MESSAGE } from '@shared/catalog/schema';
import { NEW_LINE } from '@shared/domain/defaults';
import { DATE_OUT_OF_RANGE, TEXT_HAS_NUL, TEXT_LONE_SURROGATE } from '@shared/domain/schemas';
import { createTestBackend, type TestBackend } from '../support/backend';

let backend: TestBackend;
beforeEach(() => {
  backend = createTestBackend();
});
afterEach(() => backend.close());

async function refused<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiErrorPayload> {
  const result = (await (backend.bridge.api[method] as (i: unknown) => Promise<ApiResult<unknown>>)(input)) as
    { ok: true } | { ok: false; error: ApiErrorPayload };
  if (result.ok) throw new Error(`${method} was accepted`);
  return result.error;
}

const MOM_LINE = { ...NEW_LINE, name: 'Mom' };

const SCENARIO = {
  format: 'datapool-scenario',
  version: 1,
  asOf: '2026-11-24',
  plan: { name: 'Pool 30', carrier: 'verizon', kind: 'pool', poolGB: 30, cycleStartDay: 5 },
  lines: [{ id: 'mom', name: 'Mom' }],
  devices: [{ id: 'phone', name: 'Phone', line: 'mom', monthlyGB: 8 }],
};

describe('text (L2: NUL characters, L3: lone surrogates)', () => {
  it('refuses a NUL in a name as VALIDATION on that field, not CONFLICT, and stores nothing', async () => {
    for (const name of ['\u0000', 'a\u0000b']) {
      const error = await refused('households.create', { name });
      expect(error.code).toBe('VALIDATION');
      expect(error.details).toEqual([{ path: 'name', message: TEXT_HAS_NUL }]);
    }
    const scenario = { ...SCENARIO, devices: [{ ...SCENARIO.devices[0], id: '\u0000' }] };
    const error = await refused('scenario.import', { scenario });
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toContainEqual({ path: 'devices[0].id', message: TEXT_HAS_NUL });
    expect(await backend.call('households.list', {})).toEqual([]);
  });

  it('refuses a lone surrogate instead of storing it changed, and keeps a real emoji exactly', async () => {
    for (const name of ['\ud800', 'x\udfffy', '\ud83d']) {
      const error = await refused('households.create', { name });
      expect(error.code).toBe('VALIDATION');
      expect(error.details).toEqual([{ path: 'name', message: TEXT_LONE_SURROGATE }]);
    }
    const created = await backend.call('households.create', { name: 'Family 👨‍👩‍👧 数据' });
    const [stored] = await backend.call('households.list', {});
    expect(stored?.name).toBe(created.name);
    expect(stored?.name).toBe('Family 👨‍👩‍👧 数据');
  });
});

describe('catalog keys (L4)', () => {
  async function someCarrier(): Promise<Carrier> {
    const [entry] = await backend.call('catalog.list', {});
    return structuredClone(entry!.carrier);
  }

  it('refuses a plan keyed "constructor" or "prototype" on a built-in carrier instead of acknowledging and dropping it', async () => {
    const carrier = await someCarrier();
    const plan = Object.values(carrier.plans)[0]!;
    for (const key of ['constructor', 'prototype']) {
      const edited = { ...carrier, plans: { ...carrier.plans, [key]: plan } };
      const error = await refused('catalog.update', { carrier: edited });
      expect(error.code).toBe('VALIDATION');
      expect(error.details).toContainEqual({ path: `carrier.plans.${key}`, message: RESERVED_KEY_MESSAGE });
    }
    const [after] = await backend.call('catalog.list', {});
    expect(after!.changedPaths).toEqual([]);
  });

  it('refuses a "__proto__" plan key on a carrier of the user’s own (as JSON sends it) and stores no carrier', async () => {
    const carrier = await someCarrier();
    const plan = Object.values(carrier.plans)[0]!;
    const json = `{"carrier":${JSON.stringify({ ...carrier, id: 'mine', plans: {} }).replace(
      '"plans":{}',
      `"plans":{"__proto__":${JSON.stringify(plan)}}`,
    )}}`;
    const payload = JSON.parse(json) as ApiInput<'catalog.update'>;
    expect(Object.keys(payload.carrier.plans as object)).toEqual(['__proto__']);
    const error = await refused('catalog.update', payload);
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toContainEqual({ path: 'carrier.plans.__proto__', message: RESERVED_KEY_MESSAGE });
    const ids = (await backend.call('catalog.list', {})).map((e) => e.carrier.id);
    expect(ids).not.toContain('mine');
  });
});

describe('unknown nested fields (L5)', () => {
  it('refuses a misspelt or extra field inside a device, naming each, instead of stripping it', async () => {
    const { id: householdId } = await backend.call('households.create', { name: 'Home' });
    const device = {
      name: 'Phone',
      kind: 'phone',
      ownerId: null,
      sim: 'esim',
      lineId: null,
      monthlyGB: 5,
      hotspotFrom: [],
      monthlyGb: 99,
      notes: 'kept?',
    };
    const error = await refused('devices.create', { householdId, device } as never);
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toEqual(
      expect.arrayContaining([
        { path: 'device.monthlyGb', message: UNKNOWN_FIELD },
        { path: 'device.notes', message: UNKNOWN_FIELD },
      ]),
    );
    expect((await backend.call('households.get', { householdId })).devices).toEqual([]);
  });

  it('refuses unknown fields in lines, members, plans, tiers, readings and undo records', async () => {
    const { id: householdId } = await backend.call('households.create', { name: 'Home' });
    const line = await backend.call('lines.create', { householdId, line: MOM_LINE });
    const member = await backend.call('members.create', { householdId, member: { name: 'Mom', role: 'adult' } });
    const plan = {
      name: 'Pool',
      carrier: 'verizon',
      kind: 'pool',
      poolGB: 30,
      cycleStartDay: 1,
      cycleLengthDays: null,
      cycleAnchor: null,
      pricePerLine: [],
      esim: null,
      tiers: [{ name: 'A', dataGB: 5, premiumGB: null, hotspotGB: null, pricePerLine: [], extra: 1 }],
    };
    const cases: [MethodName, unknown, string][] = [
      ['lines.update', { householdId, line: { ...line, capGb: 3 } }, 'line.capGb'],
      ['members.update', { householdId, member: { ...member, age: 40 } }, 'member.age'],
      ['plan.set', { householdId, plan }, 'plan.tiers[0].extra'],
      [
        'readings.add',
        { householdId, reading: { lineId: line.id, date: '2026-11-01', usedGB: 1, note: 'x' } },
        'reading.note',
      ],
      [
        'members.restore',
        { householdId, member: { ...member, id: 'gone', extra: true }, deviceIds: [], lineIds: [] },
        'member.extra',
      ],
    ];
    for (const [method, input, path] of cases) {
      const error = await refused(method, input as never);
      expect(error.code, method).toBe('VALIDATION');
      expect(error.details, method).toContainEqual({ path, message: UNKNOWN_FIELD });
    }
    const snapshot = await backend.call('households.get', { householdId });
    expect(snapshot.lines).toEqual([line]);
    expect(snapshot.members).toEqual([member]);
    expect(snapshot.plan).toBeNull();
    expect(snapshot.readings).toEqual([]);
  });

  it('in scenario files, refuses unknown fields at any depth but takes "//" comments at every level', async () => {
    const typo = { ...SCENARIO, plan: { ...SCENARIO.plan, tiers: [{ name: 'A', dataGb: 5 }] } };
    const error = await refused('scenario.import', { scenario: typo });
    expect(error.details).toEqual([{ path: 'plan.tiers[0].dataGb', message: UNKNOWN_FIELD }]);

    const commented = {
      '//': 'a household',
      ...SCENARIO,
      plan: { '//': 'the plan', ...SCENARIO.plan, tiers: [{ '//': ['a', 'tier'], name: 'A' }] },
      lines: [{ '//': { why: 'mom' }, id: 'mom', name: 'Mom', tier: 'A' }],
      devices: [{ '//': 'phone', ...SCENARIO.devices[0] }],
      readings: [{ '//': 'r', line: 'mom', date: '2026-11-20', usedGB: 1 }],
      history: [{ '//': 'h', line: 'mom', cycleStart: '2026-10-05', usedGB: 2 }],
      plans: [{ '//': 'candidate', ...SCENARIO.plan }],
    };
    const { counts } = await backend.call('scenario.import', { scenario: commented });
    expect(counts).toEqual({ lines: 1, devices: 1, readings: 1, history: 1 });
  });
});

describe('calendar edges (L9)', () => {
  it('refuses dates outside the years 2000–2199 and prints every cycle at the edges as YYYY-MM-DD', async () => {
    const { household } = await backend.call('scenario.import', { scenario: SCENARIO });
    const householdId = household.id;
    for (const asOf of ['0000-01-01', '9999-12-31', '1999-12-31', '2200-01-01']) {
      const error = await refused('plan.evaluate', { householdId, asOf });
      expect(error.code).toBe('VALIDATION');
      expect(error.details).toEqual([{ path: 'asOf', message: DATE_OUT_OF_RANGE }]);
    }
    const ISO = /^\d{4}-\d{2}-\d{2}$/;
    const monthly = { ...SCENARIO.plan, cycleStartDay: 31 };
    const fixed = { ...SCENARIO.plan, cycleStartDay: null, cycleLengthDays: 366, cycleAnchor: '2199-12-31' };
    for (const plan of [monthly, fixed]) {
      const { household: h } = await backend.call('scenario.import', { scenario: { ...SCENARIO, plan } });
      for (const asOf of ['2000-01-01', '2199-12-31']) {
        const { cycle } = await backend.call('plan.evaluate', { householdId: h.id, asOf });
        expect(cycle.start, `${asOf} ${JSON.stringify(plan)}`).toMatch(ISO);
        expect(cycle.end).toMatch(ISO);
      }
    }
  });
});

describe('the catalog’s size (L13)', () => {
  it('stops at 1 MB of user edits with VALIDATION naming the limit, keeping every edit made before', async () => {
    const [entry] = await backend.call('catalog.list', {});
    const base = structuredClone(entry!.carrier);
    const note = (i: number) => ({
      text: { en: `Note ${i} `.padEnd(1000, 'x'), zh: `备注 ${i} `.padEnd(1000, '数') },
      quote: null,
      source: 'https://example.com/terms',
      sourceTitle: null,
      verified: '2026-11-01',
      sourceDate: null,
      reliability: null,
    });
    const saved: string[] = [];
    let error: ApiErrorPayload | null = null;
    for (let i = 0; i < 40 && !error; i++) {
      const carrier = { ...base, id: `mine${i}`, notes: Array.from({ length: 20 }, (_, n) => note(n)) };
      const result = await backend.bridge.api['catalog.update']({ carrier });
      if (result.ok) saved.push(carrier.id);
      else error = result.error;
    }
    expect(error?.code).toBe('VALIDATION');
    expect(error?.details).toEqual([{ path: 'carrier', message: CATALOG_LIMIT_MESSAGE }]);
    // Each carrier is about 80 KB of JSON: roughly a dozen fit, and all of them are kept.
    expect(saved.length).toBeGreaterThan(5);
    const ids = (await backend.call('catalog.list', {})).map((e) => e.carrier.id);
    expect(ids.filter((id) => id.startsWith('mine'))).toEqual(saved);
  });
});
