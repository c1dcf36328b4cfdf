import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Stand-ins for the few Electron objects windows.ts touches; Electron itself cannot load under Node. */
const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  class FakeWebContents extends EventEmitter {
    static nextId = 1;
    readonly id = FakeWebContents.nextId++;
    windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow extends EventEmitter {
    static created: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn((_url: string) => Promise.resolve());
    readonly show = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.created.push(this);
    }
  }
  return { FakeWebContents, FakeBrowserWindow };
});

vi.mock('electron', () => ({ BrowserWindow: electron.FakeBrowserWindow, screen: {} }));

const windows = await import('../../../main/electron/windows');
const { appEntryUrl } = await import('../../../main/electron/protocol');

interface NavigationEvent {
  url: string;
  preventDefault: ReturnType<typeof vi.fn>;
}

function navigate(contents: EventEmitter, eventName: string, url: string): NavigationEvent {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(eventName, event);
  return event;
}

describe('buildWebPreferences', () => {
  it('isolates and sandboxes the renderer, with no Node, no webview and web security on', () => {
    const preferences = windows.buildWebPreferences('/app/out/electron/preload.cjs');
    expect(preferences).toMatchObject({
      preload: '/app/out/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    // Nothing that loosens the defaults sneaks in.
    expect(preferences).not.toHaveProperty('experimentalFeatures');
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });
});

describe('guardWebContents', () => {
  let contents: InstanceType<typeof electron.FakeWebContents>;
  beforeEach(() => {
    contents = new electron.FakeWebContents();
    windows.guardWebContents(contents as never, '/app/out/electron/preload.cjs');
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: denies any URL off app://briefing', (eventName) => {
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url']) {
      expect(navigate(contents, eventName, url).preventDefault, url).toHaveBeenCalled();
    }
  });

  it('lets the app reload its own page', () => {
    expect(navigate(contents, 'will-navigate', 'app://briefing/index.html#/3').preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every window.open but the presenter view of our own page', () => {
    for (const url of ['https://example.com/', 'app://briefing/index.html', 'app://briefing/index.html#/3', 'app://other/index.html#/presenter/1']) {
      expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    const allowed = contents.windowOpenHandler?.({ url: 'app://briefing/index.html#/presenter/4' }) as {
      action: string;
      overrideBrowserWindowOptions: { webPreferences: Record<string, unknown> };
    };
    expect(allowed.action).toBe('allow');
    // The presenter window is locked down exactly like the main window.
    expect(allowed.overrideBrowserWindowOptions.webPreferences).toEqual(windows.buildWebPreferences('/app/out/electron/preload.cjs'));
  });

  it('allows only one presenter window at a time', () => {
    const url = 'app://briefing/index.html#/presenter/1';
    expect(windows.decideWindowOpen({ url }, '/p.cjs', false).action).toBe('allow');
    expect(windows.decideWindowOpen({ url }, '/p.cjs', true)).toEqual({ action: 'deny' });
  });
});

describe('isPresenterUrl (hook for the presenter window)', () => {
  it('recognises only our entry page with a #/presenter route', () => {
    expect(windows.isPresenterUrl('app://briefing/index.html#/presenter')).toBe(true);
    expect(windows.isPresenterUrl('app://briefing/index.html#/presenter/4')).toBe(true);
    expect(windows.isPresenterUrl('app://briefing/index.html#/presenterx')).toBe(false);
    expect(windows.isPresenterUrl('app://briefing/other.html#/presenter')).toBe(false);
    expect(windows.isPresenterUrl('https://briefing/index.html#/presenter')).toBe(false);
  });
});

describe('createMainWindow', () => {
  it('opens the app page in a hidden, dark window and shows it when ready', () => {
    const window = windows.createMainWindow('/p/preload.cjs') as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    expect(window.options).toMatchObject({ width: 1280, height: 800, show: false, title: '简报 Briefing' });
    expect(window.options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(window.options.webPreferences).toEqual(windows.buildWebPreferences('/p/preload.cjs'));
    expect(window.loadURL).toHaveBeenCalledWith(appEntryUrl);

    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('answers IPC only from its own windows, and forgets a window once closed', () => {
    const window = windows.createMainWindow('/p/preload.cjs') as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    expect(windows.isOurWebContents(window.webContents as never)).toBe(true);
    expect(windows.isOurWebContents(new electron.FakeWebContents() as never)).toBe(false);
    window.emit('closed');
    expect(windows.isOurWebContents(window.webContents as never)).toBe(false);
  });
});

describe('createPrintWindow (导出 PDF)', () => {
  it('loads the print route in a window never shown, with the main window’s preferences, still drawing while hidden', () => {
    const url = `${appEntryUrl}#/print/slides?briefing=3`;
    const window = windows.createPrintWindow('/p/preload.cjs', url) as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    expect(window.options).toMatchObject({ show: false, paintWhenInitiallyHidden: true });
    expect(window.options.webPreferences).toEqual({ ...windows.buildWebPreferences('/p/preload.cjs'), backgroundThrottling: false });
    expect(window.loadURL).toHaveBeenCalledWith(url);
    window.emit('ready-to-show');
    expect(window.show).not.toHaveBeenCalled();
  });

  it('is answered over IPC (its page reads the briefing through the bridge) until it is closed', () => {
    const window = windows.createPrintWindow('/p/preload.cjs', appEntryUrl) as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    expect(windows.isOurWebContents(window.webContents as never)).toBe(true);
    window.emit('closed');
    expect(windows.isOurWebContents(window.webContents as never)).toBe(false);
  });
});

describe('restrictPermissions', () => {
  const install = () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: (...args: unknown[]) => unknown) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: (...args: unknown[]) => unknown) => (handlers.device = handler),
    };
    windows.restrictPermissions(session as never);
    return handlers;
  };
  const ourPage = { getURL: () => 'app://briefing/index.html#/1' };

  it('refuses every permission but fullscreen, whoever asks', () => {
    const handlers = install();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'pointerLock']) {
      const callback = vi.fn();
      handlers.request?.(ourPage, permission, callback, { requestingUrl: 'app://briefing/index.html' });
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(handlers.check?.(ourPage, permission, 'app://briefing', {}), permission).toBe(false);
    }
    expect(handlers.device?.({ deviceType: 'usb' })).toBe(false);
  });

  it('grants fullscreen to our own pages only', () => {
    const handlers = install();
    const granted = vi.fn();
    handlers.request?.(ourPage, 'fullscreen', granted, { requestingUrl: 'app://briefing/index.html' });
    expect(granted).toHaveBeenCalledWith(true);
    const refused = vi.fn();
    handlers.request?.({ getURL: () => 'https://example.com/' }, 'fullscreen', refused, { requestingUrl: 'https://example.com/' });
    expect(refused).toHaveBeenCalledWith(false);
    expect(handlers.check?.(ourPage, 'fullscreen', 'app://briefing', {})).toBe(true);
    expect(handlers.check?.(ourPage, 'fullscreen', 'https://example.com', {})).toBe(false);
  });
});
