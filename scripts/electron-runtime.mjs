// Where the Electron runtime is on this machine, shared by `npm start` and
// `npm run dist`: both need the real binary, which the electron package only
// downloads from GitHub (impossible on machines without that access).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder. */
export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** The Electron executable inside node_modules/electron, or null when it was never downloaded. */
export function electronBinary(electronDir) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * The Electron executable, downloading it once, quietly, if it is missing
 * (unless ELECTRON_SKIP_BINARY_DOWNLOAD says not to). Null when it cannot be had.
 */
export function ensureElectronBinary(electronDir, env = process.env) {
  const present = electronBinary(electronDir);
  if (present || env.ELECTRON_SKIP_BINARY_DOWNLOAD) return present;
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 300_000, env });
  return electronBinary(electronDir);
}

/** Null when this Node can run the toolchain, else what to do about it. */
export function nodeTooOld(version = process.versions.node) {
  const [major, minor] = version.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return null;
  return `Node ${version} is too old; install Node 22.12 or newer (see .nvmrc) and run npm install again.`;
}

/** Says what went wrong in one line and stops. */
export function fail(message) {
  console.error(`Datapool: ${message}`);
  process.exit(1);
}

/**
 * Stops, in one line, when this Node is too old or a dependency is missing
 * (node_modules/electron and any of `alsoNeeded`); else the electron folder.
 */
export function electronDirOrFail(alsoNeeded = []) {
  const old = nodeTooOld();
  if (old) fail(old);
  const electronDir = join(ROOT, 'node_modules', 'electron');
  if (![electronDir, ...alsoNeeded].every((path) => existsSync(path))) {
    fail('dependencies are missing: run `npm install` first.');
  }
  return electronDir;
}
