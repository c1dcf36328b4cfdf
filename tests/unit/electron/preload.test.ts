import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../main/shared/channels';

const electronMock = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, value: { channel, input } })) },
}));
vi.mock('electron', () => electronMock);

await import('../../../main/electron/preload');

// Read once, at load: the test runner may clear mock call records between tests.
const exposed = [...electronMock.contextBridge.exposeInMainWorld.mock.calls] as Array<[string, Record<string, unknown>]>;
const [globalName, api] = exposed[0] ?? ['', {}];

describe('preload', () => {
  it('exposes one object, as window.briefingApi', () => {
    expect(exposed).toHaveLength(1);
    expect(globalName).toBe('briefingApi');
  });

  it('holds exactly one function per contract channel and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...channels].sort());
    for (const channel of channels) expect(typeof api[channel], channel).toBe('function');
    expect(Object.values(api)).not.toContain(electronMock.ipcRenderer);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('forwards a call as ipcRenderer.invoke(channel, input), dropping any extra arguments', async () => {
    const call = api['briefings:get'] as (...args: unknown[]) => Promise<unknown>;
    const result = await call({ id: 2 }, 'extra', () => 'callback');
    expect(electronMock.ipcRenderer.invoke).toHaveBeenLastCalledWith('briefings:get', { id: 2 });
    expect(result).toEqual({ ok: true, value: { channel: 'briefings:get', input: { id: 2 } } });
  });
});
