/**
 * Browser mode: the same handler table as the desktop app, over HTTP on the
 * loopback interface only. Every request must come to our exact host and port
 * (DNS rebinding), from no foreign origin, and carry the per-launch token: in
 * the query for the page, as a Bearer header for the API. Static assets are
 * public because they hold no data. The page moves the token from its address
 * into session storage; a reload of the bare address gets a tiny public
 * script that puts it back, so the token never has to stay in the address bar.
 *
 * Connections that are idle or send their request slowly are dropped after
 * 30 s, so a slow client cannot hold sockets open for ever.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import type { ApiErrorCode } from '@shared/api/errors';
import { ApiError } from '@shared/api/errors';
import type { ApiResult } from '@shared/api/bridge';
import { EVENTS_PATH } from '@shared/api/bridge';
import type { ProgressEvent } from '@shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import type { ApiRouter } from '../api/dispatch';
import { SCENARIO_FILE_MAX_BYTES } from '@shared/scenario/schema';
import { TOKEN_STORAGE_KEY } from '@shared/api/bridge';
import { messageCatalogs } from '@shared/i18n';

const commonMessages = messageCatalogs.common;
import { contentTypeOf, staticFileFor } from './static';
import { newToken, tokensMatch } from './token';

/** The largest request: a scenario file of the largest size the app imports, plus room for the call around it. */
export const MAX_BODY_BYTES = SCENARIO_FILE_MAX_BYTES + 1_048_576;

/** Idle and slow connections are dropped after this long. */
export const CONNECTION_TIMEOUT_MS = 30_000;

