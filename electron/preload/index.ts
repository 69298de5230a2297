/**
 * The bridge: a small frozen object with one function per API method, each
 * bound to its own fixed channel. The page never sees ipcRenderer, cannot pick
 * a channel, and listeners receive the payload only, never the IPC event.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES, type ProgressEvent } from '@shared/api/contract';
import { ipcChannel, PROGRESS_CHANNEL, type BridgeApi, type DatapoolBridge } from '@shared/api/bridge';

const api = Object.freeze(
  Object.fromEntries(
    METHOD_NAMES.map((method) => {
      const channel = ipcChannel(method);
      return [method, (input: unknown) => ipcRenderer.invoke(channel, input)];
    }),
  ),
) as BridgeApi;

const bridge: DatapoolBridge = Object.freeze({
  api,
  onProgress(listener: (event: ProgressEvent) => void) {
    const wrapped = (_event: unknown, payload: ProgressEvent) => listener(payload);
    ipcRenderer.on(PROGRESS_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(PROGRESS_CHANNEL, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('datapool', bridge);
