import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { startBrowserServer, type BrowserServer, MAX_BODY_BYTES } from '@electron/server/http';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { createTestBackend, type TestBackend } from '../support/backend';

let backend: TestBackend;
let server: BrowserServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so Host and Origin can be set to what an attacker would send. */
function send(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function callApi(method: string, input: unknown, headers: Record<string, string> = {}) {
  return send({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, ...headers },
    body: JSON.stringify(input),
  });
}

async function householdCount(): Promise<number> {
  const result = await backend.bridge.api['households.list']({});
  if (!result.ok) throw new Error(result.error.message);
  return result.value.length;
}

beforeAll(async () => {
  backend = createTestBackend();
  const rendererDir = join(backend.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Datapool</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(backend.dir, 'secret.txt'), 'not for the browser');
  server = await startBrowserServer({ route: backend.route, rendererDir, port: 0 });
});

afterAll(async () => {
  await server.close();
  backend.close();
});

describe('browser mode over loopback HTTP', () => {
  it('listens on 127.0.0.1 only and prints an address that carries a 256-bit token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{43}$`));
  });

  it('serves the page only with the token, and with the same CSP as the built page', async () => {
    for (const path of ['/', '/?token=wrong', '/index.html', '/%69ndex.html', '/assets/../index.html']) {
      const reply = await send({ path });
      expect(reply.status, path).toBe(401);
      expect(reply.body).not.toContain('<title>Datapool</title>');
    }
    const page = await send({ path: `/?token=${server.token}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Datapool</title>');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves static assets without the token but never a file outside the app folder', async () => {
    expect((await send({ path: '/assets/app.js' })).status).toBe(200);
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const reply = await send({ path });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('not for the browser');
    }
  });

  it('refuses API calls without the right token with 401 and saves nothing', async () => {
    const before = await householdCount();
    const missing = await send({
      method: 'POST',
      path: '/api/households.create',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name":"X"}',
    });
    const wrong = await callApi('households.create', { name: 'X' }, { Authorization: `Bearer ${'a'.repeat(43)}` });
    expect(missing.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body).error.code).toBe('FORBIDDEN');
    expect(await householdCount()).toBe(before);
  });

  it('refuses a rebound host name with 421 before looking at anything else', async () => {
    for (const host of [`evil.test:${server.port}`, `127.0.0.1.evil.test:${server.port}`, '127.0.0.1:1']) {
      const reply = await send({ path: `/?token=${server.token}`, headers: { Host: host } });
      expect(reply.status, host).toBe(421);
      expect(reply.body).not.toContain('Datapool</title>');
    }
  });

  it('refuses a foreign Origin with 403 even with the right token', async () => {
    const before = await householdCount();
    const reply = await callApi('households.create', { name: 'X' }, { Origin: 'http://evil.test' });
    expect(reply.status).toBe(403);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    expect(await householdCount()).toBe(before);
  });

  it('accepts JSON bodies only (415) and of bounded size (413)', async () => {
    const plain = await send({
      method: 'POST',
      path: '/api/households.create',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${server.token}` },
      body: '{"name":"X"}',
    });
    expect(plain.status).toBe(415);
    const big = await callApi('households.create', { name: 'x'.repeat(MAX_BODY_BYTES + 10) });
    expect(big.status).toBe(413);
  });

  it('answers a malformed body or payload with a typed error naming the field', async () => {
    const broken = await send({
      method: 'POST',
      path: '/api/households.create',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: '{"name":',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.code).toBe('VALIDATION');
    const empty = await callApi('households.create', { name: '' });
    expect(empty.status).toBe(400);
    expect(JSON.parse(empty.body).error.details[0].path).toBe('name');
    for (const method of ['households.drop', '%E0%A4%A', '%68ouseholds.list']) {
      const unknown = await callApi(method, {});
      expect(unknown.status, method).toBe(404);
      expect(JSON.parse(unknown.body).error.code).toBe('UNKNOWN_METHOD');
    }
  });

  it('runs a valid call end to end and never mutates on GET', async () => {
    const created = await callApi('households.create', { name: 'The Lins' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body).value.name).toBe('The Lins');
    const get = await send({ path: '/api/households.create', headers: { Authorization: `Bearer ${server.token}` } });
    expect(get.status).toBe(405);
    const list = JSON.parse((await callApi('households.list', {})).body).value as { name: string }[];
    expect(list.filter((h) => h.name === 'The Lins')).toHaveLength(1);
  });

  it('streams progress events to a page that subscribed with the token', async () => {
    const events: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}` },
        },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          res.on('data', (chunk: Buffer) => {
            events.push(chunk.toString());
            if (events.join('').includes('"task":"backup"')) {
              req.destroy();
              resolve();
            }
          });
          server.publish({ task: 'backup', done: 1, total: 2 });
        },
      );
      req.on('error', (e) => (events.join('').includes('backup') ? resolve() : reject(e)));
      req.end();
    });
    expect(events.join('')).toContain('data: {"task":"backup","done":1,"total":2}');
  });
});
