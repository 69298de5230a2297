/**
 * The renderer's only door to the backend. In Electron the preload exposes a
 * `DatapoolBridge` as `window.datapool`; in browser mode the same calls go over
 * loopback HTTP with the per-launch token from the page URL. Nothing else in
 * the renderer knows which transport is in use.
 */
import {
  EVENTS_PATH,
  httpPath,
  TOKEN_STORAGE_KEY,
  type ApiResult,
  type BridgeApi,
  type DatapoolBridge,
} from '@shared/api/bridge';
import {
  METHOD_NAMES,
  ProgressEventSchema,
  type ApiInput,
  type ApiOutput,
  type MethodName,
  type ProgressEvent,
} from '@shared/api/contract';
import { ApiError, ApiErrorPayloadSchema, type ApiErrorPayload } from '@shared/api/errors';

declare global {
  interface Window {
    /** The Electron preload's bridge; absent in browser mode. */
    datapool?: DatapoolBridge;
  }
}

/** Calls one API method; resolves with its output or throws an `ApiError`. */
export async function call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const invoke = currentBridge().api[method] as (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
  let result: ApiResult<ApiOutput<M>>;
  try {
    result = await invoke(input);
  } catch (err) {
    // The bridge itself failed (IPC torn down, page unloading): no envelope came back.
    throw new ApiError('INTERNAL', err instanceof Error ? err.message : String(err));
  }
  if (result.ok) return result.value;
  throw ApiError.fromPayload(result.error);
}

/** Subscribes to progress of long backend work; returns the unsubscribe function. */
export function onProgress(listener: (event: ProgressEvent) => void): () => void {
  return currentBridge().onProgress(listener);
}

function currentBridge(): DatapoolBridge {
  // Read on every call: the preload (or a test) may install the bridge after this module loads.
  return window.datapool ?? httpBridge();
}

// ---------------------------------------------------------------- browser mode

let cachedHttpBridge: DatapoolBridge | undefined;

function httpBridge(): DatapoolBridge {
  cachedHttpBridge ??= createHttpBridge();
  return cachedHttpBridge;
}

/**
 * Browser mode: moves the launch token from the address bar into session
 * storage, so it does not stay visible, in the history, or in a copied link.
 * A reload of the bare address gets it back from there (the server's reload
 * script). Does nothing in Electron, whose page address carries no token.
 */
export function adoptLaunchToken(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  try {
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
  } catch {
    // Storage disabled: keep the token in the address, or the page could not call the API at all.
    return;
  }
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

/** The launch token: from session storage once adopted, else still in the page URL (`?token=…`). */
function launchToken(): string {
  let stored: string | null = null;
  try {
    stored = window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    // Storage disabled: fall back to the address.
  }
  return stored ?? new URLSearchParams(window.location.search).get('token') ?? '';
}

/** Resolved against the page, so the same code works wherever the page is served from. */
function pageRelative(path: string): string {
  return new URL(path, window.location.href).href;
}

function authHeaders(): Record<string, string> {
  return { Authorization: `Bearer ${launchToken()}` };
}

function createHttpBridge(): DatapoolBridge {
  const api = Object.fromEntries(
    METHOD_NAMES.map((method) => [method, (input: unknown) => postCall(method, input)]),
  ) as unknown as BridgeApi;
  const progress = new ProgressStream();
  return { api, onProgress: (listener) => progress.subscribe(listener) };
}

async function postCall(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(pageRelative(httpPath(method)), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeaders() },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return failure('INTERNAL', 'The Datapool server cannot be reached.');
  }
  const body: unknown = await response.json().catch(() => undefined);
  const envelope = asEnvelope(body);
  if (envelope) return envelope;
  if (response.status === 401 || response.status === 403) {
    return failure('FORBIDDEN', 'The server refused the request (missing or wrong token).');
  }
  return failure('INTERNAL', `Unexpected response from the server (HTTP ${response.status}).`);
}

function asEnvelope(body: unknown): ApiResult<unknown> | undefined {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return undefined;
  if (body.ok === true && 'value' in body) return { ok: true, value: body.value };
  if (body.ok === false && 'error' in body) {
    const parsed = ApiErrorPayloadSchema.safeParse(body.error);
    if (parsed.success) return { ok: false, error: parsed.data };
  }
  return undefined;
}

function failure(code: ApiErrorPayload['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

const RECONNECT_MS = 3000;

/**
 * One Server-Sent Events stream shared by every subscriber. EventSource cannot
 * send an Authorization header, so the stream is read with fetch; it is opened
 * on the first subscription, reopened if the server drops it, and closed when
 * the last subscriber leaves.
 */
class ProgressStream {
  private readonly listeners = new Set<(event: ProgressEvent) => void>();
  private abort: AbortController | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;

  subscribe(listener: (event: ProgressEvent) => void): () => void {
    this.listeners.add(listener);
    if (!this.abort) this.open();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  private open(): void {
    const abort = new AbortController();
    this.abort = abort;
    void this.read(abort.signal).finally(() => {
      if (this.abort === abort && this.listeners.size > 0) {
        this.retry = setTimeout(() => this.open(), RECONNECT_MS);
      }
    });
  }

  private close(): void {
    clearTimeout(this.retry);
    this.abort?.abort();
    this.abort = undefined;
  }

  private async read(signal: AbortSignal): Promise<void> {
    try {
      const response = await fetch(pageRelative(EVENTS_PATH), {
        headers: { Accept: 'text/event-stream', ...authHeaders() },
        signal,
      });
      if (!response.ok || !response.body) return;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        const blocks = buffer.split(/\r?\n\r?\n/);
        buffer = blocks.pop() ?? '';
        for (const block of blocks) this.deliver(block);
      }
    } catch {
      // Aborted, or the connection dropped; `open` decides whether to reconnect.
    }
  }

  private deliver(block: string): void {
    const data = block
      .split(/\r?\n/)
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).replace(/^ /, ''))
      .join('\n');
    if (data === '') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = ProgressEventSchema.safeParse(json);
    if (!parsed.success) return;
    for (const listener of this.listeners) listener(parsed.data);
  }
}
