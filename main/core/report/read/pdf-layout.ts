/**
 * A PDF's text as the document's blocks. A PDF knows only positioned runs of text: lines are runs on one
 * baseline, read top to bottom; page headers and footers (a line repeated at the top or foot of most
 * pages) and page numbers (第 3 页, - 3 -, 3/12) are dropped; lines are rejoined into paragraphs — a line
 * that runs to the right margin continues on the next, a new paragraph is indented, follows a short line
 * or a larger gap — so a sentence broken at a line end (or a page end) is one sentence again; lines set
 * larger than the body text are headings, ranked by size.
 */
import { escapeInline, escapeLineStart, type DocBlock } from './compose';
import { findTables, type Cell, type PdfTable } from './pdf-tables';

export interface PdfRun {
  readonly text: string;
  /** Left end and baseline, in PDF units (y grows upwards). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size in PDF units. */
  readonly size: number;
}

export interface PdfPage {
  readonly height: number;
  readonly runs: readonly PdfRun[];
}

interface Line {
  text: string;
  /** The text as Markdown: escaped, with a smaller run below or above the baseline as <sub> or <sup>. */
  markdown: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
  /** The line's text cut where its runs stand a column's gap apart: a table row's cells (one for a line of prose). */
  cells: Cell[];
}

export function pdfBlocks(pages: readonly PdfPage[]): DocBlock[] {
  const pageLines = pages.map((page, i) => linesOf(page.runs, i));
  const lines = withoutHeadersAndFooters(pageLines, pages).flat();
  const tables = findTables(lines);
  // The body text is the prose's: a table is often set smaller, and a page of tables would make the prose look like headings.
  const inTables = new Set(tables.flatMap((table) => Array.from({ length: table.end - table.start }, (_, i) => table.start + i)));
  const body = bodyMetrics(lines.filter((_, i) => !inTables.has(i))) ?? bodyMetrics(lines);
  if (!body) return [];
  return paragraphsOf(lines, tables, body);
}

/** Runs on one baseline (within a third of the font size) make a line; lines are read top to bottom. */
function linesOf(runs: readonly PdfRun[], page: number): Line[] {
  const sorted = runs.filter((run) => run.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { runs: PdfRun[]; y: number; size: number }[] = [];
  for (const run of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate.y - run.y) <= Math.max(candidate.size, run.size) / 3);
    if (line) {
      line.runs.push(run);
      line.size = Math.max(line.size, run.size);
    } else lines.push({ runs: [run], y: run.y, size: run.size });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const ordered = line.runs.sort((a, b) => a.x - b.x);
      // The baseline is the body text's: that of the largest run (a subscript sits below it, smaller).
      const baseline = ordered.reduce((largest, run) => (run.size > largest.size ? run : largest), ordered[0] ?? { y: line.y, size: line.size }).y;
      let text = '';
      let markdown = '';
      let end = -Infinity;
      const cells: Cell[] = [];
      let cell = { text: '', x0: ordered[0]?.x ?? 0 };
      for (const run of ordered) {
        const piece = isLetterSpaced(run.text) ? run.text.replace(SPACE_BY_CJK, '') : run.text;
        // A visible gap between two Latin words or numbers is a space; Chinese runs touch. A gap as wide as a
        // character or more is a space whatever stands on either side: the cells of a table row (粮食产量（万吨）
        // 126.8 -1.5) stay apart, so that -1.5 keeps its sign and is no range 126.8-1.5.
        const gap = run.x - end;
        const newColumn = text !== '' && gap >= run.size * COLUMN_GAP;
        if (text !== '' && ((gap > run.size * 0.2 && /[A-Za-z0-9,.;:%]$/u.test(text) && /^[A-Za-z0-9(]/u.test(piece)) || newColumn)) {
          text += ' ';
          markdown += ' ';
        }
        if (newColumn) {
          cells.push({ text: collapseBlanks(cell.text), x0: cell.x0, x1: end });
          cell = { text: '', x0: run.x };
        }
        cell.text += piece;
        const mark = run.size < line.size * 0.9 ? (run.y < baseline - run.size * 0.15 ? 'sub' : run.y > baseline + run.size * 0.15 ? 'sup' : null) : null;
        text += piece;
        markdown += mark ? `<${mark}>${escapeInline(piece.trim())}</${mark}>` : escapeInline(piece);
        end = Math.max(end, run.x + run.width);
      }
      cells.push({ text: collapseBlanks(cell.text), x0: cell.x0, x1: end });
      const first = ordered[0];
      return { text: collapseBlanks(text), markdown: collapseBlanks(markdown), x0: first?.x ?? 0, x1: end, y: baseline, size: line.size, page, cells };
    });
}

/** A gap between two runs of a line, in font sizes, that only a table's columns leave. */
const COLUMN_GAP = 1;

const CJK_CHAR = '[\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F\\u2018-\\u201F]';
const SPACE_BY_CJK = new RegExp(`(?<=${CJK_CHAR})\\s+|\\s+(?=${CJK_CHAR})`, 'gu');

/**
 * A justified line of Chinese that had to stretch comes out with a space between every two characters
 * (粒 物 （ PM): those spaces go, while a space the text has (记者 周平) stays.
 */
function isLetterSpaced(text: string): boolean {
  const pieces = text.trim().split(/\s+/u);
  return pieces.length >= 3 && pieces.filter((piece) => piece.length <= 2).length >= pieces.length * 0.7;
}

