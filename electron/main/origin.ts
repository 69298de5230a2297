/** Where the app's own pages live. Pure so tests can check every decision. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'datapool';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Parses instead of comparing prefixes: `app://datapool.evil/` or `app://datapool@evil` must not pass. */
export function isAppUrl(raw: string, devServerUrl?: string): boolean {
  let url: URL;
  try {
    url = new URL(raw.trim() === raw ? raw : '');
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '') {
    return true;
  }
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return url.origin === dev.origin && url.username === '' && url.password === '';
  }
  return false;
}

/** Only plain https links leave the app, and only to the system browser. */
export function externalLinkTarget(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  return url.toString();
}
