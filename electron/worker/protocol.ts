/**
 * The messages between the routing layer (Electron's main process, or the
 * browser-mode server) and the store worker. A call is `{id, method, input}`
 * and its reply `{id, result}` where result is the API's own envelope.
 */
import type { ProgressEvent } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/bridge';
import type { ApiErrorPayload } from '@shared/api/errors';
import type { CloseReport } from '../store/open';
import type { NewAlertsEvent } from '../services/alerts';

export interface WorkerStartData {
  /**
   * The primary owns the file (lock, checks, migrations, every write, restore);
   * a reader holds a read-only connection and answers reads beside it.
   */
  role?: 'primary' | 'reader';
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
  /** `openMs`: how long trying to open the file took, worker start-up excluded. */
  | { type: 'failed'; error: ApiErrorPayload; openMs: number }
  | { type: 'reply'; id: number; result: ApiResult<unknown> }
  | { type: 'progress'; event: ProgressEvent }
  /** New alerts for the shell to show as desktop notifications (Electron only). */
  | { type: 'alerts'; event: NewAlertsEvent }
  | { type: 'pong'; id: number }
  | { type: 'closed'; id: number; report: CloseReport };

/** The test-only method that blocks the worker; answered only when `testHooks.blockMethod` is set. */
export const TEST_BLOCK_METHOD = '__test.block';

/**
 * Methods that only read: the router may send them to the reader worker.
 * Everything else (writes, backups, restore) goes to the primary.
 */
export const READ_METHODS: ReadonlySet<string> = new Set([
  'app.info',
  'app.listBackups',
  'app.checkDataFile',
  'settings.get',
  'households.list',
  'households.get',
  'readings.list',
  'history.missingTotals',
  'plan.evaluate',
  'plan.compare',
  'scenario.export',
  'catalog.list',
  'advice.get',
  TEST_BLOCK_METHOD,
]);
