import { describe, expect, it, vi } from 'vitest';
import { exportEntry } from '../../../../main/shared/exports';
import type { PrintWaitOutcome } from '../../../../main/shared/print-wait';
import { fail, ok } from '../../../../main/shared/result';
import type { PdfExportOutcome, PdfExportRequest } from '../../../../main/shared/shell';
import { runExport } from '../../../../renderer/src/exports/run-export';

const slides = exportEntry('slides-pdf');
const handout = exportEntry('handout-pdf');
const inBrowser = (outcome: PrintWaitOutcome) => vi.fn(async () => outcome);
const neverInBrowser = vi.fn(async (): Promise<PrintWaitOutcome> => {
  throw new Error('the desktop app never prints in a browser window');
});

describe('an export from the 导出 menu, in the desktop app', () => {
  it('asks the shell for that print of that briefing and says which file was written', async () => {
    const exportPdf = vi.fn(async (_request: PdfExportRequest) => ok<PdfExportOutcome>({ saved: true, fileName: '“十四五”成就-讲义.pdf' }));
    const outcome = await runExport(handout, 7, { shell: { exportPdf }, printInBrowser: neverInBrowser });
    expect(exportPdf).toHaveBeenCalledWith({ briefingId: 7, kind: 'handout' });
    expect(outcome).toEqual({ status: 'done', message: '已导出““十四五”成就-讲义.pdf”' });
  });

  it('says nothing when the save dialog was cancelled, and the shell’s own words when it failed', async () => {
    const cancelled = await runExport(slides, 1, { shell: { exportPdf: async () => ok<PdfExportOutcome>({ saved: false }) }, printInBrowser: neverInBrowser });
    expect(cancelled).toEqual({ status: 'cancelled' });
    const failed = await runExport(slides, 1, {
      shell: { exportPdf: async () => fail('INTERNAL', '未能导出幻灯片 PDF，没有写入任何文件：磁盘已满') },
      printInBrowser: neverInBrowser,
    });
    expect(failed).toEqual({ status: 'failed', message: '幻灯片 PDF 导出失败：未能导出幻灯片 PDF，没有写入任何文件：磁盘已满' });
  });

  it('turns a broken bridge into a failure with a message, never a thrown error', async () => {
    const outcome = await runExport(slides, 1, {
      shell: { exportPdf: () => Promise.reject(new Error('IPC 通道已关闭')) },
      printInBrowser: neverInBrowser,
    });
    expect(outcome).toEqual({ status: 'failed', message: '幻灯片 PDF 导出失败：IPC 通道已关闭' });
  });
});

describe('an export from the 导出 menu, in the browser preview', () => {
  it('prints the route in a new window and tells the user how to save it as PDF', async () => {
    const printInBrowser = inBrowser({ status: 'ready' });
    const outcome = await runExport(slides, 3, { shell: undefined, printInBrowser });
    expect(printInBrowser).toHaveBeenCalledWith('slides', 3);
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done') expect(outcome.message).toContain('另存为 PDF');
  });

  it('reports a page that cannot print, a blocked window and a timeout; a closed window is a cancel', async () => {
    const run = (outcome: PrintWaitOutcome) => runExport(handout, 3, { shell: undefined, printInBrowser: inBrowser(outcome) });
    await expect(run({ status: 'failed', message: '浏览器拦截了新窗口：请允许本页打开弹出窗口后再试' })).resolves.toEqual({
      status: 'failed',
      message: '讲义 PDF 导出失败：浏览器拦截了新窗口：请允许本页打开弹出窗口后再试',
    });
    const late = await run({ status: 'timeout' });
    expect(late.status === 'failed' && late.message).toMatch(/讲义 PDF 导出失败：打印页面在 90 秒内没有准备好/);
    await expect(run({ status: 'gone' })).resolves.toEqual({ status: 'cancelled' });
  });
});
