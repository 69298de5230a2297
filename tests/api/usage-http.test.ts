/** Reading rules and the usage import over browser mode's loopback HTTP, the second transport. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '@electron/server/http';
import { NEW_LINE } from '@shared/domain/defaults';
import { createTestBackend, type TestBackend } from '../support/backend';
import { postApi } from '../support/http';

let backend: TestBackend;
let server: BrowserServer;
let householdId = '';
let lineId = '';

async function callApi(method: string, input: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const reply = await postApi(server, method, JSON.stringify(input));
  return { status: reply.status, body: JSON.parse(reply.body) as Record<string, unknown> };
}

const stored = () => backend.services.households.complete(householdId).readings.map((r) => [r.date, r.usedGB]);

beforeAll(async () => {
  backend = createTestBackend();
  const rendererDir = join(backend.dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Datapool</title>');
  server = await startBrowserServer({ route: backend.route, rendererDir, port: 0 });
  householdId = backend.services.households.create('Grandma').id;
  lineId = backend.services.lines.create(householdId, { ...NEW_LINE, name: 'Grandma', number: '555 010 7788' }).id;
});

afterAll(async () => {
  await server.close();
  backend.close();
});

describe('usage over HTTP', () => {
  it('refuses a total that goes down within a cycle with 409 READING_OUT_OF_ORDER naming the reading, saving nothing', async () => {
    const first = await callApi('readings.add', { householdId, reading: { lineId, date: '2025-03-01', usedGB: 0.9 } });
    expect(first.status).toBe(200);
    const second = await callApi('readings.add', { householdId, reading: { lineId, date: '2025-03-02', usedGB: 0.1 } });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      ok: false,
      error: { code: 'READING_OUT_OF_ORDER', values: { date: '2025-03-01', usedGB: 0.9 } },
    });
    expect(stored()).toEqual([['2025-03-01', 0.9]]);

    const same = await callApi('readings.add', { householdId, reading: { lineId, date: '2025-03-01', usedGB: 1 } });
    expect(same.body).toMatchObject({ ok: true, value: { usedGB: 1, replaced: { usedGB: 0.9 } } });
    expect(stored()).toEqual([['2025-03-01', 1]]);
  });

  it('previews, commits and undoes an import', async () => {
    const csv = 'Date,Phone,Usage (GB)\n2025-03-05,7788,1.5\n2025-03-06,7788,2\n';
    const preview = await callApi('usage.importPreview', {
      householdId,
      fileName: 'grandma.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    expect(preview.status).toBe(200);
    const value = preview.body.value as { importId: string; readings: unknown[] };
    expect(value.readings).toEqual([
      { lineId, date: '2025-03-05', usedGB: 1.5 },
      { lineId, date: '2025-03-06', usedGB: 2 },
    ]);
    const commit = await callApi('usage.importCommit', { householdId, importId: value.importId });
    expect(commit.body).toEqual({ ok: true, value: { added: 2, replaced: 0, skipped: 0 } });
    expect(stored()).toContainEqual(['2025-03-06', 2]);
    await callApi('usage.importUndo', { householdId, importId: value.importId });
    expect(stored()).toEqual([['2025-03-01', 1]]);
  });
});
