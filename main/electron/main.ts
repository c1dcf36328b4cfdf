import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { startCore, storeFileName, type AppCore } from '../core/app';
import { createFirstPaint, firstPaintCacheFolder } from '../serve/first-paint/service';
import { loadPreDrawer, preDrawerPath } from '../serve/first-paint/drawer';
import { StoreError } from '../core/store/errors';
import { menuCommandEvent, menuListeningEvent } from '../shared/channels';
import type { MenuCommand } from '../shared/shell';
import { registerIpc } from './ipc';
import { registerFileExport } from './file-export';
import { installApplicationMenu } from './menu';
import { createOpenQueue, filesInCommandLine } from './opened-files';
import { registerPdfExport } from './pdf-export';
import { readPickedFile, reportDialogOptions } from './picked-file';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { backupData, reportRestore, restoreData } from './store-actions';
import { scheduleUpdateCheck, updateConfigFileName } from './update-check';
import { createMainWindow, restrictPermissions, focusMainWindow, getMainWindow, guardWebContents, isOurWebContents } from './windows';

/**
 * Electron entry (bundled to out/electron/main.cjs). Thin on purpose: everything the app does lives in
 * main/core and is shared with the browser host; this file only wires it to Electron.
 */

const appName = 'Briefing';
// __dirname is out/electron in the bundle; the preload is built next to main.cjs.
const preloadPath = join(__dirname, 'preload.cjs');
let core: AppCore | null = null;

