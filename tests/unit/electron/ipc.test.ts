import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../main/shared/channels';
import { contract } from '../../../main/shared/contract';
import type { HandlerContext } from '../../../main/core/handlers/types';
import type { SenderFacts } from '../../../main/electron/ipc';

const ipcMainMock = vi.hoisted(() => ({ handle: vi.fn(), removeHandler: vi.fn() }));
vi.mock('electron', () => ({ ipcMain: ipcMainMock }));

/** Spy handlers: the tests prove which calls reach a handler and which are stopped before. */
const handlerSpies = vi.hoisted(() => ({
  'briefings:list': vi.fn(() => []),
  'briefings:get': vi.fn(() => ({ id: 1 })),
  'briefings:source': vi.fn(() => ({ text: '' })),
  'figures:list': vi.fn(() => []),
  'briefings:import': vi.fn(() => ({ kind: 'cancelled' })),
}));
vi.mock('../../../main/core/handlers/index', () => ({ handlers: handlerSpies }));

const { answerInvoke, isTrustedSender, registerIpc, senderFacts } = await import('../../../main/electron/ipc');

// Handlers are spies, so no store is needed behind the context.
const context = {} as HandlerContext;
const trusted: SenderFacts = { frameUrl: 'app://briefing/index.html#/1', isMainFrame: true, fromOurWindow: true };

type InvokeListener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

beforeEach(() => {
  vi.clearAllMocks();
});

describe('isTrustedSender', () => {
  it('accepts the top frame of our window on app://briefing', () => {
    expect(isTrustedSender(trusted)).toBe(true);
  });

  it.each<[string, SenderFacts]>([
    ['a frame already gone', { ...trusted, frameUrl: null }],
    ['another origin', { ...trusted, frameUrl: 'https://example.com/' }],
    ['another app host', { ...trusted, frameUrl: 'app://other/index.html' }],
    ['a file page', { ...trusted, frameUrl: 'file:///tmp/index.html' }],
    ['about:blank', { ...trusted, frameUrl: 'about:blank' }],
    ['a subframe', { ...trusted, isMainFrame: false }],
    ['a webContents we did not create', { ...trusted, fromOurWindow: false }],
  ])('refuses %s', (_, facts) => {
    expect(isTrustedSender(facts)).toBe(false);
  });
});

describe('senderFacts', () => {
  const sender = { id: 7 };
  it('reads a missing or destroyed frame as gone', () => {
    const ours = () => true;
    expect(senderFacts({ senderFrame: null, sender } as never, ours)).toMatchObject({ frameUrl: null, isMainFrame: false });
    const destroyed = { url: 'app://briefing/index.html', parent: null, isDestroyed: () => true };
    expect(senderFacts({ senderFrame: destroyed, sender } as never, ours).frameUrl).toBeNull();
  });

  it('reads the frame URL, whether it is a top frame, and whose window sent it', () => {
    const top = { url: 'app://briefing/index.html', parent: null, isDestroyed: () => false };
    const child = { url: 'app://briefing/index.html', parent: top, isDestroyed: () => false };
    expect(senderFacts({ senderFrame: top, sender } as never, (contents) => contents === (sender as never))).toEqual({
      frameUrl: 'app://briefing/index.html',
      isMainFrame: true,
      fromOurWindow: true,
    });
    expect(senderFacts({ senderFrame: child, sender } as never, () => false)).toMatchObject({ isMainFrame: false, fromOurWindow: false });
  });
});

describe('registerIpc', () => {
  it("registers exactly the contract's channels", () => {
    const unregister = registerIpc(context, () => true);
    const registered = ipcMainMock.handle.mock.calls.map(([channel]) => channel as string);
    expect([...registered].sort()).toEqual(Object.keys(contract).sort());
    expect(registered).toEqual([...channels]);

    unregister();
    expect(ipcMainMock.removeHandler.mock.calls.map(([channel]) => channel)).toEqual([...channels]);
  });

  it('runs the handler for a valid call from our window, passing only the first argument as input', async () => {
    registerIpc(context, () => true);
    const listener = ipcMainMock.handle.mock.calls.find(([channel]) => channel === 'briefings:get')?.[1] as InvokeListener;
    const frame = { url: 'app://briefing/index.html', parent: null, isDestroyed: () => false };
    const result = await listener({ senderFrame: frame, sender: { id: 1 } }, { id: 3 }, 'ignored extra');
    expect(result).toEqual({ ok: true, value: { id: 1 } });
    expect(handlerSpies['briefings:get']).toHaveBeenCalledWith({ id: 3 }, context);
  });

  it('refuses a call from a foreign frame before it reaches a handler', async () => {
    registerIpc(context, () => true);
    const listener = ipcMainMock.handle.mock.calls.find(([channel]) => channel === 'briefings:list')?.[1] as InvokeListener;
    const frame = { url: 'https://example.com/', parent: null, isDestroyed: () => false };
    const result = await listener({ senderFrame: frame, sender: { id: 1 } }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(handlerSpies['briefings:list']).not.toHaveBeenCalled();
  });
});

describe('answerInvoke', () => {
  it.each<[string, unknown]>([
    ['a missing id', {}],
    ['an id of the wrong type', { id: '1' }],
    ['a negative id', { id: -1 }],
    ['an unknown key', { id: 1, extra: true }],
    ['not an object', 'briefing 1'],
  ])('returns INVALID_INPUT for %s without running the handler', async (_, input) => {
    const result = await answerInvoke('briefings:get', trusted, input, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(handlerSpies['briefings:get']).not.toHaveBeenCalled();
  });

  it('treats a missing input like {} (as the browser host does for an empty body)', async () => {
    expect(await answerInvoke('briefings:list', trusted, undefined, context)).toEqual({ ok: true, value: [] });
  });

  it('returns FORBIDDEN for an untrusted sender even with valid input', async () => {
    const result = await answerInvoke('briefings:get', { ...trusted, fromOurWindow: false }, { id: 1 }, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(handlerSpies['briefings:get']).not.toHaveBeenCalled();
  });

  it('turns a handler crash into INTERNAL rather than a rejected promise', async () => {
    handlerSpies['briefings:list'].mockImplementationOnce(() => {
      throw new Error('boom');
    });
    expect(await answerInvoke('briefings:list', trusted, {}, context)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('takes a report file as the bytes the page sent (a structured clone of its Uint8Array), never as a path', async () => {
    const bytes = structuredClone(new TextEncoder().encode('# 青川“十四五”答卷'));
    expect(await answerInvoke('briefings:import', trusted, { fileName: '青川.md', bytes }, context)).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(handlerSpies['briefings:import']).toHaveBeenCalledWith({ fileName: '青川.md', bytes }, context);
    for (const input of [{ fileName: '青川.md', path: '/home/user/青川.md' }, { fileName: '/home/user/青川.md', bytes }, { fileName: '青川.md', bytes: [35, 32] }]) {
      expect(await answerInvoke('briefings:import', trusted, input, context)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(handlerSpies['briefings:import']).toHaveBeenCalledTimes(1);
  });
});
