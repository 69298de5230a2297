/** The real backend of the current test, installed as the Electron bridge by setup.ts. */
import type { TestBackend } from '../helpers/backend';

let current: TestBackend | undefined;

export function setCurrentBackend(backend: TestBackend | undefined): void {
  current = backend;
}

export function currentBackend(): TestBackend {
  if (!current) throw new Error('no test backend: is tests/renderer/setup.ts installed?');
  return current;
}
