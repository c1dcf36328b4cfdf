import { describe, expect, it, vi } from 'vitest';
import { channels, exportFileInvoke, exportPdfInvoke, menuCommandEvent, menuListeningEvent } from '../../../main/shared/channels';

const electronMock = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, value: { channel, input } })),
    on: vi.fn(),
    send: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electronMock);

await import('../../../main/electron/preload');

// Read once, at load: the test runner may clear mock call records between tests.
const exposed = [...electronMock.contextBridge.exposeInMainWorld.mock.calls] as Array<[string, Record<string, unknown>]>;
const [globalName, api] = exposed[0] ?? ['', {}];
const [shellName, shell] = exposed[1] ?? ['', {}];

describe('preload', () => {
  it('exposes the contract as window.briefingApi and the menu’s commands as window.briefingShell, nothing else', () => {
    expect(exposed).toHaveLength(2);
    expect(globalName).toBe('briefingApi');
    expect(shellName).toBe('briefingShell');
    expect(Object.keys(shell)).toEqual(['onMenuCommand', 'exportPdf', 'exportFile']);
  });

  it('asks the main process for a PDF or a file with the request alone, each on its one channel', async () => {
    const exportPdf = shell.exportPdf as (request: unknown, extra?: unknown) => Promise<unknown>;
    await expect(exportPdf({ briefingId: 3, kind: 'handout' }, 'extra')).resolves.toEqual({
      ok: true,
      value: { channel: exportPdfInvoke, input: { briefingId: 3, kind: 'handout' } },
    });
    const exportFile = shell.exportFile as (request: unknown, extra?: unknown) => Promise<unknown>;
    await expect(exportFile({ briefingId: 3, format: 'xlsx' }, '/etc/passwd')).resolves.toEqual({
      ok: true,
      value: { channel: exportFileInvoke, input: { briefingId: 3, format: 'xlsx' } },
    });
  });

  it('hands the page a menu command without the IPC event, and stops when asked', () => {
    const listener = vi.fn();
    const stop = (shell['onMenuCommand'] as (l: typeof listener) => () => void)(listener);
    const [event, heard] = electronMock.ipcRenderer.on.mock.calls[0] as [string, (event: unknown, command: unknown) => void];
    expect(event).toBe(menuCommandEvent);
    // … and tells the shell it listens now, so files the OS opened the app with can come.
    expect(electronMock.ipcRenderer.send).toHaveBeenCalledWith(menuListeningEvent);
    heard({ sender: 'the ipc event' }, { kind: 'library' });
    expect(listener).toHaveBeenCalledWith({ kind: 'library' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    stop();
    expect(electronMock.ipcRenderer.removeListener).toHaveBeenCalledWith(menuCommandEvent, heard);
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