/** Served to a reload of the bare address: a script file, since the CSP allows no inline script. */
export const RELOAD_SCRIPT_PATH = '/__datapool/reload.js';
const RELOAD_SCRIPT = `(function () {
  // The page moved the launch token here; put it back in the address once, then the page removes it again.
  var token = null;
  try { token = sessionStorage.getItem(${JSON.stringify(TOKEN_STORAGE_KEY)}); } catch (e) {}
  var url = new URL(location.href);
  if (token && !url.searchParams.has('token')) {
    url.searchParams.set('token', token);
    location.replace(url.href);
  }
})();
`;
/** The server knows no language, so the page without the token says it in both. */
const NEEDS_TOKEN_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Datapool: ${commonMessages.en.browserMode.title} · ${commonMessages['zh-CN'].browserMode.title}</title><script src="${RELOAD_SCRIPT_PATH}"></script></head>
<body>
<p>${commonMessages.en.browserMode.needsToken}</p>
<p lang="zh-CN">${commonMessages['zh-CN'].browserMode.needsToken}</p>
</body>
</html>
`;

export interface BrowserServerOptions {
  /** Where each API call goes: the store worker's router, so no call runs on this thread. */
  route: ApiRouter;
  /** Folder of the built renderer (index.html and assets/). */
  rendererDir: string;
  /** 0 = any free port. */
  port?: number;
  token?: string;
  /** Tests only: a shorter drop time than CONNECTION_TIMEOUT_MS. */
  connectionTimeoutMs?: number;
}

export interface BrowserServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** Sends a progress event to every subscribed page. */
  publish(event: ProgressEvent): void;
  close(): Promise<void>;
}

const STATUS: Record<ApiErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  READING_OUT_OF_ORDER: 409,
  FORBIDDEN: 403,
  DB_NEWER_VERSION: 503,
  DB_UNAVAILABLE: 503,
  DB_LOCKED: 503,
  TIMEOUT: 504,
  DISK_FULL: 507,
  INTERNAL: 500,
};

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? newToken();
  const subscribers = new Set<ServerResponse>();
  let port = 0;
  const timeout = options.connectionTimeoutMs ?? CONNECTION_TIMEOUT_MS;

  const server: Server = createServer(
    {
      // A client must send its headers, and its whole request, within the timeout.
      headersTimeout: timeout,
      requestTimeout: timeout,
      keepAliveTimeout: timeout,
      connectionsCheckingInterval: Math.min(1_000, timeout),
    },
    (req, res) => {
      handle(req, res).catch(() => {
        if (!res.headersSent) sendError(res, new ApiError('INTERNAL', 'Internal error'));
        else res.end();
      });
    },
  );
  // A socket with no traffic at all (never sends a byte, or stalls mid-body) is closed too.
  server.setTimeout(timeout, (socket) => socket.destroy());

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Host and Origin first: a rebound hostname must learn nothing, not even whether it is authorised.
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    const host = req.headers.host;
    if (!host || !allowedHosts.includes(host.toLowerCase())) {
      return sendPlain(res, 421, 'Misdirected request: wrong Host');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
      return sendPlain(res, 403, 'Forbidden origin');
    }
    const url = new URL(req.url ?? '/', `http://${host}`);

    if (url.pathname.startsWith('/api/')) {
      if (!tokensMatch(token, bearerOf(req))) {
        return sendError(res, new ApiError('FORBIDDEN', 'Missing or wrong token'), 401);
      }
      if (url.pathname === EVENTS_PATH && req.method === 'GET') return subscribe(res);
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        return sendError(res, new ApiError('VALIDATION', 'API calls use POST'), 405);
      }
      const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json') {
        return sendError(res, new ApiError('VALIDATION', 'Send a JSON body (Content-Type: application/json)'), 415);
      }
      const body = await readBody(req);
      if (body === 'too-large') {
        return sendError(res, new ApiError('VALIDATION', `The request is larger than ${MAX_BODY_BYTES} bytes`), 413);
      }
      let payload: unknown;
      try {
        payload = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return sendError(res, new ApiError('VALIDATION', 'The request body is not valid JSON'));
      }
      // Method names are plain ASCII: no decoding, so a malformed escape is simply an unknown method.
      const method = url.pathname.slice('/api/'.length);
      const result = await options.route(method, payload);
      return sendResult(res, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendPlain(res, 405, 'Method not allowed');
    }
    if (url.pathname === RELOAD_SCRIPT_PATH) {
      return sendBody(res, 200, 'text/javascript; charset=utf-8', RELOAD_SCRIPT, req.method === 'HEAD');
    }
    const file = await staticFileFor(options.rendererDir, url.pathname);
    if (!file) return sendPlain(res, 404, 'Not found');
    // Decided on the real file, so `/%69ndex.html` (or a link to it) is the page too and needs the token.
    const isPage = file === (await staticFileFor(options.rendererDir, '/'));
    if (isPage && !tokensMatch(token, url.searchParams.get('token'))) {
      return sendBody(res, 401, 'text/html; charset=utf-8', NEEDS_TOKEN_PAGE, req.method === 'HEAD');
    }
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return sendPlain(res, 404, 'Not found');
    }
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': contentTypeOf(file),
      'Cache-Control': isPage ? 'no-store' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  function subscribe(res: ServerResponse): void {
    // A progress stream is quiet between tasks by design; it needed the token, so it may stay open.
    res.socket?.setTimeout(0);
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    subscribers.add(res);
    res.on('close', () => subscribers.delete(res));
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      server.off('error', reject);
      resolvePromise({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        publish(event) {
          const line = `data: ${JSON.stringify(event)}\n\n`;
          for (const res of subscribers) res.write(line);
        },
        close() {
          for (const res of subscribers) res.end();
          subscribers.clear();
          return new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          });
        },
      });
    });
  });
}

function bearerOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function sendResult(res: ServerResponse, result: ApiResult<unknown>): void {
  if (result.ok) return sendJson(res, 200, result);
  return sendJson(res, STATUS[result.error.code], result);
}

function sendError(res: ServerResponse, error: ApiError, status = STATUS[error.code]): void {
  sendJson(res, status, { ok: false, error: error.toPayload() });
}

function sendBody(res: ServerResponse, status: number, type: string, body: string, headOnly: boolean): void {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(headOnly ? undefined : body);
}

function sendPlain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
