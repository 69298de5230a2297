/**
 * The Electron shell: thin on purpose. It takes the single-instance lock,
 * opens the store, binds the handler table to IPC and shows one hardened
 * window. Everything it calls is tested under plain Node.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PROGRESS_CHANNEL } from '../../shared/api/bridge';
import { closeDatabase, openDatabase, type Db } from '../store';
import { createServices } from '../services';
import { APP_NAME, DB_FILE_NAME, defaultUserDataDir } from '../paths';
import { registerIpc } from './ipc';
import { APP_ENTRY_URL, APP_SCHEME } from './origin';
import { serveAppRequest } from './protocol';
import { createMainWindow, denyAllPermissions, installGuards } from './window';
import { openExternalAfterConfirm, type ExternalOpener } from './external';
import { resolveLocale } from '../../shared/i18n/locale';

// Must run before `ready`: our scheme gets a real origin (standard) and counts as secure.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');

let db: Db | null = null;
let mainWindow: BrowserWindow | null = null;

/** A link leaves the app only after the user confirms its host in a dialog over the window. */
const externalOpener: ExternalOpener = {
  async confirm(prompt) {
    const options = { type: 'question' as const, ...prompt, defaultId: 1, cancelId: 1, noLink: true };
    const { response } = mainWindow
      ? await dialog.showMessageBox(mainWindow, options)
      : await dialog.showMessageBox(options);
    return response === 0;
  },
  open: (url) => shell.openExternal(url),
  locale: () => resolveLocale(null, app.getLocale()),
};

// One data folder for both shells: browser mode (`datapool serve`) computes the same path.
app.setName(APP_NAME);
app.setPath('userData', defaultUserDataDir());

// The lock comes before the database is opened: a second instance must not touch the file.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => {
    installGuards(contents, (url) => openExternalAfterConfirm(url, externalOpener), devServerUrl);
  });

  // catch, not a second then-argument: a throw inside start() must end the app too.
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => fail(err));

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    if (db) closeDatabase(db);
    db = null;
  });
}

function start(): void {
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));

  const userData = app.getPath('userData');
  mkdirSync(userData, { recursive: true });
  const dbPath = process.env.DATAPOOL_DB ?? join(userData, DB_FILE_NAME);
  try {
    db = openDatabase(dbPath);
  } catch (err) {
    fail(err);
    return;
  }
  const services = createServices({
    db,
    dbPath,
    mode: 'electron',
    version: app.getVersion(),
    onProgress: (event) => mainWindow?.webContents.send(PROGRESS_CHANNEL, event),
  });
  registerIpc(ipcMain, services, devServerUrl);

  mainWindow = createMainWindow(BrowserWindow, preloadPath);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

function fail(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  dialog.showErrorBox('Datapool could not start', message);
  app.exit(1);
}
