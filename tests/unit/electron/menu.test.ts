import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() } }));

const { buildMenuTemplate } = await import('../../../main/electron/menu');

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const showAbout = vi.fn();
const backup = vi.fn();
const restore = vi.fn();

describe('application menu', () => {
  it('has 文件 / 视图 / 帮助 with quit, full screen and about', () => {
    const template = buildMenuTemplate({ isDev: false, isMac: false, showAbout, backup, restore });
    expect(template.map((item) => item.label)).toEqual(['文件', '视图', '帮助']);
    const items = flatten(template);
    expect(items.find((item) => item.role === 'quit')?.label).toBe('退出');
    expect(items.find((item) => item.role === 'togglefullscreen')).toMatchObject({ label: '全屏', accelerator: 'F11' });
    items.find((item) => item.label === '关于 Briefing')?.click?.({} as never, undefined, {} as never);
    expect(showAbout).toHaveBeenCalled();
  });

  it('backs up and restores the whole store from 文件, on every platform', () => {
    for (const isMac of [false, true]) {
      const template = buildMenuTemplate({ isDev: false, isMac, showAbout, backup, restore });
      const file = template.find((item) => item.label === '文件');
      const items = flatten(file ? [file] : []);
      items.find((item) => item.label === '备份数据…')?.click?.({} as never, undefined, {} as never);
      items.find((item) => item.label === '恢复数据…')?.click?.({} as never, undefined, {} as never);
    }
    expect(backup).toHaveBeenCalledTimes(2);
    expect(restore).toHaveBeenCalledTimes(2);
  });

  it('offers reload and developer tools only when unpackaged', () => {
    const roles = (isDev: boolean) => flatten(buildMenuTemplate({ isDev, isMac: false, showAbout, backup, restore })).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
  });

  it('puts about and quit under the app name on macOS', () => {
    const template = buildMenuTemplate({ isDev: false, isMac: true, showAbout, backup, restore });
    expect(template[0]?.label).toBe('Briefing');
    expect(flatten(template).some((item) => item.role === 'quit')).toBe(true);
  });
});
