/**
 * The store worker: a worker thread that owns the data file's connection, the
 * services and the engine. It answers one message at a time from the routing
 * layer; nothing here waits on the UI's thread, and a call that hangs here
 * cannot freeze the window or the server (the router gives up on it and
 * replaces this worker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '@shared/api/errors';
import { openError } from '../store';
import { scheduleAlertChecks } from '../services/alerts';
import { openReaderSession, openSession, type Session } from './session';
import { TEST_BLOCK_METHOD, type FromWorker, type ToWorker, type WorkerStartData } from './protocol';

const port = parentPort;
if (!port) throw new Error('storeWorker must run as a worker thread');
const data = workerData as WorkerStartData;
const post = (message: FromWorker) => port.postMessage(message);

let session: Session | null = null;
let stopAlertChecks = (): void => undefined;
const openingSince = performance.now();
try {
  session =
    data.role === 'reader'
      ? openReaderSession(data)
      : openSession({
          dbPath: data.dbPath,
          mode: data.mode,
          version: data.version,
          onProgress: (event) => post({ type: 'progress', event }),
          // The desktop shell shows new alerts and then records them as shown
          // (alerts.markNotified); the page does that itself in browser mode.
          onNewAlerts:
            data.mode === 'electron'
              ? (event) => {
                  post({ type: 'alerts', event });
                  return false;
                }
              : undefined,
          checkpoint: data.testHooks?.failCheckpoint
            ? () => {
                throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
              }
            : undefined,
        });
  post({ type: 'ready' });
  // At start and hourly: a forecast crosses its days-left threshold with the calendar, not only with edits.
  if (data.role !== 'reader') stopAlertChecks = scheduleAlertChecks(() => session?.services.alerts ?? null);
} catch (err) {
  // One sentence naming the cause and the file; never a stack or raw SQLite text.
  const error = err instanceof ApiError ? err : openError(data.dbPath, err);
  post({ type: 'failed', error: error.toPayload(), openMs: performance.now() - openingSince });
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'ping':
      post({ type: 'pong', id: message.id });
      return;
    case 'close': {
      stopAlertChecks();
      const report = session ? session.close() : { checkpointed: true };
      session = null;
      post({ type: 'closed', id: message.id, report });
      port.close();
      return;
    }
    case 'call':
      void answer(message.id, message.method, message.input);
      return;
  }
});

async function answer(id: number, method: string, input: unknown): Promise<void> {
  if (method === TEST_BLOCK_METHOD && data.testHooks?.blockMethod) {
    // Deliberately synchronous: the worker cannot answer anything else meanwhile.
    const until = Date.now() + Number((input as { ms?: unknown } | null)?.ms ?? 0);
    while (Date.now() < until) {
      /* busy */
    }
    post({ type: 'reply', id, result: { ok: true, value: null } });
    return;
  }
  if (!session) {
    const error = new ApiError('DB_UNAVAILABLE', `The data file ${data.dbPath} is not open.`);
    post({ type: 'reply', id, result: { ok: false, error: error.toPayload() } });
    return;
  }
  post({ type: 'reply', id, result: await session.call(method, input) });
}
