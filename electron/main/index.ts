/**
 * The Electron shell: thin on purpose. It takes the single-instance lock,
 * opens the store, binds the handler table to IPC and shows one hardened
 * window. Everything it calls is tested under plain Node.
 */
import { app, BrowserWindow, dialog, ipcMain, Notification, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PROGRESS_CHANNEL } from '../../shared/api/bridge';
import { closeDatabase, openDatabase, type Db } from '../store';
import { createServices, type Services } from '../services';
import { scheduleAlertChecks } from '../services/alerts';
import { appLocale, createDesktopNotifier } from './notifications';
import { APP_NAME, DB_FILE_NAME, defaultUserDataDir } from '../paths';
import { registerIpc } from './ipc';
import { APP_ENTRY_URL, APP_SCHEME } from './origin';
import { serveAppRequest } from './protocol';
import { createMainWindow, denyAllPermissions, installGuards } from './window';

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
let stopAlertChecks: (() => void) | null = null;

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
    installGuards(contents, (url) => shell.openExternal(url), devServerUrl);
  });

  // catch, not a second then-argument: a throw inside start() must end the app too.
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => fail(err));

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    stopAlertChecks?.();
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
  let services: Services | null = null;
  const notify = createDesktopNotifier(
    Notification,
    () => appLocale(services?.settings.get().locale ?? null, app.getLocale()),
    () => mainWindow?.show(),
  );
  services = createServices({
    db,
    dbPath,
    mode: 'electron',
    version: app.getVersion(),
    onProgress: (event) => mainWindow?.webContents.send(PROGRESS_CHANNEL, event),
    onNewAlerts: notify,
  });
  registerIpc(ipcMain, services, devServerUrl);

  mainWindow = createMainWindow(BrowserWindow, preloadPath);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL);
  // At start and hourly: a forecast crosses its days-left threshold with the calendar, not only with edits.
  stopAlertChecks = scheduleAlertChecks(services.alerts);
}

function fail(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  dialog.showErrorBox('Datapool could not start', message);
  app.exit(1);
}
