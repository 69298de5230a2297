/**
 * The one place a call is validated and routed. Both transports (Electron IPC
 * and loopback HTTP) hand the raw method name and payload to `dispatch`, so the
 * same bad payload gets the same decision whichever way it arrived.
 */
import { ZodError } from 'zod';
import { api, isMethodName, type MethodName } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/bridge';
import { ApiError, validationError } from '@shared/api/errors';
import { checkAlertsAfter } from './afterChange';
import { handlers } from './handlers';
import type { Services } from '../services';
import { isLockError } from '../store/errors';

type AnyHandler = (services: Services, input: unknown) => unknown;

/**
 * What a transport hands each call to: in the shells, the store worker's
 * router (electron/worker/host.ts); in tests, dispatch on in-process services.
 */
export type ApiRouter = (method: unknown, payload: unknown) => Promise<ApiResult<unknown>>;

export async function dispatch(services: Services, method: unknown, payload: unknown): Promise<ApiResult<unknown>> {
  try {
    if (!isMethodName(method)) {
      throw new ApiError('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 80)}`);
    }
    const def = api[method as MethodName];
    const parsed = def.input.safeParse(payload === undefined ? {} : payload);
    if (!parsed.success) throw validationError(parsed.error);
    const handler = handlers[method] as AnyHandler;
    const value = await handler(services, parsed.data);
    checkAlertsAfter(services, method, parsed.data, value);
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toApiError(err, services.dataFile).toPayload() };
  }
}

/** Maps anything thrown below the API to a typed error that leaks no SQL, path or stack. */
export function toApiError(err: unknown, dataFile = 'the data file'): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) return validationError(err);
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL') return new ApiError('DISK_FULL', 'The disk is full; nothing was saved.');
  // The busy timeout is short, so a lock held by another program surfaces here quickly instead of stalling.
  if (isLockError(err)) {
    return new ApiError(
      'DB_LOCKED',
      `The data file ${dataFile} is locked by another program, so nothing was saved; try again when it lets go.`,
    );
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new ApiError('CONFLICT', 'That change conflicts with saved data; nothing was saved.');
  }
  // Unexpected: log the real error on the backend only.
  console.error('[datapool] internal error:', err);
  return new ApiError('INTERNAL', 'Something went wrong inside Datapool; nothing was saved.');
}
