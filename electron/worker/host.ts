/**
 * The routing layer: it starts the store worker, forwards each call to it and
 * its progress events back, and keeps the promise that nothing freezes. Every
 * call has a deadline; a call past it fails with TIMEOUT. The worker is then
 * asked to answer a ping, and one that does not (stuck in a long synchronous
 * computation, say) is terminated and a fresh one opened on the same file,
 * so the next call works again.
 */
import { Worker } from 'node:worker_threads';
import type { ProgressEvent } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/bridge';
import { ApiError } from '../../shared/api/errors';
import type { CloseReport } from '../store/open';
import type { FromWorker, ToWorker, WorkerStartData } from './protocol';

export const CALL_DEADLINE_MS = 10_000;
/** How long a worker that missed a deadline gets to show it is still alive. */
export const PING_GRACE_MS = 1_000;

export interface StoreHostOptions extends WorkerStartData {
  /** The bundled worker script (storeWorker.js next to the shell's own bundle). */
  workerFile: string;
  onProgress?: (event: ProgressEvent) => void;
  /** Deadline of every call; tests shorten it. */
  deadlineMs?: number;
  pingGraceMs?: number;
  /** Deadline for opening the file at start (and after a replacement). */
  startDeadlineMs?: number;
}

export interface StoreHost {
  /** Routes one API call to the worker; always resolves with the API envelope. */
  call(method: unknown, input: unknown): Promise<ApiResult<unknown>>;
  /** How many times a stuck worker was replaced. */
  readonly replacements: number;
  /** Asks the worker to checkpoint and close the file; resolves with what happened. */
  close(): Promise<CloseReport>;
}

interface Pending {
  resolve(result: ApiResult<unknown>): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  pongs: Map<number, () => void>;
  closing: Map<number, (report: CloseReport) => void>;
  exited: boolean;
  /** Set while a worker that missed a deadline is asked whether it is alive; resolves with the answer. */
  verdict: Promise<boolean> | null;
}

const failure = (error: ApiError): ApiResult<unknown> => ({ ok: false, error: error.toPayload() });

