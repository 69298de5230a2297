/**
 * A real backend for tests: a temporary SQLite file, the real services and the
 * real dispatcher, exposed through the same bridge shape the preload gives the
 * renderer. Nothing is mocked; only the transport is in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { METHOD_NAMES, type ApiInput, type ApiOutput, type MethodName, type ProgressEvent } from '@shared/api/contract';
import type { ApiResult, BridgeApi, DatapoolBridge } from '@shared/api/bridge';
import type { ApiRouter } from '@electron/api/dispatch';
import type { Services } from '@electron/services';
import { openSession } from '@electron/worker/session';
import type { ApiCall } from './families';

export interface TestBackend {
  dir: string;
  dbPath: string;
  /** The services on the file as it is now (a restore replaces them). */
  readonly services: Services;
  /** What a transport hands calls to; the shells use the store worker's router instead. */
  route: ApiRouter;
  bridge: DatapoolBridge;
  progress: ProgressEvent[];
  /** Calls a method through the bridge and returns its value, throwing the API error's message. */
  call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  close(): void;
}

export function createTestBackend(): TestBackend {
  const dir = mkdtempSync(join(tmpdir(), 'datapool-test-'));
  const dbPath = join(dir, 'datapool.db');
  const progress: ProgressEvent[] = [];
  const listeners = new Set<(e: ProgressEvent) => void>();
  const session = openSession({
    dbPath,
    mode: 'browser',
    version: 'test',
    onProgress: (e) => {
      progress.push(e);
      for (const l of listeners) l(e);
    },
  });
  const route: ApiRouter = (method, input) => session.call(method, input);
  const api = Object.fromEntries(
    // structuredClone mirrors what Electron IPC (and the worker's message port) does to a payload on its way.
    METHOD_NAMES.map((m) => [m, (input: unknown) => route(m, structuredClone(input))]),
  ) as unknown as BridgeApi;
  const bridge: DatapoolBridge = {
    api,
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    dir,
    dbPath,
    get services() {
      return session.services;
    },
    route,
    bridge,
    progress,
    async call(method, input) {
      const result = await (bridge.api[method] as (i: unknown) => Promise<ApiResult<unknown>>)(input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as ApiOutput<typeof method>;
    },
    close() {
      session.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let current: TestBackend | undefined;

/** Installs the backend of the current renderer test (tests/renderer/setup.ts does, around every test). */
export function setCurrentBackend(backend: TestBackend | undefined): void {
  current = backend;
}

export function currentBackend(): TestBackend {
  if (!current) throw new Error('no test backend: is tests/renderer/setup.ts installed?');
  return current;
}

/** Calls the current test's backend through the bridge, as the renderer does. */
export const api: ApiCall = (method, input) => currentBackend().call(method, input);

export const snapshotOf = (householdId: string) => api('households.get', { householdId });

/** Every stored reading of the household, earlier cycles included, by date (the snapshot has this cycle's only). */
export async function storedReadings(householdId: string) {
  const { lines } = await snapshotOf(householdId);
  const pages = await Promise.all(
    lines.map((line) => api('readings.list', { householdId, lineId: line.id, before: '2199-12-31', limit: 500 })),
  );
  return pages.flatMap((p) => p.readings).sort((a, b) => a.date.localeCompare(b.date));
}
