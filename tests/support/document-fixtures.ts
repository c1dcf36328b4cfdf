/**
 * Report files made by the tests, never copied from real ones: a Word file written with the `docx`
 * library, GB18030 bytes with iconv-lite, a PDF printed by Chromium with a running header and page numbers.
 */
import { chromium } from '@playwright/test';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import iconv from 'iconv-lite';
import { articleHtml, plain, type InventedReport } from './invented-report';

export function gb18030(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  return new Uint8Array(iconv.encode(text, endian === 'le' ? 'utf-16le' : 'utf-16be', { addBOM: true }));
}

/** A paragraph's runs: the text between <sub> tags is a subscript run. */
function runs(text: string): TextRun[] {
  return text.split(/(<sub>[^<]*<\/sub>)/u).filter(Boolean).map((piece) => {
    const sub = /^<sub>([^<]*)<\/sub>$/u.exec(piece);
    return sub ? new TextRun({ text: sub[1] ?? '', subScript: true }) : new TextRun(piece);
  });
}

export interface DocxOptions {
  /** Style the headings as a Chinese Word does (标题 1, 标题 2) instead of Heading 1/2. */
  readonly chineseStyles?: boolean;
  /** Paragraphs put after everything else (e.g. a table). */
  readonly extra?: readonly (Paragraph | Table)[];
}

export async function toDocx(report: InventedReport, options: DocxOptions = {}): Promise<Uint8Array> {
  const heading = (level: 1 | 2, text: string): Paragraph =>
    options.chineseStyles
      ? new Paragraph({ style: `zh${level}`, children: runs(text) })
      : new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: runs(text) });
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(report.title) })];
  for (const part of report.parts) {
    children.push(heading(1, part.headline), new Paragraph({ children: runs(part.lead) }));
    for (const section of part.sections) {
      children.push(heading(2, section.heading), ...section.paragraphs.map((text) => new Paragraph({ children: runs(text) })));
    }
  }
  if (report.closing) children.push(new Paragraph({ children: runs(report.closing) }));
  children.push(...(options.extra ?? []));
  const document = new Document({
    styles: {
      paragraphStyles: [
        { id: 'zh1', name: '标题 1', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 32 } },
        { id: 'zh2', name: '标题 2', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 28 } },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A Word table: the first row is the header. */
export function docxTable(rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
  });
}

export interface PdfOptions {
  /** Body font size in CSS pixels: larger spreads the report over more pages. */
  readonly fontSize?: number;
  /** An HTML body of one's own instead of the report's article. */
  readonly body?: string;
  /** Print the running header and page numbers (default true). */
  readonly headerFooter?: boolean;
}

/**
 * The report printed by Chromium as a PDF: A4, justified paragraphs with a first-line indent, a running
 * header and "第 N 页" footers.
 */
export async function toPdf(report: InventedReport | null, options: PdfOptions = {}): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    const body = options.body ?? (report ? articleHtml(report) : '');
    const size = options.fontSize ?? 20;
    await page.setContent(
      `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${report ? plain(report.title) : '文件'}</title><style>
        body { font-family: 'WenQuanYi Zen Hei', 'Noto Sans CJK SC', sans-serif; font-size: ${size}px; line-height: 1.6; }
        h1 { font-size: ${size * 1.8}px; text-align: center; } h2 { font-size: ${size * 1.4}px; } h3 { font-size: ${size * 1.2}px; }
        p { text-indent: 2em; text-align: justify; margin: 0.4em 0; }
      </style></head><body>${body}</body></html>`,
    );
    const pdf = await page.pdf({
      format: 'A4',
      displayHeaderFooter: options.headerFooter ?? true,
      headerTemplate: '<div style="font-size:9px;width:100%;text-align:center;font-family:sans-serif">青川省人民政府新闻办公室 · 发布材料</div>',
      footerTemplate: '<div style="font-size:9px;width:100%;text-align:center;font-family:sans-serif">第 <span class="pageNumber"></span> 页</div>',
      margin: { top: '25mm', bottom: '25mm', left: '22mm', right: '22mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

/** A PDF of one page that holds only a drawn picture, as a scanner makes it: no text layer. */
export async function scannedPdf(): Promise<Uint8Array> {
  const picture = `<svg width="600" height="800" xmlns="http://www.w3.org/2000/svg"><rect width="600" height="800" fill="#f4f1ea"/>${Array.from(
    { length: 30 },
    (_, i) => `<rect x="60" y="${60 + i * 24}" width="${400 + ((i * 37) % 80)}" height="10" fill="#333"/>`,
  ).join('')}</svg>`;
  return toPdf(null, { headerFooter: false, body: `<img src="data:image/svg+xml;base64,${Buffer.from(picture).toString('base64')}">` });
}
