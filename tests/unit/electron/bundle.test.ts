import Database from 'better-sqlite3';
import { EventEmitter } from 'node:events';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildElectron } from '../../../scripts/build-electron';
import { dataDir, projectRoot, tempDir } from '../../support/temp';
import { builtIndexHtml } from '../../support/built-index';
import { cmapPdf, cmapReportLines, toDocx, toPdf } from '../../support/document-fixtures';
import { inventedReport, toWebPage } from '../../support/invented-report';

/**
 * The real esbuild bundle of main.ts (what ships as out/electron/main.cjs), built into a temp folder and
 * loaded by Node's CommonJS loader with a fake `electron`
 * in place of the binary this machine does not have. Catches what the per-module tests cannot: a broken
 * bundle (ESM-only code, import.meta, a dependency left external), a wrong preload path, and the real
 * core starting, serving and refusing exactly as the shell wires it.
 */

type Listener = (...args: unknown[]) => unknown;
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;

const moduleInternals = Module as unknown as { _load: Loader };
const projectRequire = createRequire(join(projectRoot, 'package.json'));
/** The bundle's external packages (build-electron.ts), taken from the project as the packaged app ships them. */
const externalPackages = new Map(['better-sqlite3', 'subset-font'].map((name) => [name, projectRequire.resolve(name)]));
const dir = tempDir('briefing-bundle-');
const bundleDir = join(dir.path, 'electron');
const appDir = join(dir.path, 'app');

class FakeWebContents extends EventEmitter {
  readonly id = 11;
  readonly send = vi.fn();
  setWindowOpenHandler(): void {}
}
class FakeBrowserWindow extends EventEmitter {
  static last: FakeBrowserWindow | null = null;
  static getFocusedWindow = (): null => null;
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(() => Promise.resolve());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  isMinimized(): boolean {
    return false;
  }
  constructor(readonly options: { webPreferences: { preload: string; sandbox: boolean } }) {
    super();
    FakeBrowserWindow.last = this;
  }
}

/** One run of main.cjs: a fresh copy of the module against fresh fakes and its own userData folder. */
async function runMain(appData: string) {
  const ipc = new Map<string, Listener>();
  const ipcEvents = new EventEmitter();
  const appEvents = new EventEmitter();
  const paths: Record<string, string> = { appData, userData: join(appData, 'wrong-name') };
  let serve: ((request: Request) => Promise<Response>) | null = null;
  const fake = {
    app: {
      setName: vi.fn(),
      setPath: (key: string, value: string) => void (paths[key] = value),
      getPath: (key: string) => paths[key],
      getAppPath: () => appDir,
      getVersion: () => '0.0.0',
      isPackaged: true,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: Listener) => appEvents.on(event, listener),
      quit: vi.fn(),
      exit: vi.fn(),
      whenReady: () => Promise.resolve(),
    },
    BrowserWindow: FakeBrowserWindow,
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() } },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => void (serve = handler),
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => void ipc.set(channel, listener),
      removeHandler: vi.fn(),
      on: (channel: string, listener: Listener) => void ipcEvents.on(channel, listener),
    },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (template: unknown) => template },
  };

  const originalLoad = moduleInternals._load;
  moduleInternals._load = function (request, parent, isMain) {
    if (request === 'electron') return fake;
    // The bundle sits in a temp folder; its external packages come from the project, as in the app.
    const external = externalPackages.get(request);
    if (external) return originalLoad.call(this, external, parent, isMain);
    return originalLoad.call(this, request, parent, isMain);
  };
  // A package built without an update feed: resources/ holds no app-update.yml, so no check is scheduled.
  (process as { resourcesPath?: string }).resourcesPath = join(appDir, 'resources');
  const mainPath = join(bundleDir, 'main.cjs');
  const require = createRequire(import.meta.url);
  try {
    delete require.cache[mainPath];
    require(mainPath);
  } finally {
    moduleInternals._load = originalLoad;
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // whenReady().then(start)
  return { fake, ipc, ipcEvents, appEvents, paths, serve: () => serve };
}

const stubIndexHtml = builtIndexHtml({ script: '/assets/app.js', stylesheet: '/assets/app.css', title: 'bundle' });

const stubPreDrawer = `
exports.firstPaintFamily = 'Stub First Paint';
exports.glyphSources = [];
exports.preDrawFirstSlide = (deck) => ({
  markup: '<div id="stub-layer">cover of ' + deck.briefingId + '</div>',
  script: 'void 0;',
  appEntryAttribute: 'data-stub-entry',
  glyphDataId: 'stub-glyphs',
});
`;

