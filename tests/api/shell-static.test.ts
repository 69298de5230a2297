/**
 * Rules about the Electron shell that hold in its source, checked without an
 * Electron binary: the order of start-up and where windows may be created.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const main = readFileSync(join(root, 'electron/main/index.ts'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the Electron shell', () => {
  it('takes the single-instance lock before it opens the data file', () => {
    const lock = main.indexOf('requestSingleInstanceLock()');
    const open = main.indexOf('startStoreHost(');
    expect(lock).toBeGreaterThan(0);
    expect(open).toBeGreaterThan(lock);
  });

  it('opens and uses the data file only in the store worker, never in the main process', () => {
    expect(main).not.toMatch(/openDatabase|createServices|dispatch\(/);
    expect(main).toContain("workerFile: join(here, 'storeWorker.js')");
  });

  it('sets the data folder that browser mode uses before anything reads it', () => {
    expect(main.indexOf("app.setPath('userData', defaultUserDataDir())")).toBeGreaterThan(0);
    expect(main.indexOf("app.setPath('userData'")).toBeLessThan(main.indexOf("app.getPath('userData')"));
  });

  it('creates windows only in the hardened factory, and never loosens a web preference', () => {
    for (const file of sources(join(root, 'electron'))) {
      const text = readFileSync(file, 'utf8');
      const name = relative(root, file);
      if (name !== 'electron/main/window.ts') expect(text, name).not.toMatch(/new\s+BrowserWindow\s*\(/);
      expect(text, name).not.toMatch(
        /sandbox:\s*false|nodeIntegration:\s*true|contextIsolation:\s*false|webSecurity:\s*false/,
      );
      expect(text, name).not.toMatch(
        /ipcMain\.on\(|sendSync|exposeInMainWorld\(\s*['"][^'"]+['"]\s*,\s*ipcRenderer\s*\)/,
      );
    }
  });

  it('serves the app from app://, never from file://', () => {
    expect(main).toContain('loadURL(devServerUrl ?? APP_ENTRY_URL)');
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
  });
});
