/**
 * The Electron binding of the handler table: one fixed channel per method,
 * derived from the contract, each checking that the call comes from our own
 * page's top frame before anything is validated or touched.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, type MethodName } from '@shared/api/contract';
import { ipcChannel, type ApiResult } from '@shared/api/bridge';
import { ApiError } from '@shared/api/errors';
import type { ApiRouter } from '../api/dispatch';
import { isAppUrl } from './origin';

/** The part of ipcMain this binding uses, so tests can pass a recorder. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

export function isTrustedSender(event: SenderEvent, devServerUrl?: string): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, devServerUrl);
}

/** Binds every method's channel to `route` (the store worker's router): this process only forwards. */
export function registerIpc(ipcMain: IpcMainLike, route: ApiRouter, devServerUrl?: string): MethodName[] {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), (event, input): Promise<ApiResult<unknown>> | ApiResult<unknown> => {
      if (!isTrustedSender(event, devServerUrl)) {
        return { ok: false, error: new ApiError('FORBIDDEN', 'Call refused: unknown sender').toPayload() };
      }
      return route(method, input);
    });
  }
  return [...METHOD_NAMES];
}
