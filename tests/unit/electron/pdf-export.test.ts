import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportPdfInvoke } from '../../../main/shared/channels';
import type { Result } from '../../../main/shared/result';
import type { SavedExport } from '../../../main/shared/shell';
import { tempDir } from '../../support/temp';

/** Stand-ins for what pdf-export.ts touches of Electron: the IPC handler, the save dialog, the folder view. */
const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  dialog: { showSaveDialog: vi.fn() },
  shell: { showItemInFolder: vi.fn() },
  app: { getPath: vi.fn(() => '/home/user/Documents') },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
}));
vi.mock('electron', () => electron);

/** The hidden print window: its page answers the readiness probe as scripted, and printToPDF gives bytes. */
const printWindow = vi.hoisted(() => ({
  state: { ready: 'true' as string | null, error: null as string | null },
  destroyed: false,
  url: '',
  executeJavaScript: vi.fn(async (_code: string) => ({ ...printWindow.state })),
  printToPDF: vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 printed')),
}));
vi.mock('../../../main/electron/windows', () => ({
  createPrintWindow: vi.fn((_preload: string, url: string) => {
    printWindow.url = url;
    printWindow.destroyed = false;
    return {
      isDestroyed: () => printWindow.destroyed,
      destroy: () => void (printWindow.destroyed = true),
      webContents: { executeJavaScript: printWindow.executeJavaScript, printToPDF: printWindow.printToPDF },
    };
  }),
}));

const deckGet = vi.hoisted(() => vi.fn((input: { briefingId: number }) => ({ briefingId: input.briefingId, title: '“十四五”成就', slides: [] })));
vi.mock('../../../main/core/handlers/index', () => ({ handlers: { 'deck:get': deckGet } }));

const { registerPdfExport } = await import('../../../main/electron/pdf-export');

type Answer = (event: unknown, input: unknown) => Promise<Result<SavedExport>>;
const trustedEvent = { sender: { id: 1 }, senderFrame: { url: 'app://briefing/index.html#/3', parent: null, isDestroyed: () => false } };

let folder = '';
let cleanup = (): void => undefined;
let answer: Answer;

beforeEach(() => {
  vi.clearAllMocks();
  ({ path: folder, cleanup } = tempDir());
  printWindow.state = { ready: 'true', error: null };
  registerPdfExport({} as never, '/app/preload.cjs', () => true);
  const [channel, handler] = electron.ipcMain.handle.mock.calls[0] as unknown as [string, Answer];
  expect(channel).toBe(exportPdfInvoke);
  answer = handler;
});
afterEach(() => cleanup());

describe('导出 PDF in the desktop app', () => {
  it('offers a name from the title, prints the route of that briefing, writes the file whole and shows it', async () => {
    const target = join(folder, '简报-讲义.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await answer(trustedEvent, { briefingId: 4, kind: 'handout' });

    expect(result).toEqual({ ok: true, value: { saved: true, fileName: '简报-讲义.pdf' } });
    expect(electron.dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: join('/home/user/Documents', '“十四五”成就-讲义.pdf') });
    expect(printWindow.url).toBe('app://briefing/index.html#/print/handout?briefing=4');
    expect(printWindow.printToPDF.mock.calls[0]?.[0]).toMatchObject({ preferCSSPageSize: true, printBackground: true });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 printed');
    expect(readdirSync(folder)).toEqual(['简报-讲义.pdf']);
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith(target);
    expect(printWindow.destroyed).toBe(true);
  });

  it('does nothing more when the save dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(answer(trustedEvent, { briefingId: 4, kind: 'slides' })).resolves.toEqual({ ok: true, value: { saved: false } });
    expect(printWindow.printToPDF).not.toHaveBeenCalled();
  });

  it('writes no file when the page cannot be printed, and says why', async () => {
    const target = join(folder, 'x.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    printWindow.state = { ready: 'error', error: '简报不存在：4' };
    const result = await answer(trustedEvent, { briefingId: 4, kind: 'slides' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('未能导出幻灯片 PDF，没有写入任何文件：简报不存在：4');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
    expect(electron.shell.showItemInFolder).not.toHaveBeenCalled();
    expect(printWindow.destroyed).toBe(true);
  });

  it('says in Chinese why the PDF could not be written (a folder that is gone), and leaves nothing behind', async () => {
    const target = join(folder, 'gone', 'x.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await answer(trustedEvent, { briefingId: 4, kind: 'slides' });
    expect(result).toMatchObject({ ok: false, error: { message: `无法写入“${target}”：文件夹不存在` } });
    expect(readdirSync(folder)).toEqual([]);
    expect(electron.shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('refuses a caller that is not our window, a malformed request and a briefing that is not there', async () => {
    const foreign = { ...trustedEvent, senderFrame: { ...trustedEvent.senderFrame, url: 'https://example.com/' } };
    await expect(answer(foreign, { briefingId: 4, kind: 'slides' })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(answer(trustedEvent, { briefingId: 4, kind: 'poster' })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await expect(answer(trustedEvent, { briefingId: 4, kind: 'slides', path: '/etc/passwd' })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    deckGet.mockImplementationOnce(() => {
      throw Object.assign(new Error('简报不存在：99'), { code: 'NOT_FOUND' });
    });
    const missing = await answer(trustedEvent, { briefingId: 99, kind: 'slides' });
    expect(missing.ok).toBe(false);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