/** Runs of blanks are one space. (A run of white space alone is dropped with the empty runs.) */
function collapseBlanks(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const PAGE_NUMBER = /^(?:第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[，,]?\s*第\s*\d+\s*页|[-–—－]\s*\d+\s*[-–—－]|\d+\s*\/\s*\d+|\d+|Page\s+\d+(?:\s+of\s+\d+)?)$/iu;
/** How far from the top or foot of a page a header or footer may stand. */
const MARGIN_SHARE = 0.12;

/** Smaller than this share of the body text's size, a line in a page's top margin is no heading. */
const SMALL_PRINT = 0.85;

/**
 * Drops page numbers standing at a page's top or foot, and lines that recur (digits aside) at the top or
 * foot of at least half the pages of a document of two pages or more. A document of one page shows no
 * recurrence: there, a line in the top margin set smaller than the body text is its running header (a
 * header printed from a browser, 某某办公室 · 发布材料), never its title, which is set larger.
 */
function withoutHeadersAndFooters(pages: readonly Line[][], sizes: readonly PdfPage[]): Line[][] {
  const heightOf = (line: Line): number => sizes[line.page]?.height ?? 0;
  const inMargin = (line: Line): boolean => line.y > heightOf(line) * (1 - MARGIN_SHARE) || line.y < heightOf(line) * MARGIN_SHARE;
  const bodySize = bodyMetrics(pages.flat())?.size ?? 0;
  const smallHeader = (line: Line): boolean => pages.length === 1 && line.y > heightOf(line) * (1 - MARGIN_SHARE) && line.size < bodySize * SMALL_PRINT;
  const shape = (line: Line): string => line.text.replace(/\d+/gu, '#');
  const recurring = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(lines.filter(inMargin).map(shape))) recurring.set(key, (recurring.get(key) ?? 0) + 1);
  }
  const repeated = (line: Line): boolean => pages.length >= 2 && (recurring.get(shape(line)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) => lines.filter((line) => !(inMargin(line) && (PAGE_NUMBER.test(line.text) || repeated(line) || smallHeader(line)))));
}

interface BodyMetrics {
  /** The size most of the text is set in. */
  readonly size: number;
  /** Left and right margins of the body text. */
  readonly left: number;
  readonly right: number;
  /** The usual distance between two lines of a paragraph. */
  readonly leading: number;
}

function bodyMetrics(lines: readonly Line[]): BodyMetrics | null {
  const bySize = new Map<number, number>();
  for (const line of lines) bySize.set(round(line.size), (bySize.get(round(line.size)) ?? 0) + line.text.length);
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (size === undefined) return null;
  const bodyLines = lines.filter((line) => Math.abs(line.size - size) <= size * 0.1);
  const left = Math.min(...bodyLines.map((line) => line.x0));
  const right = percentile(bodyLines.map((line) => line.x1), 0.9);
  const gaps: number[] = [];
  for (let i = 1; i < bodyLines.length; i++) {
    const [a, b] = [bodyLines[i - 1], bodyLines[i]];
    if (a && b && a.page === b.page && a.y > b.y) gaps.push(a.y - b.y);
  }
  return { size, left, right, leading: gaps.length > 0 ? percentile(gaps, 0.3) : size * 1.5 };
}

function paragraphsOf(lines: readonly Line[], found: readonly PdfTable[], body: BodyMetrics): DocBlock[] {
  const headingSizes = [...new Set(lines.filter((line) => isLarger(line, body)).map((line) => round(line.size)))].sort((a, b) => b - a);
  const blocks: DocBlock[] = [];
  let current: Line[] = [];
  const flush = (): void => {
    const first = current[0];
    if (!first) return;
    const text = joinLines(current, 'text');
    const markdown = escapeLineStart(joinLines(current, 'markdown'));
    if (isLarger(first, body)) blocks.push({ kind: 'heading', level: headingSizes.indexOf(round(first.size)) + 1, markdown, text });
    else blocks.push({ kind: 'paragraph', level: 0, markdown, text });
    current = [];
  };
  const tables = new Map(found.map((table) => [table.start, table]));
  let previous: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const table = tables.get(i);
    if (table) {
      // A table's rows are paragraphs of their own, each read as a sentence (pdf-tables.ts).
      flush();
      for (const text of table.rows) blocks.push({ kind: 'paragraph', level: 0, markdown: escapeLineStart(escapeInline(text)), text });
      i = table.end - 1;
      previous = null;
      continue;
    }
    const line = lines[i] as Line;
    if (previous && startsNewBlock(previous, line, body)) flush();
    current.push(line);
    previous = line;
  }
  flush();
  return blocks;
}

function isLarger(line: Line, body: BodyMetrics): boolean {
  return line.size > body.size * 1.15;
}

function startsNewBlock(previous: Line, line: Line, body: BodyMetrics): boolean {
  if (Math.abs(previous.size - line.size) > body.size * 0.1) return true; // a heading begins or ends
  if (line.x0 > body.left + body.size * 1.2) return true; // an indented first line
  if (previous.x1 < body.right - body.size * 2) return true; // the previous line stopped short: its paragraph ended
  if (previous.page === line.page && previous.y - line.y > body.leading * 1.6) return true; // a blank line between
  return false;
}

/** Lines of one paragraph as one text: Chinese lines join directly, Latin words with a space. */
function joinLines(lines: readonly Line[], as: 'text' | 'markdown'): string {
  let joined = '';
  let previous = '';
  for (const line of lines) {
    if (previous !== '' && /[A-Za-z0-9,.;:]$/u.test(previous) && /^[A-Za-z0-9]/u.test(line.text)) joined += ' ';
    joined += line[as];
    previous = line.text;
  }
  return joined;
}

function round(size: number): number {
  return Math.round(size * 2) / 2;
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}
