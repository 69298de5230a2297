import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, denyAllPermissions, installGuards, secureWindowOptions } from '@electron/main/window';
import { externalLinkTarget, isAppUrl } from '@electron/main/origin';
import { resolveStaticPath } from '@electron/server/static';

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

function guarded(devServerUrl?: string) {
  const contents = new FakeContents();
  const openExternal = vi.fn();
  installGuards(contents as never, openExternal, devServerUrl);
  const navigate = (event: string, url: string) => {
    const e = { preventDefault: vi.fn() };
    contents.emit(event, e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents, openExternal, navigate };
}

const hostile = [
  'https://evil.example',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'app://datapool.evil/',
  'app://datapool@evil/',
  'https://support.carrier.com.evil.com',
  ' app://datapool/index.html',
  'APP://DATAPOOL.EVIL/',
];

describe('window hardening', () => {
  it('creates windows with the secure web preferences only', () => {
    let seen: BrowserWindowConstructorOptions | undefined;
    class FakeWindow extends EventEmitter {
      constructor(options: BrowserWindowConstructorOptions) {
        super();
        seen = options;
      }
      show() {}
    }
    createMainWindow(FakeWindow as never, '/app/out/preload/index.cjs');
    expect(seen?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(seen?.webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(seen?.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(secureWindowOptions('x.cjs').webPreferences?.preload).toBe('x.cjs');
  });

  it.each(hostile)('blocks navigation and redirects to %s', (url) => {
    const { navigate } = guarded();
    expect(navigate('will-navigate', url)).toBe(true);
    expect(navigate('will-redirect', url)).toBe(true);
  });

  it('lets the app move within its own pages', () => {
    const { navigate } = guarded();
    expect(navigate('will-navigate', 'app://datapool/index.html#/plans')).toBe(false);
  });

  it('denies every new window and opens only parsed https links in the system browser', () => {
    const { contents, openExternal } = guarded();
    for (const url of [
      'https://www.t-mobile.com/support',
      'http://example.com',
      'file:///etc/passwd',
      'smb://host/share',
      'https://user:pw@evil.com/',
    ]) {
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://www.t-mobile.com/support']]);
  });

  it('prevents webviews from attaching', () => {
    const { contents } = guarded();
    const e = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', e);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h: never) => (request = h),
      setPermissionCheckHandler: (h: never) => (check = h),
    } as never);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const cb = vi.fn();
      request!(null, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
  });

  it('recognises only our own app origin', () => {
    expect(isAppUrl('app://datapool/index.html')).toBe(true);
    for (const url of hostile) expect(isAppUrl(url), url).toBe(false);
    expect(externalLinkTarget('https://www.verizon.com/')).toBe('https://www.verizon.com/');
    expect(externalLinkTarget('javascript:alert(1)')).toBeNull();
  });

  it('maps app:// paths inside the renderer folder only', () => {
    expect(resolveStaticPath('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(resolveStaticPath('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
    for (const path of [
      '/../etc/passwd',
      '/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fetc',
      '/a%00.js',
      '/..%5c..%5cwin.ini',
      '/%E0%A4%A',
    ]) {
      expect(resolveStaticPath('/srv/app', path), path).toBeNull();
    }
  });
});
