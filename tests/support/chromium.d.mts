// Types of chromium.mjs, for the tests that import it.
import type { Browser } from 'playwright-core';
import type { ApiInput, ApiOutput, MethodName } from '@shared/api/contract';

export const ROOT: string;
export const CHROMIUM_ARGS: readonly string[];
export function findChromium(): string | null;
export interface LaunchedChromium {
  browser: Browser;
  close(): Promise<void>;
}
export function launchChromium(): Promise<LaunchedChromium>;
export interface ServedApp {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  api<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  stop(): Promise<void>;
}
export function serveApp(dbPath?: string): Promise<ServedApp>;
