/**
 * Browser mode and the app:// protocol under hostile input:
 * a symlink in the renderer folder that points out of it (L1), slow and idle
 * connections (L14), and the reload of an address whose token the page has
 * removed (L11, server side; the page side runs in Chromium in tests/e2e).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect, type Socket } from 'node:net';
import { request } from 'node:http';
import {
  CONNECTION_TIMEOUT_MS,
  RELOAD_SCRIPT_PATH,
  startBrowserServer,
  type BrowserServer,
} from '@electron/server/http';
import { serveAppRequest } from '@electron/main/protocol';
import { TOKEN_STORAGE_KEY } from '@shared/api/bridge';
import { createTestBackend, type TestBackend } from '../support/backend';

let backend: TestBackend;
let rendererDir: string;
/** Drops idle connections after a fraction of a second, so the test need not wait 30 s. */
let quick: BrowserServer;

beforeAll(async () => {
  backend = createTestBackend();
  rendererDir = join(backend.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Datapool</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  mkdirSync(join(backend.dir, 'outside'));
  writeFileSync(join(backend.dir, 'outside', 'secret.txt'), 'not for the browser');
  // Links placed inside the renderer folder, pointing out of it and within it.
  symlinkSync(join(backend.dir, 'outside', 'secret.txt'), join(rendererDir, 'assets', 'link-out.txt'));
  symlinkSync(join(backend.dir, 'outside'), join(rendererDir, 'assets', 'dir-out'));
  symlinkSync(join(rendererDir, 'assets', 'app.js'), join(rendererDir, 'assets', 'link-in.js'));
  quick = await startBrowserServer({ route: backend.route, rendererDir, port: 0, connectionTimeoutMs: 300 });
});

afterAll(async () => {
  await quick.close();
  backend.close();
});

function get(server: BrowserServer, path: string): Promise<{ status: number; body: string; type?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, headers: { Host: `127.0.0.1:${server.port}` } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            type: res.headers['content-type'],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Resolves when the server closes the socket (or after `limitMs`, with false). */
function closedByServer(socket: Socket, limitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), limitMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
    socket.on('error', () => {});
    socket.on('data', () => {});
  });
}

function open(server: BrowserServer): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1', () => resolve(socket));
  });
}

describe('static files (L1)', () => {
  it('refuses a symlink that leads out of the renderer folder, over HTTP and app://, and serves one that stays inside', async () => {
    for (const path of ['/assets/link-out.txt', '/assets/dir-out/secret.txt']) {
      const reply = await get(quick, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('not for the browser');
      const app = await serveAppRequest(rendererDir, `app://datapool${path}`);
      expect(app.status, `app:// ${path}`).toBe(404);
      expect(await app.text()).not.toContain('not for the browser');
    }
    expect((await get(quick, '/assets/link-in.js')).status).toBe(200);
    expect((await serveAppRequest(rendererDir, 'app://datapool/assets/link-in.js')).status).toBe(200);
  });
});

describe('slow and idle connections (L14)', () => {
  it('drops them after 30 s by default', () => {
    expect(CONNECTION_TIMEOUT_MS).toBe(30_000);
  });

  it('drops a client that never sends, one that stalls in its headers and one that stalls in its body', async () => {
    const silent = await open(quick);
    const slowHeaders = await open(quick);
    slowHeaders.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${quick.port}\r\nX-Slow: `);
    const slowBody = await open(quick);
    slowBody.write(
      `POST /api/households.list HTTP/1.1\r\nHost: 127.0.0.1:${quick.port}\r\n` +
        `Authorization: Bearer ${quick.token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`,
    );
    // Far longer than the 300 ms this server allows, far shorter than the default: each is closed by the server.
    const closed = await Promise.all([silent, slowHeaders, slowBody].map((s) => closedByServer(s, 10_000)));
    expect(closed).toEqual([true, true, true]);
  });

  it('still answers normal requests', async () => {
    expect((await get(quick, '/assets/app.js')).status).toBe(200);
  });
});

describe('reloading after the page removed the token (L11)', () => {
  it('answers the bare address with 401 and a public script that restores the token from session storage', async () => {
    const bare = await get(quick, '/');
    expect(bare.status).toBe(401);
    expect(bare.body).not.toContain('<title>Datapool</title>');
    expect(bare.body).toContain(`<script src="${RELOAD_SCRIPT_PATH}"></script>`);
    const script = await get(quick, RELOAD_SCRIPT_PATH);
    expect(script.status).toBe(200);
    expect(script.type).toContain('text/javascript');
    expect(script.body).toContain(JSON.stringify(TOKEN_STORAGE_KEY));
    expect(script.body).not.toContain(quick.token);
  });
});
