// `npm start`: build and open the desktop window. Where the Electron runtime is
// missing and cannot be downloaded, say so in one line and point to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinary, electronDirOrFail, ensureElectronBinary, fail, ROOT as root } from './electron-runtime.mjs';

const electronDir = electronDirOrFail();

let binary = electronBinary(electronDir);
if (!binary) {
  // Electron 45 fetches its runtime on first launch; try once, quietly.
  console.log('Datapool: downloading the Electron runtime (first start only)…');
  binary = ensureElectronBinary(electronDir);
}
if (!binary) {
  fail(
    'the Electron desktop runtime could not be downloaded on this machine (no access to its GitHub releases). ' +
      'Use browser mode instead: `npm run serve`, then open the address it prints.',
  );
}

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) fail('the build failed (see above).');

const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
