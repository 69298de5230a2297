/**
 * The Electron shell: thin on purpose. It takes the single-instance lock,
 * starts the store worker, routes IPC calls to it and shows one hardened
 * window. Everything it calls is tested under plain Node.
 */
import { app, BrowserWindow, dialog, ipcMain, Notification, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROGRESS_CHANNEL } from '@shared/api/bridge';
import { startStoreHost, type StoreHost } from '../worker/host';
import type { NewAlertsEvent } from '../services/alerts';
import type { Locale } from '@shared/domain/schemas';
import { appLocale, createDesktopNotifier } from './notifications';
import { APP_NAME, DB_FILE_NAME, defaultUserDataDir } from '../paths';
import { registerIpc } from './ipc';
import { APP_ENTRY_URL, APP_SCHEME } from './origin';
import { serveAppRequest } from './protocol';
import { createMainWindow, denyAllPermissions, installGuards } from './window';
import { openExternalAfterConfirm, type ExternalOpener } from './external';
import { resolveLocale } from '@shared/i18n/locale';

// Must run before `ready`: our scheme gets a real origin (standard) and counts as secure.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');

let store: StoreHost | null = null;
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
  // The worker checkpoints and closes the file before the app goes; quitting waits for it once.
  app.on('will-quit', (event) => {
    const closing = store;
    if (!closing) return;
    store = null;
    event.preventDefault();
    void closing.close().then((report) => {
      // A failed final checkpoint loses nothing (the WAL stays and is replayed next time), but the user is told.
      if (!report.checkpointed)
        dialog.showErrorBox('Datapool', report.problem ?? 'The data file was not closed cleanly.');
      app.quit();
    });
  });
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));

  const dbPath = process.env.DATAPOOL_DB ?? join(app.getPath('userData'), DB_FILE_NAME);
  // The store runs in a worker thread: a slow call never blocks this process, its windows or menus.
  let ready: (host: StoreHost) => void = () => undefined;
  const storeReady = new Promise<StoreHost>((resolve) => (ready = resolve));
  store = await startStoreHost({
    workerFile: join(here, 'storeWorker.js'),
    dbPath,
    mode: 'electron',
    version: app.getVersion(),
    onProgress: (event) => mainWindow?.webContents.send(PROGRESS_CHANNEL, event),
    onNewAlerts: (event) => void storeReady.then((host) => showAlerts(host, event)),
  });
  ready(store);
  registerIpc(ipcMain, store.call, devServerUrl);

  mainWindow = createMainWindow(BrowserWindow, preloadPath);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

/**
 * New alerts found by the worker (at start, hourly and after changes) become
 * desktop notifications in the language the app speaks; once shown they are
 * recorded, so a restart never repeats them.
 */
async function showAlerts(host: StoreHost, event: NewAlertsEvent): Promise<void> {
  const settings = await host.call('settings.get', {});
  const saved = settings.ok ? ((settings.value as { locale?: Locale | null }).locale ?? null) : null;
  const notify = createDesktopNotifier(
    Notification,
    () => appLocale(saved, app.getLocale()),
    () => mainWindow?.show(),
  );
  if (notify(event)) {
    await host.call('alerts.markNotified', {
      householdId: event.householdId,
      keys: event.alerts.map((alert) => alert.key),
    });
  }
}

/** Start-up errors arrive as one sentence naming the cause and the file; anything else is shown without its stack. */
function fail(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  dialog.showErrorBox('Datapool could not start', message);
  app.exit(1);
}