beforeAll(async () => {
  await buildElectron(projectRoot, bundleDir);
  mkdirSync(join(appDir, 'out', 'renderer'), { recursive: true });
  writeFileSync(join(appDir, 'out', 'renderer', 'index.html'), stubIndexHtml);
  mkdirSync(join(appDir, 'out', 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(appDir, 'out', 'renderer', 'assets', 'app.css'), ':root{--font-sans:"Stub First Paint","Stub Sans",sans-serif}');
  // A stand-in for the renderer's slide drawer (out/first-paint/pre-draw.cjs), loaded by the bundle with require.
  mkdirSync(join(appDir, 'out', 'first-paint'), { recursive: true });
  writeFileSync(join(appDir, 'out', 'first-paint', 'pre-draw.cjs'), stubPreDrawer);
  cpSync(dataDir, join(appDir, 'data'), { recursive: true });
}, 60_000);
afterAll(() => dir.cleanup());

describe('out/electron/main.cjs under a fake Electron', () => {
  it('starts the real core and wires protocol, IPC and a sandboxed window with the bundled preload', async () => {
    const run = await runMain(join(dir.path, 'appdata-ok'));
    expect(run.fake.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(run.paths.userData).toBe(join(dir.path, 'appdata-ok', 'Briefing'));

    const window = FakeBrowserWindow.last;
    expect(window?.options.webPreferences.preload).toBe(join(bundleDir, 'preload.cjs'));
    expect(window?.options.webPreferences.sandbox).toBe(true);
    expect(window?.loadURL).toHaveBeenCalledWith('app://briefing/index.html');

    // index.html comes with the opening slide drawn in by out/first-paint/pre-draw.cjs, its script allowed by hash.
    const page = await run.serve()?.(new Request('app://briefing/index.html'));
    expect(page?.status).toBe(200);
    const html = (await page?.text()) ?? '';
    expect(html).toContain('<div id="stub-layer">cover of 1</div>');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/app.js" data-stub-entry>');
    expect(page?.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    const css = await run.serve()?.(new Request('app://briefing/assets/app.css'));
    expect(css?.headers.get('content-security-policy')).not.toContain('sha256');
    // ../../data/<report> from the renderer folder is a real file: it must still be out of reach.
    const escape = 'app://briefing/..%2F..%2Fdata%2F000_4400adb43caeaed0.txt';
    expect((await run.serve()?.(new Request(escape)))?.status).toBe(404);

    const ourFrame = { url: 'app://briefing/index.html#/1', parent: null, isDestroyed: () => false };
    const list = run.ipc.get('briefings:list');
    expect(await list?.({ senderFrame: ourFrame, sender: window?.webContents }, {})).toMatchObject({
      ok: true,
      value: [expect.objectContaining({ id: 1 })],
    });
    expect(await run.ipc.get('briefings:get')?.({ senderFrame: ourFrame, sender: window?.webContents }, { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const foreignFrame = { ...ourFrame, url: 'https://example.com/' };
    expect(await list?.({ senderFrame: foreignFrame, sender: window?.webContents }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    run.appEvents.emit('will-quit'); // closes the store: the file is left migrated and readable
    const db = new Database(join(dir.path, 'appdata-ok', 'Briefing', 'briefing.db'), { readonly: true });
    expect(Number(db.pragma('user_version', { simple: true }))).toBeGreaterThan(0);
    db.close();
  });

  it('imports a Word file, a web page and a PDF sent as bytes over IPC, its readers loaded from their own bundles', async () => {
    const run = await runMain(join(dir.path, 'appdata-import'));
    const window = FakeBrowserWindow.last;
    const ourFrame = { url: 'app://briefing/index.html#/library', parent: null, isDestroyed: () => false };
    const invoke = (channel: string, input: unknown) => run.ipc.get(channel)?.({ senderFrame: ourFrame, sender: window?.webContents }, input);
    const files: [string, Uint8Array][] = [
      ['青川答卷.docx', await toDocx(inventedReport)],
      ['青川答卷.html', new TextEncoder().encode(toWebPage({ ...inventedReport, title: '青川答卷（网页）' }))],
      ['青川答卷.pdf', await toPdf({ ...inventedReport, title: '青川答卷（PDF）' })],
      // Chinese in a font the PDF does not embed: read only with pdf.js's CMaps, copied beside the bundle.
      ['青川公报.pdf', cmapPdf(cmapReportLines)],
    ];
    expect(existsSync(join(bundleDir, 'readers', 'pdfjs', 'cmaps', 'UniGB-UTF16-H.bcmap'))).toBe(true);
    for (const [fileName, bytes] of files) {
      expect(await invoke('briefings:import', { fileName, bytes }), fileName).toMatchObject({ ok: true, value: { kind: 'imported' } });
    }
    const listed = (await invoke('briefings:list', {})) as { value: { sourceName: string; sourceFormat: string }[] };
    expect(listed.value.map((entry) => [entry.sourceName, entry.sourceFormat])).toEqual([
      ['000_4400adb43caeaed0.txt', 'markdown'],
      ['青川答卷.docx', 'docx'],
      ['青川答卷.html', 'html'],
      ['青川答卷.pdf', 'pdf'],
      ['青川公报.pdf', 'pdf'],
    ]);
    const cmapBriefing = (listed.value as unknown as { id: number; sourceName: string }[]).find((entry) => entry.sourceName === '青川公报.pdf');
    const figures = (await invoke('figures:list', { briefingId: cmapBriefing?.id })) as { value: { valueText: string; unit: string }[] };
    expect(figures.value.map((figure) => `${figure.valueText}${figure.unit}`)).toEqual(expect.arrayContaining(['5000亿元', '6.5%']));
    // A refusal crosses the bundles as the reader's own words, not as an internal error.
    expect(await invoke('briefings:import', { fileName: '假的.docx', bytes: new TextEncoder().encode('不是 Word') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('“假的.docx”不是有效的 Word 文档') },
    });
    run.appEvents.emit('will-quit');
  }, 60_000);

  it('hands a .briefing the OS opened the app with to the page once it listens, and one opened later at once', async () => {
    const files = join(dir.path, 'opened');
    mkdirSync(files, { recursive: true });
    writeFileSync(join(files, '会前准备.briefing'), '{"not":"checked here"}');
    writeFileSync(join(files, '第二份.briefing'), '{}');
    const argv = process.argv;
    process.argv = ['/opt/Briefing/briefing', '--no-sandbox', join(files, '会前准备.briefing')];
    let run: Awaited<ReturnType<typeof runMain>>;
    try {
      run = await runMain(join(dir.path, 'appdata-open'));
    } finally {
      process.argv = argv;
    }
    const contents = FakeBrowserWindow.last?.webContents;
    if (!contents) throw new Error('no window');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(contents.send).not.toHaveBeenCalled(); // the page does not listen yet

    run.ipcEvents.emit('menu:listening', { sender: { id: 99 } }); // not our window: nothing goes to it
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(contents.send).not.toHaveBeenCalled();
    run.ipcEvents.emit('menu:listening', { sender: contents });
    await vi.waitFor(() => expect(contents.send).toHaveBeenCalledTimes(1));
    const [event, command] = contents.send.mock.calls[0] as [string, { kind: string; file: { fileName: string; size: number; bytes: Uint8Array } }];
    expect(event).toBe('menu:command');
    expect(command).toMatchObject({ kind: 'import', file: { fileName: '会前准备.briefing', size: 22 } });
    expect(Buffer.from(command.file.bytes).toString()).toBe('{"not":"checked here"}');

    run.appEvents.emit('second-instance', {}, ['/opt/Briefing/briefing', '第二份.briefing'], files);
    await vi.waitFor(() => expect(contents.send).toHaveBeenCalledTimes(2));
    expect(contents.send.mock.calls[1]?.[1]).toMatchObject({ kind: 'import', file: { fileName: '第二份.briefing' } });
    run.appEvents.emit('will-quit');
  });

  it('keeps electron-updater out of main.cjs, in a bundle of its own that loads with only electron external', async () => {
    const main = readFileSync(join(bundleDir, 'main.cjs'), 'utf8');
    expect(main).toContain('import("./updater/electron-updater.cjs")');
    expect(main).not.toContain('class AppUpdater');
    const originalLoad = moduleInternals._load;
    const required: string[] = [];
    moduleInternals._load = function (request, parent, isMain) {
      if (request === 'electron') return { app: {}, autoUpdater: {} };
      required.push(request);
      return originalLoad.call(this, request, parent, isMain);
    };
    try {
      const updater = createRequire(import.meta.url)(join(bundleDir, 'updater', 'electron-updater.cjs')) as Record<string, unknown>;
      // What update-check.ts uses (`default.autoUpdater` once import()ed), without constructing it.
      expect(Object.keys(updater)).toContain('autoUpdater');
      expect(typeof updater.NsisUpdater).toBe('function');
    } finally {
      moduleInternals._load = originalLoad;
    }
    const packages = required.filter((name) => /^[@a-z]/.test(name) && !name.startsWith('node:') && !builtinModules.includes(name));
    expect(packages).toEqual([]);
  });

  it('refuses a database from a newer Briefing with a Chinese message, leaving the file as it was', async () => {
    const appData = join(dir.path, 'appdata-new');
    const dbPath = join(appData, 'Briefing', 'briefing.db');
    mkdirSync(join(appData, 'Briefing'), { recursive: true });
    const db = new Database(dbPath);
    db.pragma('user_version = 9999');
    db.close();
    const before = readFileSync(dbPath);

    FakeBrowserWindow.last = null;
    const run = await runMain(appData);
    expect(run.fake.dialog.showErrorBox).toHaveBeenCalledWith('无法打开数据库', expect.stringContaining('更新版本'));
    expect(run.fake.app.exit).toHaveBeenCalledWith(1);
    expect(FakeBrowserWindow.last).toBeNull();
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });
});
