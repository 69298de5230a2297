/**
 * The shape both transports present to the renderer. In Electron the preload
 * exposes it as `window.datapool`; in browser mode the renderer's client builds
 * the same shape over HTTP. Results come back as an envelope rather than as a
 * thrown error, because Electron's IPC flattens thrown errors into strings.
 */
import type { ApiErrorPayload } from './errors';
import type { ApiInput, ApiOutput, MethodName, ProgressEvent } from './contract';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

export type BridgeApi = {
  readonly [M in MethodName]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
};

export interface DatapoolBridge {
  readonly api: BridgeApi;
  /** Subscribes to progress of long work; returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}

/** IPC channel of one method: one fixed channel per method, derived from the table. */
export function ipcChannel(method: MethodName): string {
  return `datapool:${method}`;
}
export const PROGRESS_CHANNEL = 'datapool:progress';

/** HTTP path of one method in browser mode. */
export function httpPath(method: MethodName): string {
  return `/api/${method}`;
}
export const EVENTS_PATH = '/api/events';

/**
 * Browser mode: where the page keeps the launch token once it has removed it
 * from the address bar (session storage: this tab only, gone when it closes).
 */
export const TOKEN_STORAGE_KEY = 'datapool.token';
