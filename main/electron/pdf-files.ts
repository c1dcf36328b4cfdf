import type { PrintToPDFOptions } from 'electron';
import { fileNameOf } from '../shared/file-names';
import { printPageSizes, type PrintKind } from '../shared/print';

/**
 * What 导出 PDF needs around Electron's printToPDF that is plain logic: the print options and the name offered
 * in the save dialog (the file is written by core/export/atomic-write.ts, whole or not at all).
 */

const mmPerInch = 25.4;

/**
 * The route's CSS page size rules (print.css @page); the same size is given in inches, should an engine
 * ignore the CSS one, and no margin: the pages carry their own. Backgrounds print (the slides' paper and
 * navy), and the PDF is tagged so its text reads in order.
 */
export function pdfPrintOptions(kind: PrintKind): PrintToPDFOptions {
  const size = printPageSizes[kind];
  return {
    preferCSSPageSize: true,
    pageSize: { width: size.widthMm / mmPerInch, height: size.heightMm / mmPerInch },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    printBackground: true,
    displayHeaderFooter: false,
    generateTaggedPDF: true,
  };
}

/** The name offered in the save dialog: 《title》's words, then 幻灯片 or 讲义 — “十四五”成就-讲义.pdf. */
export function defaultPdfFileName(title: string, kind: PrintKind): string {
  return `${fileNameOf(title)}-${kind === 'slides' ? '幻灯片' : '讲义'}.pdf`;
}
