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

/** One line of a hand-written PDF: its text and font size in points. */
export interface PdfLine {
  readonly text: string;
  readonly size: number;
}

/**
 * A PDF whose Chinese text is set in a font it does not embed (STSong-Light, one of the standard Adobe-GB1
 * fonts) through the predefined CMap UniGB-UTF16-H, as PDF makers of the Acrobat era and many office tools
 * write Chinese. Its text can only be read with pdf.js's CMap files (the codes → CIDs → Unicode): no
 * ToUnicode map, no font program. Written byte by byte, since Chromium always embeds its fonts.
 */
export function cmapPdf(lines: readonly PdfLine[]): Uint8Array {
  const utf16Hex = (text: string): string => Buffer.from(iconv.encode(text, 'utf-16be')).toString('hex').toUpperCase();
  let y = 780;
  const content = lines
    .map((line) => {
      y -= line.size * 1.8;
      return `BT /F1 ${line.size} Tf 56 ${y} Td <${utf16Hex(line.text)}> Tj ET`;
    })
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** An invented bulletin for cmapPdf: a title, a heading and two paragraphs with figures. */
export const cmapReportLines: readonly PdfLine[] = [
  { text: '青川省统计公报', size: 22 },
  { text: '一、经济运行', size: 16 },
  { text: '全省地区生产总值达到5000亿元，比上年增长6.5%。', size: 11 },
  { text: '粮食总产量达到700万吨，连续5年稳定增长。', size: 11 },
];
