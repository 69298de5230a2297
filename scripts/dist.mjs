// `npm run dist`: build the app and package this platform's installer with
// electron-builder (electron-builder.yml: AppImage and deb on Linux, dmg on
// macOS, nsis on Windows, with the Electron fuses set). electron-builder
// needs the real Electron runtime; where it cannot be had, say so in one line
// before starting anything.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronDirOrFail, ensureElectronBinary, fail, ROOT as root } from './electron-runtime.mjs';

const builderCli = join(root, 'node_modules', 'electron-builder', 'cli.js');
const electronDir = electronDirOrFail([builderCli]);

if (!ensureElectronBinary(electronDir)) {
  fail(
    'cannot build an installer: the Electron runtime could not be downloaded on this machine ' +
      '(no access to its GitHub releases); run `npm run dist` where it can be, or use browser mode (`npm run serve`).',
  );
}

const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

const build = run([join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);
if (build.status !== 0) fail('the build failed (see above).');

// The runtime just checked is the one packaged, so electron-builder downloads no second copy.
const pack = run([
  builderCli,
  '--config',
  'electron-builder.yml',
  '--publish',
  'never',
  `--config.electronDist=${join(electronDir, 'dist')}`,
]);
if (pack.status !== 0) fail('electron-builder could not package the app (see above).');
console.log(`Datapool: installers written to ${join(root, 'dist')}`);
