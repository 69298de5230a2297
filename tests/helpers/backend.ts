/**
 * A real backend for tests: a temporary SQLite file, the real services and the
 * real dispatcher, exposed through the same bridge shape the preload gives the
 * renderer. Nothing is mocked; only the transport is in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  METHOD_NAMES,
  type ApiInput,
  type ApiOutput,
  type MethodName,
  type ProgressEvent,
} from '../../shared/api/contract';
import type { ApiResult, BridgeApi, DatapoolBridge } from '../../shared/api/bridge';
import { dispatch } from '../../electron/api/dispatch';
import { closeDatabase, openDatabase } from '../../electron/store';
import { createServices, type Services } from '../../electron/services';

export interface TestBackend {
  dir: string;
  dbPath: string;
  services: Services;
  bridge: DatapoolBridge;
  progress: ProgressEvent[];
  /** Calls a method through the bridge and returns its value, throwing the API error's message. */
  call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  close(): void;
}

export function createTestBackend(): TestBackend {
  const dir = mkdtempSync(join(tmpdir(), 'datapool-test-'));
  const dbPath = join(dir, 'datapool.db');
  const db = openDatabase(dbPath);
  const progress: ProgressEvent[] = [];
  const listeners = new Set<(e: ProgressEvent) => void>();
  const services = createServices({
    db,
    dbPath,
    mode: 'browser',
    version: 'test',
    onProgress: (e) => {
      progress.push(e);
      for (const l of listeners) l(e);
    },
  });
  const api = Object.fromEntries(
    // structuredClone mirrors what Electron IPC does to a payload on its way.
    METHOD_NAMES.map((m) => [m, (input: unknown) => dispatch(services, m, structuredClone(input))]),
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
    services,
    bridge,
    progress,
    async call(method, input) {
      const result = await (bridge.api[method] as (i: unknown) => Promise<ApiResult<unknown>>)(input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as ApiOutput<typeof method>;
    },
    close() {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
