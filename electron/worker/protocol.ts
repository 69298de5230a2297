/**
 * The messages between the routing layer (Electron's main process, or the
 * browser-mode server) and the store worker. A call is `{id, method, input}`
 * and its reply `{id, result}` where result is the API's own envelope.
 */
import type { ProgressEvent } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/bridge';
import type { ApiErrorPayload } from '../../shared/api/errors';
import type { CloseReport } from '../store/open';

export interface WorkerStartData {
  dbPath: string;
  mode: 'electron' | 'browser';
  version: string;
  /** Test-only switches; the shells never set them. */
  testHooks?: {
    /** Enables the `__test.block` method, which keeps the worker busy for `ms`. */
    blockMethod?: boolean;
    /** Makes the final checkpoint fail as on a full disk. */
    failCheckpoint?: boolean;
  };
}

export type ToWorker =
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'ping'; id: number }
  | { type: 'close'; id: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; error: ApiErrorPayload }
  | { type: 'reply'; id: number; result: ApiResult<unknown> }
  | { type: 'progress'; event: ProgressEvent }
  | { type: 'pong'; id: number }
  | { type: 'closed'; id: number; report: CloseReport };

/** The test-only method that blocks the worker; answered only when `testHooks.blockMethod` is set. */
export const TEST_BLOCK_METHOD = '__test.block';
