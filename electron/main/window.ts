/**
 * The one place windows are made and hardened. Every security choice about
 * the renderer lives here, so a test can read them all off one factory.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { externalLinkTarget, isAppUrl } from './origin';

export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 820,
    minWidth: 760,
    minHeight: 560,
    show: false,
    title: 'Datapool',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

type BrowserWindowCtor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function createMainWindow(Ctor: BrowserWindowCtor, preloadPath: string): BrowserWindow {
  const win = new Ctor(secureWindowOptions(preloadPath));
  win.once('ready-to-show', () => win.show());
  return win;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * No navigation away from the app, no new windows, no webviews. An https link
 * the user clicks opens in the system browser after it has been parsed.
 */
export function installGuards(
  contents: GuardedContents,
  openExternal: (url: string) => unknown,
  devServerUrl?: string,
): void {
  const block = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const target = externalLinkTarget(url);
    if (target) void openExternal(target);
    return { action: 'deny' };
  });
}

/** Datapool needs no camera, location, notifications or anything else: deny all. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
