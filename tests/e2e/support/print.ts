import type { Page } from '@playwright/test';
import type { PrintKind } from '../../../main/shared/print';
import { printHash } from '../../../main/shared/print';
import { expect } from './fixtures';

/** Open a print route of the briefing (null: the one open) and wait until it says it is ready to print. */
export async function openPrintRoute(page: Page, baseUrl: string, kind: PrintKind, briefingId: number | null = null): Promise<void> {
  await page.goto(`${baseUrl}${printHash(kind, briefingId)}`);
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true', { timeout: 30_000 });
}

/** Print the page as Chromium prints it to PDF: the page's own @page size, backgrounds included. */
export async function printToPdf(page: Page): Promise<Uint8Array> {
  return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

export interface PdfPageText {
  /** Width and height in PDF points. */
  readonly width: number;
  readonly height: number;
  /** The page's text layer, its runs joined without spaces (Chinese has none; line breaks are dropped). */
  readonly text: string;
  /** Each run of text where it stands: x, y of its baseline's start from the bottom left, in points. */
  readonly runs: readonly { readonly text: string; readonly x: number; readonly y: number; readonly width: number }[];
}

export interface ReadPdf {
  readonly title: string | null;
  readonly pages: readonly PdfPageText[];
}

/** Read a PDF with pdfjs-dist (its legacy build, for Node): each page's size and text, and the document title. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    const document = await task.promise;
    const meta = await document.getMetadata();
    const title = (meta.info as { Title?: string }).Title ?? null;
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== '' ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width }] : [],
      );
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/gu, '');
      pages.push({ width: x1 - x0, height: y1 - y0, text, runs });
    }
    return { title, pages };
  } finally {
    await task.destroy();
  }
}

/** Text as the PDF's text layer holds it: without white space. */
export const squeezed = (text: string): string => text.replace(/\s+/gu, '');
