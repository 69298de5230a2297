import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { METHOD_NAMES, type MethodName } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/bridge';
import { dispatch } from '@electron/api/dispatch';
import { startBrowserServer, type BrowserServer } from '@electron/server/http';
import { createTestBackend, type TestBackend } from '../support/backend';
import { NEW_LINE } from '@shared/domain/defaults';
import { IPAD, SMITH_PLAN } from '../support/families';

let backend: TestBackend;
let server: BrowserServer;
let householdId: string;
let lineId: string;

/** Every row of every table, hashed through a second connection: if it changes, something was written. */
function fingerprint(): string {
  const db = new Database(backend.dbPath, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    const hash = createHash('sha256');
    for (const { name } of tables) {
      hash.update(name);
      hash.update(JSON.stringify(db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all()));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

async function viaIpc(method: string, payload: unknown): Promise<ApiResult<unknown>> {
  // Electron IPC carries payloads by structured clone (NaN, Infinity and -0 survive).
  let cloned: unknown;
  try {
    cloned = structuredClone(payload);
  } catch {
    cloned = payload;
  }
  return dispatch(backend.services, method, cloned);
}

async function viaHttp(method: string, payload: unknown): Promise<ApiResult<unknown>> {
  const body = JSON.stringify(payload) ?? 'null';
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body,
  });
  return (await res.json()) as ApiResult<unknown>;
}

const decision = (r: ApiResult<unknown>) => (r.ok ? 'ok' : r.error.code);

beforeAll(async () => {
  backend = createTestBackend();
  const rendererDir = join(backend.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  server = await startBrowserServer({ route: backend.route, rendererDir });
  const hh = await dispatch(backend.services, 'households.create', { name: 'Chen family' });
  if (!hh.ok) throw new Error(hh.error.message);
  householdId = (hh.value as { id: string }).id;
  await dispatch(backend.services, 'plan.set', {
    householdId,
    plan: { ...SMITH_PLAN, name: 'Pool 30', pricePerLine: [60, 50] },
  });
  const line = await dispatch(backend.services, 'lines.create', {
    householdId,
    line: {
      ...NEW_LINE,
      name: 'Mom',
      hotspotGB: 15,
    },
  });
  if (!line.ok) throw new Error(line.error.message);
  lineId = (line.value as { id: string }).id;
});

afterAll(async () => {
  await server.close();
  backend.close();
});

/** Payloads that are malformed for every method: wrong types, extra keys, prototype tricks. */
const malformedForAll: [string, unknown][] = [
  ['a string', 'hello'],
  ['a number', 42],
  ['an array', []],
  ['null', null],
  ['true', true],
  ['an unexpected key', { unexpected: 1 }],
  ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}')],
];

describe('every API method validates its input in the backend', () => {
  it.each(METHOD_NAMES)('%s rejects malformed payloads with a typed error and writes nothing', async (method) => {
    const before = fingerprint();
    for (const [label, payload] of malformedForAll) {
      const result = await viaIpc(method, payload);
      expect(result.ok, `${method} accepted ${label}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code, `${method} / ${label}`).toBe('VALIDATION');
        expect(result.error.message).not.toMatch(/SQLITE|at .*\.ts|\/tmp\//);
      }
    }
    expect(fingerprint()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects an unknown method by name', async () => {
    expect(decision(await viaIpc('db.exec', { sql: 'DROP TABLE households' }))).toBe('UNKNOWN_METHOD');
  });
});

describe('the same payload gets the same decision over IPC and over HTTP', () => {
  const device = (overrides: Record<string, unknown>) => ({
    householdId,
    device: { ...IPAD, ...overrides },
  });
  const cases: [string, MethodName, () => unknown][] = [
    ['NaN GB', 'devices.create', () => device({ monthlyGB: Number.NaN })],
    ['Infinity GB', 'devices.create', () => device({ monthlyGB: Number.POSITIVE_INFINITY })],
    ['negative GB', 'devices.create', () => device({ monthlyGB: -1 })],
    ['GB as a string', 'devices.create', () => device({ monthlyGB: '6' })],
    ['an absurd amount', 'devices.create', () => device({ monthlyGB: 1e21 })],
    ['an undefined field', 'devices.create', () => device({ lineId: undefined })],
    ['a 10k-character name', 'devices.create', () => device({ name: 'x'.repeat(10_000) })],
    ['an unknown enum', 'devices.create', () => device({ sim: 'nano' })],
    ['a line of no household', 'devices.create', () => device({ hotspotFrom: ['nope'] })],
    [
      'a day that does not exist',
      'readings.add',
      () => ({ householdId, reading: { lineId, date: '2026-02-30', usedGB: 1 } }),
    ],
    [
      'a reading of another household',
      'readings.add',
      () => ({ householdId: 'nope', reading: { lineId, date: '2026-11-20', usedGB: 1 } }),
    ],
    ['a valid device', 'devices.create', () => device({ hotspotFrom: [lineId] })],
    ['-0 GB', 'readings.add', () => ({ householdId, reading: { lineId, date: '2026-11-20', usedGB: -0 } })],
  ];

  it.each(cases)('%s', async (_label, method, make) => {
    const before = fingerprint();
    const overIpc = await viaIpc(method, make());
    const afterIpc = fingerprint();
    const overHttp = await viaHttp(method, make());
    expect(decision(overHttp)).toBe(decision(overIpc));
    if (!overIpc.ok) {
      expect(afterIpc).toBe(before);
      expect(fingerprint()).toBe(before);
    }
  });
});