function closeCore(): void {
  const open = core;
  core = null; // first, so a second quit path cannot close it twice
  open?.close();
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `关于 ${appName}`,
    message: `简报 ${appName}`,
    detail: `版本 ${app.getVersion()}\n离线演示报告的幻灯片应用，数据只保存在本机。\nElectron ${process.versions.electron ?? ''}`,
    buttons: ['确定'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

/** The store was damaged and moved aside at start: say so, and where it went, once the app is up. */
function showStoreSetAside(movedTo: string): void {
  void dialog.showMessageBox({
    type: 'warning',
    title: '数据库已损坏',
    message: '简报的数据库文件已损坏，无法使用。',
    detail: `损坏的文件已原样移到：\n${movedTo}\n\nBriefing 已新建数据库并打开内置简报。如需找回其中的批注，请把该文件交给信息技术人员。`,
    buttons: ['确定'],
  });
}

/** Tell the audience window a command of the menu; the page carries it out (see renderer/src/library). */
function sendMenuCommand(command: MenuCommand): void {
  const window = getMainWindow();
  if (!window) return;
  focusMainWindow();
  window.webContents.send(menuCommandEvent, command);
}

/**
 * A file to import, chosen in 文件 › 导入报告… or handed to the app by the OS: it goes to the page as bytes
 * and is imported there like a dropped one (progress, cancel, the same refusals). The page never names a path.
 */
async function importFile(path: string): Promise<void> {
  try {
    sendMenuCommand({ kind: 'import', file: await readPickedFile(path) });
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    const options = { type: 'error' as const, title: '无法导入', message: `无法读取文件“${basename(path)}”`, detail, buttons: ['确定'] };
    const window = getMainWindow();
    void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  }
}

/** 文件 › 导入报告…: the OS open dialog, here in the main process. */
async function importFromDialog(): Promise<void> {
  const window = getMainWindow();
  if (!window) return;
  const picked = await dialog.showOpenDialog(window, reportDialogOptions());
  const [path] = picked.filePaths;
  if (picked.canceled || path === undefined) return;
  await importFile(path);
}

/** Files the OS asked the app to open (opened-files.ts), kept until the page hears the menu's commands. */
const openedFiles = createOpenQueue((path) => void importFile(path));

/** Show a startup failure to the user (there is no window yet) and leave with a failure status. */
function failStartup(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  closeCore();
  app.exit(1);
}

function start(): void {
  // Paths under the app itself: the project folder when run unpackaged, resources/app.asar when packaged.
  const appPath = app.getAppPath();
  const dbPath = join(app.getPath('userData'), storeFileName);
  try {
    core = startCore(dbPath, join(appPath, 'data'));
  } catch (error) {
    if (error instanceof StoreError && error.code === 'DB_TOO_NEW') {
      // The message (Chinese) says the file was left untouched; we open nothing for writing.
      return failStartup('无法打开数据库', error.message);
    }
    const detail = error instanceof Error ? error.message : String(error);
    return failStartup('Briefing 无法启动', `打开数据库 ${dbPath} 时出错：${detail}`);
  }
  if (core.backupPath) console.log(`Briefing: database migrated; previous version kept at ${core.backupPath}`);
  if (core.setAsidePath) showStoreSetAside(core.setAsidePath);
  if (core.replacedByRestorePath) reportRestore(core.replacedByRestorePath);

  restrictPermissions(session.defaultSession);
  const rendererDir = join(appPath, 'out', 'renderer');
  const firstPaint = createFirstPaint({
    rendererDir,
    loadPreDrawer: () => loadPreDrawer(preDrawerPath(join(appPath, 'out'))),
    context: core,
    cacheDir: join(app.getPath('userData'), firstPaintCacheFolder),
    onError: (error) => console.error(`Briefing: the first slide is not drawn ahead: ${String(error)}`),
  });
  // Started now, while the window is being made: the window's first request then finds it (nearly) done.
  void firstPaint.document();
  registerAppProtocol(rendererDir, firstPaint);
  registerIpc(core, isOurWebContents);
  registerPdfExport(core, preloadPath, isOurWebContents);
  registerFileExport(core, isOurWebContents);
  installApplicationMenu({
    isDev: !app.isPackaged,
    isMac: process.platform === 'darwin',
    showAbout,
    importReport: () => void importFromDialog(),
    showLibrary: () => sendMenuCommand({ kind: 'library' }),
    backup: () => void backupData(core),
    restore: () => void restoreData(core),
    exportBriefing: (entry) => sendMenuCommand({ kind: 'export', entry }),
  });
  ipcMain.on(menuListeningEvent, (event) => {
    if (isOurWebContents(event.sender)) openedFiles.pageListening();
  });
  // Windows and Linux: a file double-clicked (a .briefing) or dropped on the icon is on the command line.
  for (const path of filesInCommandLine(process.argv, process.cwd())) openedFiles.open(path);
  createMainWindow(preloadPath);
  // Only a package built with an internal update feed has this file (scripts/update-feed.ts); see update-check.ts.
  if (app.isPackaged && existsSync(join(process.resourcesPath, updateConfigFileName))) {
    // `.default`: electron-updater is CommonJS, bundled apart (build-electron.ts); its exports are the default.
    scheduleUpdateCheck({ loadUpdater: async () => (await import('electron-updater')).default.autoUpdater, log: (message) => console.log(message) });
  }
}

// --- Before `ready` -------------------------------------------------------------------------------------
app.setName(appName);
// Pin the store's folder to the one the browser host and CLI use (core/app.ts userDataDir), whatever
// package.json's name says, so `npm run preview` and the desktop app share one store.
app.setPath('userData', join(app.getPath('appData'), appName));
// Every renderer sandboxed, including any we did not create ourselves.
app.enableSandbox();
// Every webContents kept on our origin (navigation, window.open, <webview>), the first window's included.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents, preloadPath));
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Two instances would open the same SQLite store; the first one gets focus instead (see second-instance).
  app.quit();
} else {
  // A second start hands its command line over: a file opened while the app runs is imported here.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    for (const path of filesInCommandLine(argv, workingDirectory)) openedFiles.open(path);
  });
  // macOS hands files over as events, the first possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openedFiles.open(path);
  });
  // A presentation app: closing its window ends it on every platform, which also closes the store.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeCore);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      failStartup('Briefing 无法启动', error instanceof Error ? (error.stack ?? error.message) : String(error));
    });
}
