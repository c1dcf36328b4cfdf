import { describe, expect, it, vi } from 'vitest';
import { exportEntry } from '../../../../main/shared/export-menu';
import type { PrintWaitOutcome } from '../../../../main/shared/print-wait';
import { fail, ok, type Result } from '../../../../main/shared/result';
import type { ExportedBinary } from '../../../../main/shared/exports';
import type { FileExportRequest, PdfExportRequest, SavedExport } from '../../../../main/shared/shell';
import { runExport } from '../../../../renderer/src/exports/run-export';

const slides = exportEntry('slides-pdf');
const handout = exportEntry('handout-pdf');
const inBrowser = (outcome: PrintWaitOutcome) => vi.fn(async () => outcome);
const neverInBrowser = vi.fn(async (): Promise<PrintWaitOutcome> => {
  throw new Error('the desktop app never prints in a browser window');
});
const pptx = exportEntry('pptx');
const csv = exportEntry('csv');
/** The desktop app builds and saves files in the shell: the page neither builds nor downloads them. */
const desktopOnly = {
  printInBrowser: neverInBrowser,
  buildFile: vi.fn(async () => {
    throw new Error('the desktop app builds files in the shell');
  }),
  download: vi.fn(() => {
    throw new Error('the desktop app never downloads');
  }),
};
const noFileExport = async () => fail('INTERNAL', 'not this test');
const pdfOnly = (exportPdf: (request: PdfExportRequest) => Promise<Result<SavedExport>>) => ({ ...desktopOnly, shell: { exportPdf, exportFile: noFileExport } });
/** The preview: no shell, files built through exports:file and downloaded. */
const preview = (overrides: Partial<{ printInBrowser: typeof neverInBrowser; buildFile: () => Promise<Result<ExportedBinary>>; download: (file: ExportedBinary) => void }>) => ({
  shell: undefined,
  printInBrowser: neverInBrowser,
  buildFile: vi.fn(async () => fail('INTERNAL', 'not this test')),
  download: vi.fn(),
  ...overrides,
});

describe('an export from the 导出 menu, in the desktop app', () => {
  it('asks the shell for that print of that briefing and says which file was written', async () => {
    const exportPdf = vi.fn(async (_request: PdfExportRequest) => ok<SavedExport>({ saved: true, fileName: '“十四五”成就-讲义.pdf' }));
    const outcome = await runExport(handout, 7, pdfOnly(exportPdf));
    expect(exportPdf).toHaveBeenCalledWith({ briefingId: 7, kind: 'handout' });
    expect(outcome).toEqual({ status: 'done', message: '已导出：“十四五”成就-讲义.pdf' });
  });

  it('says nothing when the save dialog was cancelled, and the shell’s own words when it failed', async () => {
    const cancelled = await runExport(slides, 1, pdfOnly(async () => ok<SavedExport>({ saved: false })));
    expect(cancelled).toEqual({ status: 'cancelled' });
    const failed = await runExport(slides, 1, pdfOnly(async () => fail('INTERNAL', '未能导出幻灯片 PDF，没有写入任何文件：磁盘已满')));
    expect(failed).toEqual({ status: 'failed', message: '幻灯片 PDF 导出失败：未能导出幻灯片 PDF，没有写入任何文件：磁盘已满' });
  });

  it('turns a broken bridge into a failure with a message, never a thrown error', async () => {
    const outcome = await runExport(slides, 1, pdfOnly(() => Promise.reject(new Error('IPC 通道已关闭'))));
    expect(outcome).toEqual({ status: 'failed', message: '幻灯片 PDF 导出失败：IPC 通道已关闭' });
  });

  it('asks the shell to build and save PowerPoint, Excel or CSV, and passes on how it went', async () => {
    const exportFile = vi.fn(async (_request: FileExportRequest) => ok<SavedExport>({ saved: true, fileName: '简报.pptx' }));
    const shell = { exportPdf: noFileExport, exportFile };
    await expect(runExport(pptx, 4, { ...desktopOnly, shell })).resolves.toEqual({ status: 'done', message: '已导出：简报.pptx' });
    expect(exportFile).toHaveBeenCalledWith({ briefingId: 4, format: 'pptx' });
    exportFile.mockResolvedValueOnce(fail('INTERNAL', '无法写入“/media/u/简报.csv”：磁盘空间不足，未留下任何文件'));
    await expect(runExport(csv, 4, { ...desktopOnly, shell })).resolves.toEqual({
      status: 'failed',
      message: 'CSV 数据表 导出失败：无法写入“/media/u/简报.csv”：磁盘空间不足，未留下任何文件',
    });
    expect(desktopOnly.buildFile).not.toHaveBeenCalled();
    expect(desktopOnly.download).not.toHaveBeenCalled();
  });
});

describe('an export from the 导出 menu, in the browser preview', () => {
  it('prints the route in a new window and tells the user how to save it as PDF', async () => {
    const printInBrowser = inBrowser({ status: 'ready' });
    const outcome = await runExport(slides, 3, preview({ printInBrowser }));
    expect(printInBrowser).toHaveBeenCalledWith('slides', 3);
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done') expect(outcome.message).toContain('另存为 PDF');
  });

  it('reports a page that cannot print, a blocked window and a timeout; a closed window is a cancel', async () => {
    const run = (outcome: PrintWaitOutcome) => runExport(handout, 3, preview({ printInBrowser: inBrowser(outcome) }));
    await expect(run({ status: 'failed', message: '浏览器拦截了新窗口：请允许本页打开弹出窗口后再试' })).resolves.toEqual({
      status: 'failed',
      message: '讲义 PDF 导出失败：浏览器拦截了新窗口：请允许本页打开弹出窗口后再试',
    });
    const late = await run({ status: 'timeout' });
    expect(late.status === 'failed' && late.message).toMatch(/讲义 PDF 导出失败：打印页面在 90 秒内没有准备好/);
    await expect(run({ status: 'gone' })).resolves.toEqual({ status: 'cancelled' });
  });

  it('builds a file through exports:file and downloads it under the briefing’s name', async () => {
    const file: ExportedBinary = { fileName: '“十四五”成就.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: new Uint8Array([80, 75]) };
    const buildFile = vi.fn(async () => ok(file));
    const download = vi.fn();
    await expect(runExport(exportEntry('xlsx'), 5, preview({ buildFile, download }))).resolves.toEqual({ status: 'done', message: '已下载：“十四五”成就.xlsx' });
    expect(buildFile).toHaveBeenCalledWith(5, 'xlsx');
    expect(download).toHaveBeenCalledWith(file);
  });

  it('downloads nothing when the core refuses, and says why', async () => {
    const download = vi.fn();
    const buildFile = async () => fail('INVALID_INPUT', '简报“新闻稿”没有提取到任何数据，无法导出数据表（可以导出为 PowerPoint）');
    await expect(runExport(csv, 5, preview({ buildFile, download }))).resolves.toEqual({
      status: 'failed',
      message: 'CSV 数据表 导出失败：简报“新闻稿”没有提取到任何数据，无法导出数据表（可以导出为 PowerPoint）',
    });
    expect(download).not.toHaveBeenCalled();
  });
});
