import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCore, type AppCore } from '../../../main/core/app';
import { dispatch } from '../../../main/core/dispatch';
import { exportFileInvoke } from '../../../main/shared/channels';
import type { Result } from '../../../main/shared/result';
import type { SavedExport } from '../../../main/shared/shell';
import { dataDir, tempDir } from '../../support/temp';

/** Stand-ins for what file-export.ts touches of Electron: the IPC handler, the save dialog, the folder view. */
const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  dialog: { showSaveDialog: vi.fn() },
  shell: { showItemInFolder: vi.fn() },
  app: { getPath: vi.fn(() => '/home/user/Documents') },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
}));
vi.mock('electron', () => electron);

const { registerFileExport } = await import('../../../main/electron/file-export');

type Answer = (event: unknown, input: unknown) => Promise<Result<SavedExport>>;
const trustedEvent = { sender: { id: 1 }, senderFrame: { url: 'app://briefing/index.html#/1', parent: null, isDestroyed: () => false } };

let core: AppCore;
let dir: ReturnType<typeof tempDir>;
let answer: Answer;
beforeAll(() => {
  core = startCore(':memory:', dataDir);
  dir = tempDir('briefing-file-export-');
});
afterAll(() => {
  core.close();
  dir.cleanup();
});
beforeEach(() => {
  vi.clearAllMocks();
  registerFileExport(core, () => true);
  const [channel, handler] = electron.ipcMain.handle.mock.calls[0] as unknown as [string, Answer];
  expect(channel).toBe(exportFileInvoke);
  answer = handler;
});

describe('导出 PowerPoint / Excel / CSV in the desktop app', () => {
  it('offers the briefing’s name, writes the file where the user chose and shows it in its folder', async () => {
    const target = join(dir.path, 'chosen.pptx');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(answer(trustedEvent, { briefingId: 1, format: 'pptx' })).resolves.toEqual({ ok: true, value: { saved: true, fileName: 'chosen.pptx' } });
    const [options] = electron.dialog.showSaveDialog.mock.calls[0] as [{ defaultPath: string; filters: { extensions: string[] }[] }];
    expect(options.defaultPath).toBe(join('/home/user/Documents', '“十四五”成就.pptx'));
    expect(options.filters[0]?.extensions).toEqual(['pptx']);
    expect(readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith(target);
  });

  it('saves the prepared briefing as a .briefing file that imports again', async () => {
    const target = join(dir.path, '会前准备.briefing');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(answer(trustedEvent, { briefingId: 1, format: 'briefing' })).resolves.toEqual({ ok: true, value: { saved: true, fileName: '会前准备.briefing' } });
    const [options] = electron.dialog.showSaveDialog.mock.calls[0] as [{ defaultPath: string; filters: { name: string; extensions: string[] }[] }];
    expect(options.defaultPath).toBe(join('/home/user/Documents', '“十四五”成就.briefing'));
    expect(options.filters[0]).toEqual({ name: 'Briefing 简报文件', extensions: ['briefing'] });
    const other = startCore(':memory:', dataDir);
    try {
      const taken = await dispatch('packs:import', { bytes: new Uint8Array(readFileSync(target)) }, other);
      expect(taken).toMatchObject({ ok: true, value: { title: '“十四五”成就' } });
    } finally {
      other.close();
    }
  });

  it('writes nothing when the dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const before = readdirSync(dir.path);
    await expect(answer(trustedEvent, { briefingId: 1, format: 'csv' })).resolves.toEqual({ ok: true, value: { saved: false } });
    expect(readdirSync(dir.path)).toEqual(before);
    expect(electron.shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('says in Chinese why a file could not be written, and leaves no partial file', async () => {
    const target = join(dir.path, 'missing-folder', 'a.xlsx');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await answer(trustedEvent, { briefingId: 1, format: 'xlsx' });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('文件夹不存在') } });
    expect(existsSync(join(dir.path, 'missing-folder'))).toBe(false);
    expect(electron.shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('refuses a caller that is not our window, a request naming a path, and a briefing that is not there, before any dialog', async () => {
    const foreign = { ...trustedEvent, senderFrame: { ...trustedEvent.senderFrame, url: 'https://example.com/' } };
    await expect(answer(foreign, { briefingId: 1, format: 'pptx' })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(answer(trustedEvent, { briefingId: 1, format: 'docx' })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await expect(answer(trustedEvent, { briefingId: 1, format: 'pptx', path: '/etc/passwd' })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const missing = await answer(trustedEvent, { briefingId: 99, format: 'xlsx' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
