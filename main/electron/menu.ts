import { Menu, type MenuItemConstructorOptions } from 'electron';
import { exportEntries, startsGroup, type ExportEntryId } from '../shared/export-menu';

export interface MenuOptions {
  /** Unpackaged run (`npm start`): adds reload and developer tools. */
  readonly isDev: boolean;
  /** macOS always shows the first menu under the app's name, so there it holds 关于 and 退出. */
  readonly isMac: boolean;
  readonly showAbout: () => void;
  /** 文件 › 导入报告…: the OS open dialog, then the page imports the chosen file. */
  readonly importReport: () => void;
  /** 文件 › 简报库: the library screen. */
  readonly showLibrary: () => void;
  /** 备份数据… / 恢复数据…: the whole store to or from a file chosen in the OS dialog. */
  readonly backup: () => void;
  readonly restore: () => void;
  /** 文件 › 导出 › 幻灯片 PDF, 讲义 PDF, PowerPoint …: the page runs that export of the briefing it shows. */
  readonly exportBriefing: (entry: ExportEntryId) => void;
}

/** 文件 › 导出 ›: the toolbar's entries, a separator between their groups. */
function exportItems(options: MenuOptions): MenuItemConstructorOptions[] {
  return exportEntries.flatMap((entry, index): MenuItemConstructorOptions[] => [
    ...(startsGroup(index) ? [{ type: 'separator' as const }] : []),
    { label: `${entry.label}…`, click: () => options.exportBriefing(entry.id) },
  ]);
}

/**
 * The whole application menu, in Chinese and deliberately small. Nothing in it opens a URL or loads remote
 * content: the app is offline. Pure so a test can read it.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: '关于 Briefing', click: () => options.showAbout() };
  const quit: MenuItemConstructorOptions = { label: '退出', role: 'quit', accelerator: 'CmdOrCtrl+Q' };
  const libraryItems: MenuItemConstructorOptions[] = [
    { label: '导入报告…', accelerator: 'CmdOrCtrl+O', click: () => options.importReport() },
    { label: '简报库', accelerator: 'CmdOrCtrl+Shift+L', click: () => options.showLibrary() },
    { type: 'separator' },
    // The same entries as the toolbar's 导出 menu (main/shared/export-menu.ts); each opens a save dialog, hence "…".
    { label: '导出', submenu: exportItems(options) },
    { type: 'separator' },
    { label: '备份数据…', click: () => options.backup() },
    { label: '恢复数据…', click: () => options.restore() },
  ];
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [
        { type: 'separator' },
        { label: '重新载入', role: 'reload', accelerator: 'CmdOrCtrl+R' },
        { label: '开发者工具', role: 'toggleDevTools' },
      ]
    : [];
  const view: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [{ label: '全屏', role: 'togglefullscreen', accelerator: 'F11' }, ...devItems],
  };

  if (options.isMac) {
    return [{ label: 'Briefing', submenu: [about, { type: 'separator' }, quit] }, { label: '文件', submenu: libraryItems }, view];
  }
  return [{ label: '文件', submenu: [...libraryItems, { type: 'separator' }, quit] }, view, { label: '帮助', submenu: [about] }];
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
