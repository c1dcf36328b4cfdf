import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() } }));

const { buildMenuTemplate } = await import('../../../main/electron/menu');

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const showAbout = vi.fn();
const importReport = vi.fn();
const showLibrary = vi.fn();
const backup = vi.fn();
const restore = vi.fn();
const exportBriefing = vi.fn();
const base = { showAbout, importReport, showLibrary, backup, restore, exportBriefing };

describe('application menu', () => {
  it('has 文件 / 视图 / 帮助 with quit, full screen and about', () => {
    const template = buildMenuTemplate({ ...base, isDev: false, isMac: false });
    expect(template.map((item) => item.label)).toEqual(['文件', '视图', '帮助']);
    const items = flatten(template);
    expect(items.find((item) => item.role === 'quit')?.label).toBe('退出');
    expect(items.find((item) => item.role === 'togglefullscreen')).toMatchObject({ label: '全屏', accelerator: 'F11' });
    items.find((item) => item.label === '关于 Briefing')?.click?.({} as never, undefined, {} as never);
    expect(showAbout).toHaveBeenCalled();
  });

  it('exports the briefing from 文件 › 导出 ›, with the toolbar’s entries, on every platform', () => {
    for (const isMac of [false, true]) {
      const file = buildMenuTemplate({ ...base, isDev: false, isMac }).find((item) => item.label === '文件');
      const exportMenu = flatten(file ? [file] : []).find((item) => item.label === '导出');
      const entries = Array.isArray(exportMenu?.submenu) ? exportMenu.submenu : [];
      // Print, Office and hand-on, a line between the groups.
      expect(entries.map((item) => item.label ?? item.type)).toEqual([
        '幻灯片 PDF…',
        '讲义 PDF…',
        'separator',
        'PowerPoint 演示文稿…',
        'Excel 数据表…',
        'CSV 数据表…',
        'separator',
        '简报文件（转交同事）…',
      ]);
      for (const item of entries) item.click?.({} as never, undefined, {} as never);
    }
    const once = [['slides-pdf'], ['handout-pdf'], ['pptx'], ['xlsx'], ['csv'], ['pack']];
    expect(exportBriefing.mock.calls).toEqual([...once, ...once]);
  });

  it('backs up and restores the whole store from 文件, on every platform', () => {
    for (const isMac of [false, true]) {
      const template = buildMenuTemplate({ ...base, isDev: false, isMac });
      const file = template.find((item) => item.label === '文件');
      const items = flatten(file ? [file] : []);
      items.find((item) => item.label === '备份数据…')?.click?.({} as never, undefined, {} as never);
      items.find((item) => item.label === '恢复数据…')?.click?.({} as never, undefined, {} as never);
    }
    expect(backup).toHaveBeenCalledTimes(2);
    expect(restore).toHaveBeenCalledTimes(2);
  });

  it('offers reload and developer tools only when unpackaged', () => {
    const roles = (isDev: boolean) => flatten(buildMenuTemplate({ ...base, isDev, isMac: false })).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
  });

  it('puts about and quit under the app name on macOS', () => {
    const template = buildMenuTemplate({ ...base, isDev: false, isMac: true });
    expect(template[0]?.label).toBe('Briefing');
    expect(flatten(template).some((item) => item.role === 'quit')).toBe(true);
  });

  it.each([false, true])('offers 导入报告… (Ctrl+O) and 简报库 under 文件 (macOS: %s)', (isMac) => {
    const template = buildMenuTemplate({ ...base, isDev: false, isMac });
    const file = template.find((item) => item.label === '文件');
    const items = flatten(Array.isArray(file?.submenu) ? file.submenu : []);
    const importItem = items.find((item) => item.label === '导入报告…');
    expect(importItem?.accelerator).toBe('CmdOrCtrl+O');
    importItem?.click?.({} as never, undefined, {} as never);
    expect(importReport).toHaveBeenCalled();
    items.find((item) => item.label === '简报库')?.click?.({} as never, undefined, {} as never);
    expect(showLibrary).toHaveBeenCalled();
  });
});
