/**
 * Where the data file lives when no `--db` is given: Electron's user-data
 * folder for an app named "Datapool", computed the same way here so the
 * desktop app and browser mode share one file.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Datapool';
export const DB_FILE_NAME = 'datapool.db';

export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export function defaultDbPath(): string {
  return join(defaultUserDataDir(), DB_FILE_NAME);
}
