/**
 * Browser mode: with no preload bridge, the client talks to the real loopback
 * server over HTTP with the launch token from the page address. jsdom's page
 * lives at a fixed origin, so fetch is pointed at the server's port; the
 * requests themselves are real HTTP to the real server and backend.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBrowserServer, type BrowserServer } from '@electron/server/http';
import type { ProgressEvent } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { call, onProgress } from '@renderer/api/client';
import { api, currentBackend } from '../support/backend';

let server: BrowserServer;

beforeEach(async () => {
  const backend = currentBackend();
  const rendererDir = join(backend.dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Datapool</title>');
  server = await startBrowserServer({ route: backend.route, rendererDir, port: 0 });
  delete window.datapool;
  window.history.replaceState(null, '', `/?token=${server.token}#/household`);
  const pageOrigin = window.location.origin;
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) =>
    realFetch(String(url).replace(pageOrigin, `http://127.0.0.1:${server.port}`), init),
  );
});

afterEach(async () => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
  await server.close();
});

describe('the API client in browser mode', () => {
  it('calls the backend over HTTP with the token from the page address', async () => {
    const created = await call('households.create', { name: 'Via HTTP' });
    expect(created.name).toBe('Via HTTP');
    expect((await api('households.list', {})).map((h) => h.name)).toContain('Via HTTP');
  });

  it('turns an error envelope into a typed ApiError naming the field', async () => {
    const household = await call('households.create', { name: 'Lis' });
    const attempt = call('members.create', { householdId: household.id, member: { name: ' ', role: 'adult' } });
    await expect(attempt).rejects.toBeInstanceOf(ApiError);
    await expect(attempt).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [expect.objectContaining({ path: 'member.name' })],
    });
  });

  it('reports a wrong token as FORBIDDEN', async () => {
    window.history.replaceState(null, '', '/?token=wrong#/household');
    await expect(call('households.list', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('receives progress events from the event stream', async () => {
    const received: ProgressEvent[] = [];
    const stop = onProgress((event) => received.push(event));
    try {
      // The stream is open once the server has a subscriber to publish to.
      await vi.waitFor(() => {
        server.publish({ task: 'backup', done: 1, total: 2 });
        expect(received).toContainEqual({ task: 'backup', done: 1, total: 2 });
      });
    } finally {
      stop();
    }
  });
});