/** Starts the worker and waits until it has the file open; rejects with the one-sentence reason when it cannot. */
export async function startStoreHost(options: StoreHostOptions): Promise<StoreHost> {
  const deadlineMs = options.deadlineMs ?? CALL_DEADLINE_MS;
  const graceMs = options.pingGraceMs ?? PING_GRACE_MS;
  const startDeadlineMs = options.startDeadlineMs ?? CALL_DEADLINE_MS;
  const workerData: WorkerStartData = {
    dbPath: options.dbPath,
    mode: options.mode,
    version: options.version,
    testHooks: options.testHooks,
  };
  let nextId = 1;
  let replacements = 0;
  let closed = false;
  /** The worker that answers calls, once it is open. */
  let live: Slot | null = null;
  /** A worker being opened (at start, or to replace a stuck one). */
  let current: Promise<Slot> | null = null;

  function spawn(): Promise<Slot> {
    const worker = new Worker(options.workerFile, { workerData });
    const slot: Slot = {
      worker,
      pending: new Map(),
      pongs: new Map(),
      closing: new Map(),
      exited: false,
      verdict: null,
    };
    return new Promise<Slot>((resolve, reject) => {
      let started = false;
      const giveUp = (error: ApiError) => {
        if (started) return;
        started = true;
        clearTimeout(startTimer);
        void worker.terminate();
        reject(error);
      };
      const startTimer = setTimeout(
        () =>
          giveUp(
            new ApiError('TIMEOUT', `The data file ${options.dbPath} did not open within ${startDeadlineMs / 1000} s.`),
          ),
        startDeadlineMs,
      );
      worker.on('message', (message: FromWorker) => {
        switch (message.type) {
          case 'ready':
            started = true;
            clearTimeout(startTimer);
            resolve(slot);
            return;
          case 'failed':
            giveUp(ApiError.fromPayload(message.error));
            return;
          case 'reply': {
            const pending = slot.pending.get(message.id);
            if (!pending) return; // Already answered with TIMEOUT.
            slot.pending.delete(message.id);
            pending.resolve(message.result);
            return;
          }
          case 'progress':
            options.onProgress?.(message.event);
            return;
          case 'pong':
            slot.pongs.get(message.id)?.();
            slot.pongs.delete(message.id);
            return;
          case 'closed':
            slot.closing.get(message.id)?.(message.report);
            slot.closing.delete(message.id);
            return;
        }
      });
      worker.on('error', (err) => {
        // An uncaught error inside the worker: it is gone, with whatever it was doing.
        console.error('[datapool] store worker failed:', err);
        giveUp(new ApiError('INTERNAL', `The data file ${options.dbPath} could not be opened.`));
      });
      worker.on('exit', () => {
        slot.exited = true;
        giveUp(new ApiError('INTERNAL', `The data file ${options.dbPath} could not be opened.`));
        failAll(slot, new ApiError('INTERNAL', 'Datapool’s data service stopped; nothing was saved. Try again.'));
        if (live === slot) live = null;
      });
    });
  }

  function failAll(slot: Slot, error: ApiError): void {
    for (const [id, pending] of slot.pending) {
      pending.resolve(failure(error));
      slot.pending.delete(id);
    }
    for (const [, done] of slot.closing) done({ checkpointed: false, problem: error.message });
    slot.closing.clear();
  }

  live = await spawn();

  /** The worker to send a call to: the open one, or (after a replacement) the one being opened. */
  async function slotForCall(): Promise<Slot> {
    for (;;) {
      if (live && !live.exited) {
        // Calls do not queue behind a worker under suspicion: they wait for the verdict.
        if (!live.verdict) return live;
        const slot = live;
        if (await slot.verdict) return slot;
        continue;
      }
      if (!current) current = spawn();
      const pendingSlot = current;
      try {
        const slot = await pendingSlot;
        if (current === pendingSlot) current = null;
        if (slot.exited) continue;
        live = slot;
        return slot;
      } catch (err) {
        // The next call tries again with a fresh worker.
        if (current === pendingSlot) current = null;
        throw err;
      }
    }
  }

  /** Called when a call missed its deadline: a worker that does not answer a ping is replaced. */
  function checkAlive(slot: Slot): void {
    if (slot.verdict || slot.exited) return;
    const id = nextId++;
    slot.verdict = new Promise<boolean>((settle) => {
      const timer = setTimeout(() => {
        slot.pongs.delete(id);
        replace(slot);
        settle(false);
      }, graceMs);
      slot.pongs.set(id, () => {
        clearTimeout(timer);
        slot.verdict = null;
        settle(true);
      });
    });
    post(slot, { type: 'ping', id });
  }

  function replace(slot: Slot): void {
    if (slot.exited || closed) return;
    replacements++;
    if (live === slot) live = null;
    failAll(
      slot,
      new ApiError(
        'TIMEOUT',
        'Datapool’s data service stopped answering and was restarted; nothing was saved. Try again.',
      ),
    );
    // The new worker opens the file only once the old one (and its connection and locks) is gone.
    const old = slot.worker.terminate();
    current = old.then(() => spawn());
    current.catch(() => undefined);
  }

  function post(slot: Slot, message: ToWorker): void {
    slot.worker.postMessage(message);
  }

  return {
    get replacements() {
      return replacements;
    },

    async call(method, input) {
      if (closed) return failure(new ApiError('DB_UNAVAILABLE', 'Datapool is shutting down; nothing was saved.'));
      if (typeof method !== 'string') return failure(new ApiError('UNKNOWN_METHOD', 'Unknown method.'));
      const id = nextId++;
      // The deadline covers everything the caller waits for, including a worker being replaced.
      return new Promise<ApiResult<unknown>>((resolve) => {
        let sentTo: Slot | null = null;
        let settled = false;
        const finish = (result: ApiResult<unknown>) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(result);
        };
        const timer = setTimeout(() => {
          finish(
            failure(
              new ApiError(
                'TIMEOUT',
                `${method} did not finish within ${deadlineMs / 1000} s, so Datapool stopped waiting for it.`,
              ),
            ),
          );
          if (sentTo) {
            sentTo.pending.delete(id);
            checkAlive(sentTo);
          }
        }, deadlineMs);
        slotForCall().then(
          (slot) => {
            if (settled) return;
            sentTo = slot;
            slot.pending.set(id, { resolve: finish });
            try {
              post(slot, { type: 'call', id, method, input });
            } catch {
              // Not cloneable (a function, say): never valid API input.
              slot.pending.delete(id);
              finish(failure(new ApiError('VALIDATION', 'Invalid input: it contains values that cannot be sent.')));
            }
          },
          (err: unknown) =>
            finish(
              failure(
                err instanceof ApiError ? err : new ApiError('INTERNAL', 'Datapool’s data service is not available.'),
              ),
            ),
        );
      });
    },

    async close() {
      if (closed) return { checkpointed: true };
      closed = true;
      const slot = live ?? (current ? await current.catch(() => null) : null);
      if (!slot || slot.exited) return { checkpointed: true };
      const id = nextId++;
      const report = await new Promise<CloseReport>((resolve) => {
        const timer = setTimeout(() => {
          resolve({
            checkpointed: false,
            problem: `The data file ${options.dbPath} was not closed within ${deadlineMs / 1000} s; its latest changes stay in ${options.dbPath}-wal and are applied the next time Datapool opens it.`,
          });
        }, deadlineMs);
        slot.closing.set(id, (r) => {
          clearTimeout(timer);
          resolve(r);
        });
        post(slot, { type: 'close', id });
      });
      await slot.worker.terminate();
      return report;
    },
  };
}
