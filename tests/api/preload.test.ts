import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '@shared/api/contract';
import { ipcChannel, PROGRESS_CHANNEL, type DatapoolBridge } from '@shared/api/bridge';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
  on: vi.fn(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
  ipcRenderer: { invoke: fake.invoke, on: fake.on, removeListener: fake.removeListener },
}));

await import('@electron/preload/index');
const bridge = fake.exposed.get('datapool') as DatapoolBridge;

describe('the preload bridge', () => {
  it('exposes one object, with one function per API method and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['datapool']);
    expect(Object.keys(bridge).sort()).toEqual(['api', 'onProgress']);
    expect(Object.keys(bridge.api).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.isFrozen(bridge.api)).toBe(true);
  });

  it('sends each method on its own fixed channel, so the page cannot pick a channel', async () => {
    await bridge.api['households.list']({});
    await (bridge.api['households.create'] as (i: unknown) => Promise<unknown>)({
      name: 'X',
      channel: 'datapool:app.backup',
    });
    expect(fake.invoke.mock.calls.map((c) => c[0])).toEqual([
      ipcChannel('households.list'),
      ipcChannel('households.create'),
    ]);
  });

  it('passes progress payloads to listeners without the IPC event', () => {
    const seen: unknown[] = [];
    const off = bridge.onProgress((e) => seen.push(e));
    const [channel, wrapped] = fake.on.mock.calls[0] as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe(PROGRESS_CHANNEL);
    wrapped({ sender: 'secret' }, { task: 'backup', done: 1, total: 1 });
    expect(seen).toEqual([{ task: 'backup', done: 1, total: 1 }]);
    off();
    expect(fake.removeListener).toHaveBeenCalledWith(PROGRESS_CHANNEL, wrapped);
  });
});
