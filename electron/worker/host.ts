/**
 * The routing layer: it starts the store workers, forwards each call to one
 * and its progress events back, and keeps the promise that nothing freezes.
 *
 * The primary worker owns the data file (the only writable connection, the
 * instance lock, migrations, backups and restore). A reader worker holds a
 * read-only connection; reads go to whichever of the two is free, so a slow
 * computation or a long write on one leaves the other answering.
 *
 * Every call has a deadline; a call past it fails with TIMEOUT. The worker is
 * then asked to answer a ping, and one that does not (stuck in a long
 * synchronous computation, say) is terminated and a fresh one opened on the
 * same file, so the next call works again.
 */
import type { NewAlertsEvent } from '../services/alerts';
import { Worker } from 'node:worker_threads';
import type { ProgressEvent } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/bridge';
import { ApiError } from '@shared/api/errors';
import type { CloseReport } from '../store/open';
import { READ_METHODS, type FromWorker, type ToWorker, type WorkerStartData } from './protocol';

export const CALL_DEADLINE_MS = 10_000;
/** How long a worker that missed a deadline gets to show it is still alive. */
export const PING_GRACE_MS = 1_000;

export interface StoreHostOptions extends Omit<WorkerStartData, 'role'> {
  /** The bundled worker script (storeWorker.js next to the shell's own bundle). */
  workerFile: string;
  onProgress?: (event: ProgressEvent) => void;
  /** New alerts found by the worker (Electron mode): the shell shows them. */
  onNewAlerts?: (event: NewAlertsEvent) => void;
  /** Deadline of every call; tests shorten it. */
  deadlineMs?: number;
  pingGraceMs?: number;
  /** Deadline for opening the file at start (and after a replacement). */
  startDeadlineMs?: number;
  /** Start a reader worker beside the primary (default true). */
  reader?: boolean;
}

export interface StoreHost {
  /** Routes one API call to a worker; always resolves with the API envelope. */
  call(method: unknown, input: unknown): Promise<ApiResult<unknown>>;
  /** How many times a stuck worker was replaced. */
  readonly replacements: number;
  /** Resolves when a reader worker is open beside the primary (false when there is none). */
  readerReady(): Promise<boolean>;
  /** Closes the reader, then asks the primary to checkpoint and close the file; resolves with what happened. */
  close(): Promise<CloseReport>;
}

interface Slot {
  lane: Lane;
  worker: Worker;
  pending: Map<number, (result: ApiResult<unknown>) => void>;
  pongs: Map<number, () => void>;
  closing: Map<number, (report: CloseReport) => void>;
  exited: boolean;
  /** Set while a worker that missed a deadline is asked whether it is alive; resolves with the answer. */
  verdict: Promise<boolean> | null;
}

/** One role's worker: the open one, or the one being opened. */
interface Lane {
  role: 'primary' | 'reader';
  live: Slot | null;
  opening: Promise<Slot> | null;
  /** Calls routed here and not yet answered (counted from routing, before a worker is even picked). */
  busy: number;
}

const failure = (error: ApiError): ApiResult<unknown> => ({ ok: false, error: error.toPayload() });

