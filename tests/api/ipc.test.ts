import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES } from '@shared/api/contract';
import { ipcChannel, type ApiResult } from '@shared/api/bridge';
import { registerIpc, isTrustedSender, type IpcMainLike } from '@electron/main/ipc';
import { APP_ENTRY_URL } from '@electron/main/origin';
import { createTestBackend, type TestBackend } from '../support/backend';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Records the handlers registered, by channel. */
function recordingIpc() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle(channel, listener) {
      handlers.set(channel, listener);
    },
  };
  return { ipc, handlers };
}

function fakeEvent(frame: { url: string; parent: unknown } | null): IpcMainInvokeEvent {
  return { senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

const topFrame = { url: APP_ENTRY_URL, parent: null };
const untrusted: [string, { url: string; parent: unknown } | null][] = [
  ['no frame at all', null],
  ['a web page', { url: 'https://evil.example/', parent: null }],
  ['another local file', { url: 'file:///tmp/other.html', parent: null }],
  ['a subframe of our own page', { url: APP_ENTRY_URL, parent: topFrame }],
  ['a look-alike host', { url: 'app://datapool.evil/index.html', parent: null }],
  ['credentials in the URL', { url: 'app://datapool@evil/index.html', parent: null }],
  ['about:blank', { url: 'about:blank', parent: null }],
  ['devtools', { url: 'devtools://devtools/bundled/inspector.html', parent: null }],
  ['an extension', { url: 'chrome-extension://abc/page.html', parent: null }],
];

let backend: TestBackend;
beforeEach(() => {
  backend = createTestBackend();
});
afterEach(() => backend.close());

describe('the Electron IPC binding', () => {
  it('registers one fixed channel per API method', () => {
    const { ipc, handlers } = recordingIpc();
    registerIpc(ipc, backend.route);
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
  });

  it.each(untrusted)('refuses a call from %s and writes nothing', async (_label, frame) => {
    const { ipc, handlers } = recordingIpc();
    registerIpc(ipc, backend.route);
    const create = handlers.get(ipcChannel('households.create'))!;
    const result = (await create(fakeEvent(frame), { name: 'Intruder' })) as ApiResult<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const list = (await handlers.get(ipcChannel('households.list'))!(fakeEvent(topFrame), {})) as ApiResult<unknown[]>;
    expect(list.ok && list.value).toEqual([]);
  });

  it('accepts our own top frame and validates the payload there', async () => {
    const { ipc, handlers } = recordingIpc();
    registerIpc(ipc, backend.route);
    const create = handlers.get(ipcChannel('households.create'))!;
    expect(await create(fakeEvent(topFrame), { name: 'The Wangs' })).toMatchObject({
      ok: true,
      value: { name: 'The Wangs' },
    });
    expect(await create(fakeEvent(topFrame), { name: 42 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('trusts the dev server origin only when one is configured', () => {
    const dev = fakeEvent({ url: 'http://localhost:5173/', parent: null });
    expect(isTrustedSender(dev)).toBe(false);
    expect(isTrustedSender(dev, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(fakeEvent({ url: 'http://localhost:5174/', parent: null }), 'http://localhost:5173')).toBe(
      false,
    );
  });
});
