import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * main.ts wires everything at import time, so each test imports it afresh against a fake Electron and a fake
 * core (the real core is tested on its own; here only the wiring and the startup failure paths matter).
 */
const fakes = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  class FakeWebContents extends EventEmitter {
    readonly id = 1;
    setWindowOpenHandler = vi.fn();
  }
  class FakeBrowserWindow extends EventEmitter {
    static created: FakeBrowserWindow[] = [];
    static getFocusedWindow = vi.fn(() => null);
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    constructor(readonly options: { webPreferences?: { preload?: string } }) {
      super();
      FakeBrowserWindow.created.push(this);
    }
  }
  const calls: string[] = []; // order of the calls that must happen before `ready`
  const app = {
    setName: vi.fn(() => calls.push('setName')),
    setPath: vi.fn(() => calls.push('setPath')),
    getPath: vi.fn((name: string) => `/fake/${name}`),
    getAppPath: vi.fn(() => '/fake/app'),
    getVersion: vi.fn(() => '0.1.0'),
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => true),
    on: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => {
      calls.push('whenReady');
      return Promise.resolve();
    }),
    isPackaged: false,
  };
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')), handle: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn(), on: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
  };
  const core: { close: () => void; backupPath: null; setAsidePath: string | null } = { close: vi.fn(), backupPath: null, setAsidePath: null };
  const startCore = vi.fn((_dbPath: string, _dataDir: string): unknown => core);
  return { electron, calls, core, startCore, FakeBrowserWindow, FakeWebContents };
});

vi.mock('electron', () => fakes.electron);
vi.mock('../../../main/core/app', () => ({ startCore: fakes.startCore, storeFileName: 'briefing.db' }));

beforeEach(() => {
  vi.resetModules(); // main.ts runs at import; every test imports a fresh copy
});

async function importMain(): Promise<void> {
  await import('../../../main/electron/main');
  await new Promise((resolve) => setImmediate(resolve)); // let whenReady().then(start) run
}

function appListener(event: string): (() => void) | undefined {
  return fakes.electron.app.on.mock.calls.find(([name]) => name === event)?.[1] as (() => void) | undefined;
}

afterEach(() => {
  vi.clearAllMocks();
  fakes.calls.length = 0;
  fakes.FakeBrowserWindow.created.length = 0;
  fakes.electron.app.requestSingleInstanceLock.mockImplementation(() => true);
});

describe('Electron main', () => {
  it('registers the app:// scheme and the sandbox before ready, then starts the core, protocol, IPC, menu and window', async () => {
    await importMain();
    expect(fakes.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fakes.calls.indexOf('whenReady'));
    expect(fakes.calls.indexOf('enableSandbox')).toBeLessThan(fakes.calls.indexOf('whenReady'));
    expect(fakes.electron.app.setName).toHaveBeenCalledWith('Briefing');
    expect(fakes.electron.app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/Briefing$/));

    expect(fakes.startCore).toHaveBeenCalledWith('/fake/userData/briefing.db', '/fake/app/data');
    expect(fakes.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fakes.electron.ipcMain.handle).toHaveBeenCalled();
    expect(fakes.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fakes.electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const [window] = fakes.FakeBrowserWindow.created;
    expect(window?.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
    expect(window?.loadURL).toHaveBeenCalledWith('app://briefing/index.html');
  });

  it('guards every webContents the app creates, from before ready: navigation off app://, window.open, <webview>', async () => {
    await importMain();
    const onCreated = fakes.electron.app.on.mock.calls.find(([name]) => name === 'web-contents-created')?.[1] as
      | ((event: unknown, contents: unknown) => void)
      | undefined;
    expect(onCreated).toBeTypeOf('function');
    const contents = new fakes.FakeWebContents();
    onCreated?.({}, contents);
    const navigation = { url: 'https://example.com/', preventDefault: vi.fn() };
    contents.emit('will-navigate', navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('tells the user when a damaged store was moved aside at start, and where it went', async () => {
    fakes.core.setAsidePath = '/fake/userData/briefing.db.damaged-2026-12-02';
    try {
      await importMain();
      expect(fakes.electron.dialog.showMessageBox).toHaveBeenCalledWith(
        expect.objectContaining({ title: '数据库已损坏', detail: expect.stringContaining('/fake/userData/briefing.db.damaged-2026-12-02') }),
      );
      expect(fakes.FakeBrowserWindow.created).toHaveLength(1); // and the app goes on, on the fresh store
    } finally {
      fakes.core.setAsidePath = null;
    }
  });

  it('closes the store once when the app quits', async () => {
    await importMain();
    appListener('will-quit')?.();
    appListener('will-quit')?.();
    expect(fakes.core.close).toHaveBeenCalledTimes(1);
  });

  it('leaves at once when another instance holds the lock', async () => {
    fakes.electron.app.requestSingleInstanceLock.mockImplementation(() => false);
    await importMain();
    expect(fakes.electron.app.quit).toHaveBeenCalled();
    expect(fakes.startCore).not.toHaveBeenCalled();
    expect(fakes.FakeBrowserWindow.created).toHaveLength(0);
  });

  it('shows the Chinese message of a too-new database and quits without opening a window', async () => {
    // Imported after the reset, so it is the same StoreError class main.ts checks against.
    const { StoreError } = await import('../../../main/core/store/errors');
    const message = '数据库由更新版本的 Briefing 创建。文件未做任何改动。';
    fakes.startCore.mockImplementationOnce(() => {
      throw new StoreError('DB_TOO_NEW', message);
    });
    await importMain();
    expect(fakes.electron.dialog.showErrorBox).toHaveBeenCalledWith('无法打开数据库', message);
    expect(fakes.electron.app.exit).toHaveBeenCalledWith(1);
    expect(fakes.FakeBrowserWindow.created).toHaveLength(0);
    expect(fakes.electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('reports any other startup failure the same way', async () => {
    fakes.startCore.mockImplementationOnce(() => {
      throw new Error('disk full');
    });
    await importMain();
    expect(fakes.electron.dialog.showErrorBox).toHaveBeenCalledWith('Briefing 无法启动', expect.stringContaining('disk full'));
    expect(fakes.electron.app.exit).toHaveBeenCalledWith(1);
  });
});
