/**
 * One invented report in every format staff receive: each must give the model, the figures and the deck
 * structure that its Markdown gives. The PDF is printed by Chromium (with a running header and page
 * numbers), the Word file written with the docx library, the web page wrapped in a government site's chrome.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import { readDocument } from '../../../../../main/core/report/read/index';
import type { Figure } from '../../../../../main/shared/figure';
import type { ReportModel } from '../../../../../main/shared/report';
import { gb18030, toDocx, toPdf } from '../../../../support/document-fixtures';
import { inventedReport, toMarkdown, toPlainText, toWebPage } from '../../../../support/invented-report';

const outline = (report: ReportModel) => ({
  title: report.title,
  parts: report.parts.map((part) => ({
    headline: part.headline,
    slogan: part.slogan,
    lead: part.lead?.text,
    sections: part.sections.map((section) => ({ heading: section.heading, paragraphs: section.paragraphs.map((p) => p.text) })),
  })),
  closing: report.closing?.text,
});

const figureSummary = (figures: readonly Figure[]) => figures.map((f) => ({ value: f.value, valueText: f.valueText, unit: f.unit, label: f.label, period: f.period, kind: f.kind, derived: f.derived }));

const subMarks = (report: ReportModel) =>
  report.parts.flatMap((part) => part.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.marks.map((mark) => [p.text.slice(mark.start, mark.end), mark.kind]))));

type Format = 'md' | 'txt' | 'docx' | 'html' | 'pdf';
const files = new Map<Format, { name: string; bytes: Uint8Array }>();

beforeAll(async () => {
  files.set('md', { name: '青川答卷.md', bytes: new TextEncoder().encode(toMarkdown(inventedReport)) });
  files.set('txt', { name: '青川答卷.txt', bytes: gb18030(toPlainText(inventedReport)) });
  files.set('docx', { name: '青川答卷.docx', bytes: await toDocx(inventedReport) });
  files.set('html', { name: '青川答卷.html', bytes: new TextEncoder().encode(toWebPage(inventedReport)) });
  files.set('pdf', { name: '青川答卷.pdf', bytes: await toPdf(inventedReport) });
}, 60_000);

async function analysed(format: Format) {
  const file = files.get(format);
  if (!file) throw new Error(`no ${format} fixture`);
  const read = await readDocument(file.bytes, file.name);
  return { read, ...analyseReport(read.text) };
}

describe('every format gives the report its Markdown gives', () => {
  it('the Markdown itself: 2 parts, 4 sections, 35 figures or so', async () => {
    const { report, figures, read } = await analysed('md');
    expect(read).toMatchObject({ format: 'markdown', encoding: 'utf-8' });
    expect(report.parts).toHaveLength(2);
    expect(report.parts.flatMap((part) => part.sections)).toHaveLength(4);
    expect(figures.length).toBeGreaterThan(25);
  });

  it.each(['txt', 'docx', 'html', 'pdf'] as const)('%s: the same parts, sections, paragraphs, figures and quotes', async (format) => {
    const markdown = await analysed('md');
    const other = await analysed(format);
    expect(outline(other.report)).toEqual(outline(markdown.report));
    expect(figureSummary(other.figures)).toEqual(figureSummary(markdown.figures));
    // Every quote is a verbatim span of the source the model was parsed from (what the source view shows).
    for (const { source } of other.figures) expect(other.report.source.slice(source.quoteStart, source.quoteEnd)).toBe(source.quote);
  });

  it.each(['docx', 'html', 'pdf'] as const)('%s: keeps the subscript of PM2.5 as a mark, as the Markdown does', async (format) => {
    expect(subMarks((await analysed(format)).report)).toEqual([['2.5', 'sub']]);
    expect(subMarks((await analysed('md')).report)).toEqual([['2.5', 'sub']]);
  });

  it('txt: says it was read as GB18030', async () => {
    expect((await analysed('txt')).read).toMatchObject({ format: 'text', encoding: 'gb18030' });
  });

  it('html: takes the article only — no number of the site around it becomes a figure', async () => {
    const { report, figures } = await analysed('html');
    const values = figures.map((f) => f.valueText);
    for (const chrome of ['12345', '0871', '66668888', '05001234', '53010202000123', '5300000012', '15236', '9821', '3862', '38.6', '27']) {
      expect(values).not.toContain(chrome);
    }
    expect(report.source).not.toMatch(/热点排行|ICP|政务公开|浏览次数|分享到|发布时间/u);
  });

  it('pdf: drops the running header and the page numbers, and the report spans several pages', async () => {
    const { report } = await analysed('pdf');
    expect(report.source).not.toMatch(/新闻办公室 · 发布材料|第 ?\d+ ?页/u);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = getDocument({ data: files.get('pdf')?.bytes.slice() });
    expect((await task.promise).numPages).toBeGreaterThanOrEqual(2);
    await task.destroy();
  });
});

describe('web pages in the encoding they declare', () => {
  it('reads a page that declares gb2312 (and is GBK) as Chinese', async () => {
    const read = await readDocument(gb18030(toWebPage(inventedReport, 'gb2312')), '青川答卷.htm');
    expect(analyseReport(read.text).report.title).toBe('青川“十四五”答卷');
    expect(read.format).toBe('html');
  });
});
