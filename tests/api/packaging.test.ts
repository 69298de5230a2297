/**
 * Electron checklist item 19: the installers are configured, with the fuses
 * set. electron-builder cannot run here (no Electron runtime), so the config
 * is loaded and validated with electron-builder's own loader and schema, and
 * `npm run dist` is run where the runtime cannot be had: one line, exit 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary, ensureElectronBinary } from '../../scripts/electron-runtime.mjs';

const ROOT = join(import.meta.dirname, '../..');
// electron-builder's own config loader and validator, from the version the project installs.
const builderRequire = createRequire(createRequire(join(ROOT, 'package.json')).resolve('electron-builder'));
const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config.js') as {
  getConfig(dir: string, path: string | null, options: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = builderRequire('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

async function loadConfig() {
  const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config as {
    appId: string;
    productName: string;
    files: (string | { filter: string[] })[];
    asar: boolean;
    electronFuses: Record<string, boolean>;
    linux: { target: string[] };
    mac: { target: string[] };
    win: { target: string[] };
  };
}

describe('packaging (checklist item 19)', () => {
  it('has a configuration electron-builder loads and accepts', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('app.datapool.desktop');
    expect(config.productName).toBe('Datapool');
    expect(config.asar).toBe(true);
    // The validator normalises the list into file sets.
    const files = config.files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
    expect(files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**']));
    expect(files).not.toContain('out/node/**');
  });

  it('builds AppImage and deb on Linux, dmg on macOS and nsis on Windows', async () => {
    const config = await loadConfig();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('sets the Electron fuses: no run-as-node, NODE_OPTIONS or --inspect; encrypted cookies; app only from an integrity-checked asar', async () => {
    const config = await loadConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});

describe('npm run dist without the Electron runtime', () => {
  it('finds no runtime in an electron package that was installed without its download', () => {
    const dir = mkdtempSync(join(tmpdir(), 'datapool-electron-'));
    try {
      mkdirSync(join(dir, 'dist'));
      expect(electronBinary(dir)).toBeNull();
      writeFileSync(join(dir, 'path.txt'), 'electron');
      expect(electronBinary(dir)).toBeNull();
      expect(ensureElectronBinary(dir, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBeNull();
      writeFileSync(join(dir, 'dist', 'electron'), '');
      expect(electronBinary(dir)).toBe(join(dir, 'dist', 'electron'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const installed = electronBinary(join(ROOT, 'node_modules', 'electron'));
  it.skipIf(installed !== null)(
    'says so in one line and exits 1, before building anything (skipped where Electron is installed)',
    () => {
      // A mirror that refuses every connection: the download is impossible, whatever the network.
      const env = { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', ELECTRON_SKIP_BINARY_DOWNLOAD: '' };
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/dist.mjs')], { cwd: ROOT, env, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toEqual([
        'Datapool: cannot build an installer: the Electron runtime could not be downloaded on this machine ' +
          '(no access to its GitHub releases); run `npm run dist` where it can be, or use browser mode (`npm run serve`).',
      ]);
    },
  );
  if (installed !== null)
    console.log(`packaging test: Electron is installed at ${installed}, so dist would really build`);
});
