import { app, BrowserWindow, dialog, shell, type WebContents } from 'electron';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { rowId } from '../shared/row-id';
import type { AppCore } from '../core/app';
import type { Deck } from '../shared/deck';
import { dispatch } from '../core/dispatch';
import { exportPdfInvoke } from '../shared/channels';
import { printHash, printKinds, printStateProbe, type PrintKind } from '../shared/print';
import { printWaitFailure, printWaitLimits, waitForPrintReady, type PrintProbeResult } from '../shared/print-wait';
import { fail, ok, type Result } from '../shared/result';
import type { PdfExportRequest, SavedExport } from '../shared/shell';
import { writeFileAtomic, writeFailureMessage } from '../core/export/atomic-write';
import { defaultPdfFileName, pdfPrintOptions } from './pdf-files';
import { answerShellInvoke } from './shell-invoke';
import { appEntryUrl } from './protocol';
import { createPrintWindow } from './windows';

/**
 * 导出 PDF (幻灯片 / 讲义): the page asks (BriefingShell.exportPdf); here the save dialog, the print route
 * printed with printToPDF in a hidden window, and the file written whole, then shown in its folder. The
 * path comes from the dialog only, never from the page.
 */

export const pdfExportInput = z.object({ briefingId: rowId, kind: z.enum(printKinds) }).strict();

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The print route, printed in a window of its own once it says it is ready; the window is gone afterwards. */
async function printRoute(preloadPath: string, request: PdfExportRequest): Promise<Uint8Array> {
  const window = createPrintWindow(preloadPath, `${appEntryUrl}${printHash(request.kind, request.briefingId)}`);
  try {
    const probe = async (): Promise<PrintProbeResult> =>
      window.isDestroyed() ? 'gone' : ((await window.webContents.executeJavaScript(printStateProbe)) as PrintProbeResult);
    const outcome = await waitForPrintReady(probe, printWaitLimits);
    if (outcome.status !== 'ready') throw new Error(printWaitFailure(outcome));
    return new Uint8Array(await window.webContents.printToPDF(pdfPrintOptions(request.kind)));
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}

const kindLabel = (kind: PrintKind): string => (kind === 'slides' ? '幻灯片' : '讲义');

async function exportPdf(core: AppCore, preloadPath: string, parent: BrowserWindow | null, request: PdfExportRequest): Promise<Result<SavedExport>> {
  const deck = (await dispatch('deck:get', { briefingId: request.briefingId }, core)) as Result<Deck>;
  if (!deck.ok) return deck;
  const options = {
    title: `导出${kindLabel(request.kind)} PDF`,
    defaultPath: join(app.getPath('documents'), defaultPdfFileName(deck.value.title, request.kind)),
    filters: [{ name: 'PDF 文档', extensions: ['pdf'] }],
  };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return ok({ saved: false });
  let pdf: Uint8Array;
  try {
    pdf = await printRoute(preloadPath, request);
  } catch (error) {
    return fail('INTERNAL', `未能导出${kindLabel(request.kind)} PDF，没有写入任何文件：${reason(error)}`);
  }
  try {
    writeFileAtomic(choice.filePath, pdf);
  } catch (error) {
    return fail('INTERNAL', writeFailureMessage(choice.filePath, error));
  }
  shell.showItemInFolder(choice.filePath);
  return ok({ saved: true, fileName: basename(choice.filePath) });
}

/** Answer BriefingShell.exportPdf from our own windows only, with a checked request. */
export function registerPdfExport(core: AppCore, preloadPath: string, isOurWebContents: (contents: WebContents) => boolean): () => void {
  return answerShellInvoke(exportPdfInvoke, pdfExportInput, '输入无效：导出请求应为 { briefingId, kind: slides | handout }', isOurWebContents, (request, event) =>
    exportPdf(core, preloadPath, BrowserWindow.fromWebContents(event.sender), request),
  );
}
