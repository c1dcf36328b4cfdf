import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCore, type AppCore } from '../../../main/core/app';
import type { LibraryEntry } from '../../../main/shared/library';
import { dataDir, tempDir } from '../../support/temp';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '/documents') },
  BrowserWindow: { getFocusedWindow: vi.fn(() => null) },
  dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
}));
vi.mock('electron', () => electron);

const { exportShownBriefing, shownBriefingId } = await import('../../../main/electron/export-actions');

let core: AppCore;
let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  core = startCore(':memory:', dataDir);
  dir = tempDir('briefing-export-menu-');
});
afterAll(() => {
  core.close();
  dir.cleanup();
});
beforeEach(() => vi.clearAllMocks());

const entry = (id: number, openedAt: string | null, deletedAt: string | null = null): LibraryEntry => ({ id, openedAt, deletedAt }) as LibraryEntry;

describe('文件 › 导出', () => {
  it('exports the briefing opened last (the one on screen), never a deleted one', () => {
    expect(shownBriefingId([entry(1, '2026-01-01T00:00:00Z'), entry(2, '2026-02-01T00:00:00Z'), entry(3, null)])).toBe(2);
    expect(shownBriefingId([entry(1, null), entry(2, '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z')])).toBe(1);
    expect(shownBriefingId([])).toBeNull();
  });

  it('offers the briefing’s name in the save dialog and writes the file where the user chose', async () => {
    const target = join(dir.path, 'chosen.pptx');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await exportShownBriefing(core, 'pptx');
    const [options] = electron.dialog.showSaveDialog.mock.calls[0] as [{ defaultPath: string; filters: { extensions: string[] }[] }];
    expect(options.defaultPath).toBe(join('/documents', '“十四五”成就.pptx'));
    expect(options.filters[0]?.extensions).toEqual(['pptx']);
    expect(readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('writes nothing when the dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const before = readdirSync(dir.path);
    await exportShownBriefing(core, 'csv');
    expect(readdirSync(dir.path)).toEqual(before);
  });

  it('says in Chinese why a file could not be written, and leaves no partial file', async () => {
    const target = join(dir.path, 'missing-folder', 'a.xlsx');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await exportShownBriefing(core, 'xlsx');
    expect(existsSync(join(dir.path, 'missing-folder'))).toBe(false);
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'error', message: expect.stringContaining('文件夹不存在') }));
  });
});