/** Starts the workers and waits until the file is open; rejects with the one-sentence reason when it cannot be. */
export async function startStoreHost(options: StoreHostOptions): Promise<StoreHost> {
  const deadlineMs = options.deadlineMs ?? CALL_DEADLINE_MS;
  const graceMs = options.pingGraceMs ?? PING_GRACE_MS;
  const startDeadlineMs = options.startDeadlineMs ?? CALL_DEADLINE_MS;
  let nextId = 1;
  let replacements = 0;
  let closed = false;
  const primary: Lane = { role: 'primary', live: null, opening: null, busy: 0 };
  const reader: Lane | null = options.reader === false ? null : { role: 'reader', live: null, opening: null, busy: 0 };

  function spawn(lane: Lane): Promise<Slot> {
    const workerData: WorkerStartData = {
      role: lane.role,
      dbPath: options.dbPath,
      mode: options.mode,
      version: options.version,
      testHooks: options.testHooks,
    };
    const worker = new Worker(options.workerFile, { workerData });
    const slot: Slot = {
      lane,
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
            giveUp(Object.assign(ApiError.fromPayload(message.error), { openMs: message.openMs }));
            return;
          case 'reply': {
            const answer = slot.pending.get(message.id);
            if (!answer) return; // Already answered with TIMEOUT.
            slot.pending.delete(message.id);
            answer(message.result);
            return;
          }
          case 'progress':
            options.onProgress?.(message.event);
            return;
          case 'alerts':
            options.onNewAlerts?.(message.event);
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
        if (lane.live === slot) lane.live = null;
      });
    });
  }

  function failAll(slot: Slot, error: ApiError): void {
    for (const [id, answer] of slot.pending) {
      slot.pending.delete(id);
      answer(failure(error));
    }
    for (const [, done] of slot.closing) done({ checkpointed: false, problem: error.message });
    slot.closing.clear();
  }

  function usable(lane: Lane | null): Slot | null {
    const slot = lane?.live;
    return slot && !slot.exited && !slot.verdict ? slot : null;
  }

  /** A reader that fails to open is not fatal: reads then go to the primary. */
  function startReader(): void {
    if (!reader || closed) return;
    const opening = spawn(reader);
    reader.opening = opening;
    opening.then(
      (slot) => {
        if (reader.opening !== opening) return;
        reader.opening = null;
        if (closed) void slot.worker.terminate();
        else reader.live = slot;
      },
      (err: unknown) => {
        if (reader.opening === opening) reader.opening = null;
        console.error('[datapool] reader worker did not start; reads go to the primary:', err);
      },
    );
  }

  /**
   * Before the primary swaps the file (a restore), the reader lets go of it,
   * so the old file's WAL is checkpointed and closed by its last connection;
   * reads go to the primary until a fresh reader is open on the new file.
   */
  async function stopReader(): Promise<void> {
    if (!reader) return;
    const old = reader.live ?? (reader.opening ? await reader.opening.catch(() => null) : null);
    reader.live = null;
    reader.opening = null;
    // Its queued reads are answered first; then it closes.
    if (old && !old.exited) await closeSlot(old);
  }

  /** Which worker answers this call: writes the primary; reads the reader when that keeps them in order. */
  function laneFor(method: string): Lane {
    if (!reader || !READ_METHODS.has(method)) return primary;
    if (!usable(reader)) return primary;
    // A read sent while the primary still works on earlier calls queues behind them there, so it sees
    // every write sent before it (the reader could otherwise answer before the write is made).
    if (primary.busy > 0) return primary;
    if (reader.busy > 0 && usable(primary) && primary.busy === 0) return primary;
    return reader;
  }

  /** The worker to send a call to: the open one, or (after a replacement) the one being opened. */
  async function slotFor(lane: Lane): Promise<Slot> {
    for (;;) {
      const live = lane.live;
      if (live && !live.exited) {
        // Calls do not queue behind a worker under suspicion: they wait for the verdict.
        if (!live.verdict) return live;
        if (await live.verdict) return live;
        continue;
      }
      if (lane.role === 'reader') return slotFor(primary);
      if (!lane.opening) lane.opening = spawn(lane);
      const opening = lane.opening;
      try {
        const slot = await opening;
        if (lane.opening === opening) lane.opening = null;
        if (slot.exited) continue;
        lane.live = slot;
        return slot;
      } catch (err) {
        // The next call tries again with a fresh worker.
        if (lane.opening === opening) lane.opening = null;
        throw err;
      }
    }
  }

  /** Called when a call missed its deadline: a worker that does not answer a ping is replaced. */
  function checkAlive(lane: Lane, slot: Slot): void {
    if (slot.verdict || slot.exited) return;
    const id = nextId++;
    slot.verdict = new Promise<boolean>((settle) => {
      const timer = setTimeout(() => {
        slot.pongs.delete(id);
        replace(lane, slot);
        settle(false);
      }, graceMs);
      slot.pongs.set(id, () => {
        clearTimeout(timer);
        slot.verdict = null;
        settle(true);
      });
    });
    slot.worker.postMessage({ type: 'ping', id } satisfies ToWorker);
  }

  function replace(lane: Lane, slot: Slot): void {
    if (slot.exited || closed) return;
    replacements++;
    if (lane.live === slot) lane.live = null;
    failAll(
      slot,
      new ApiError(
        'TIMEOUT',
        'Datapool’s data service stopped answering and was restarted; nothing was saved. Try again.',
      ),
    );
    // The new worker opens the file only once the old one (and its connection and locks) is gone.
    const gone = slot.worker.terminate();
    if (lane.role === 'reader') {
      void gone.then(() => startReader());
      return;
    }
    const opening = gone.then(() => spawn(lane));
    lane.opening = opening;
    opening.catch(() => undefined);
  }

  primary.live = await spawn(primary);
  startReader();

  return {
    get replacements() {
      return replacements;
    },

    async readerReady() {
      if (!reader) return false;
      if (usable(reader)) return true;
      const opening = reader.opening;
      if (!opening) return false;
      return opening.then(
        () => usable(reader) !== null,
        () => false,
      );
    },

    async call(method, input) {
      if (closed) return failure(new ApiError('DB_UNAVAILABLE', 'Datapool is shutting down; nothing was saved.'));
      if (typeof method !== 'string') return failure(new ApiError('UNKNOWN_METHOD', 'Unknown method.'));
      const id = nextId++;
      const restoring = method === 'app.restoreBackup';
      if (restoring) await stopReader();
      const lane = laneFor(method);
      lane.busy++;
      // The deadline covers everything the caller waits for, including a worker being replaced.
      const result = await new Promise<ApiResult<unknown>>((resolve) => {
        let sentTo: Slot | null = null;
        let settled = false;
        const finish = (r: ApiResult<unknown>) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(r);
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
            checkAlive(sentTo.lane, sentTo);
          }
        }, deadlineMs);
        slotFor(lane).then(
          (slot) => {
            if (settled) return;
            sentTo = slot;
            slot.pending.set(id, finish);
            try {
              slot.worker.postMessage({ type: 'call', id, method, input } satisfies ToWorker);
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
      lane.busy--;
      if (restoring) startReader();
      return result;
    },

    async close() {
      if (closed) return { checkpointed: true };
      closed = true;
      // The reader goes first: a checkpoint that truncates the WAL needs no other connection reading it.
      const r = reader?.live ?? (reader?.opening ? await reader.opening.catch(() => null) : null);
      if (r && !r.exited) await closeSlot(r);
      const slot = primary.live ?? (primary.opening ? await primary.opening.catch(() => null) : null);
      if (!slot || slot.exited) return { checkpointed: true };
      return closeSlot(slot);
    },
  };

  async function closeSlot(slot: Slot): Promise<CloseReport> {
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
      slot.worker.postMessage({ type: 'close', id } satisfies ToWorker);
    });
    await slot.worker.terminate();
    return report;
  }
}
