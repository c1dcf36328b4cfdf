/**
 * A PDF with a text layer, through pdfjs-dist (its legacy build, made for Node): the text runs of every
 * page and where they stand, laid out as paragraphs by pdf-layout.ts. It runs in this thread (no worker,
 * no network, no eval); the CMaps of PDFs that use Chinese fonts they do not embed are read from the
 * package's files (pdf-assets.ts). A PDF without a text layer — a scan — is refused: it needs OCR first.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { composeSource } from './compose';
import { DocumentError } from './errors';
import { pdfAssetUrls } from './pdf-assets';
import { pdfBlocks, type PdfPage, type PdfRun } from './pdf-layout';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

/** pdfjs and its worker code, loaded once, on the first PDF: the worker runs in this thread. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

export async function pdfSource(bytes: Uint8Array, fileName: string): Promise<string> {
  if (!isPdf(bytes)) throw notPdf(fileName, '文件开头没有 PDF 标记，它不是 PDF 文件');
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdfjs takes the buffer over, and wants no Buffer: give it a plain copy
    // Without them (only where the app's files are incomplete) just PDFs that embed their fonts read right.
    ...pdfAssetUrls(),
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      const name = (error as { name?: string }).name;
      if (name === 'PasswordException') throw new DocumentError('PDF_ENCRYPTED', `PDF“${fileName}”有密码保护：请先取消密码再导入`);
      throw notPdf(fileName, '文件已损坏或格式无法识别');
    });
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) pages.push(await pageText(document, number));
    const characters = pages.reduce((sum, page) => sum + page.runs.reduce((count, run) => count + run.text.replace(/\s/gu, '').length, 0), 0);
    if (characters < 20) {
      throw new DocumentError(
        'PDF_SCANNED',
        `PDF“${fileName}”没有文字层（${document.numPages} 页中几乎没有可读的文字），看起来是扫描件或图片：请先用 OCR（文字识别）把它转成文字，再导入`,
      );
    }
    return composeSource(pdfBlocks(pages));
  } finally {
    await task.destroy();
  }
}

async function pageText(document: Awaited<ReturnType<PdfJs['getDocument']>['promise']>, number: number): Promise<PdfPage> {
  const page = await document.getPage(number);
  const [, , , top] = page.view;
  const content = await page.getTextContent();
  const runs: PdfRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
    runs.push({ text: item.str, x, y, width: item.width, size });
  }
  page.cleanup();
  return { height: top ?? 0, runs };
}

function isPdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk (PDF readers accept it within the first kilobyte).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function notPdf(fileName: string, why: string): DocumentError {
  return new DocumentError('NOT_PDF', `“${fileName}”不是有效的 PDF：${why}`);
}
