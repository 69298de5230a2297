/**
 * Every renderer test runs the real app against a real backend on its own
 * temporary SQLite file, reached through the same bridge shape the Electron
 * preload provides. Store, language and location start fresh each time.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetI18n } from '@renderer/i18n';
import { resetStore } from '@renderer/store';
import { createTestBackend, currentBackend, setCurrentBackend } from '../support/backend';
import { installDomPolyfills } from './polyfills';

installDomPolyfills();

beforeEach(() => {
  const backend = createTestBackend();
  setCurrentBackend(backend);
  window.datapool = backend.bridge;
  window.location.hash = '';
});

afterEach(() => {
  cleanup();
  resetStore();
  resetI18n();
  delete window.datapool;
  const backend = currentBackend();
  setCurrentBackend(undefined);
  backend.close();
});
