/**
 * Serves the built renderer from `app://datapool/` instead of file://, so the
 * page has a real origin, file:// stays closed, and paths outside the renderer
 * folder (symlinks resolved) are refused.
 */
import { readFile } from 'node:fs/promises';
import { staticFileFor, contentTypeOf } from '../server/static';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { APP_HOST } from './origin';

export async function serveAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
  const file = await staticFileFor(rendererDir, url.pathname);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
