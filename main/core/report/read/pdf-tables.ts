/**
 * Tables in a PDF. A PDF has no table, only lines whose runs stand a column's gap apart (pdf-layout.ts keeps
 * them apart as cells). Consecutive lines of two cells or more with a number after their first cell are a
 * table's rows (two at least, or one under a header); the line of cells right above them that holds no value
 * is their header. Each row then reads as the same row of a Word or web table does (table-rows.ts): 粮食产量（万吨）
 * 126.8 -1.5 under 指标 绝对数 比上年增长（%） → 粮食产量126.8万吨，粮食产量比上年增长-1.5%。 — the growth in %, the
 * amount in the label's unit, where the row as a line of text gave both numbers without a unit.
 *
 * A cell stands under the header's column its span overlaps most (nearest by centre where it overlaps
 * none): a PDF leaves an empty cell out, so the third cell of a row is not always the third column. A row
 * whose cells do not fall into columns one each reads without the header, its cells joined: no number is
 * given a heading or a unit that may be another column's.
 */
import { isCaption } from '../parse/conventions';
import { isHeaderRow, isNoValue, plainRowText, rowSentence } from './table-rows';

export interface Cell {
  readonly text: string;
  /** Left and right ends, in PDF units. */
  readonly x0: number;
  readonly x1: number;
}

/** A table found among a page's lines: the lines it spans, [start, end), and its rows as sentences. */
export interface PdfTable {
  readonly start: number;
  readonly end: number;
  readonly rows: readonly string[];
}

/** A line of the page as the tables see it: its cells, and the page it is on. */
export interface TableLine {
  readonly cells: readonly Cell[];
  readonly page: number;
}

/** The tables among the lines, in order. */
export function findTables(lines: readonly TableLine[]): PdfTable[] {
  const tables: PdfTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isValueRow(lines[i]?.cells ?? [])) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && isRowOfValues(lines[end]?.cells ?? [])) end++;
    const rows = lines.slice(i, end).map((line) => line.cells);
    const header = headerAbove(lines, i, rows);
    if (rows.filter(isValueRow).length >= 2 || header !== null) {
      const cells = header?.cells ?? null;
      tables.push({ start: header?.start ?? i, end, rows: rows.map((row) => rowText(cells, row)).filter((text) => text !== '') });
    }
    i = end;
  }
  return tables;
}

/** How many lines a header may take: a heading broken over two lines, with its unit on a third. */
const MAX_HEADER_LINES = 3;
/** A cell of a header is a few words (产品名称, 比上年增长（%）, 2024年); a longer one is a caption or prose. */
const MAX_HEADING_LENGTH = 12;

/**
 * The header over the rows that begin at line `first`: the lines right above them, on the same page, that
 * hold no number, up to three: one line of headings, or a heading set over several lines as a table cell
 * centres it vertically (比上年增长 / 产品名称 单位 产量 / （%）). At least one of them has two cells or more. Their
 * cells are merged into columns by where they stand (比上年增长 and （%） are one column), top to bottom.
 * Null when there is no such header or the rows do not read under it (isHeaderRow).
 */
function headerAbove(lines: readonly TableLine[], first: number, rows: readonly (readonly Cell[])[]): { start: number; cells: Cell[] } | null {
  const page = lines[first]?.page;
  let start = first;
  while (start > 0 && first - start < MAX_HEADER_LINES) {
    const line = lines[start - 1];
    if (!line || line.page !== page || !isHeadingLine(line.cells)) break;
    start--;
  }
  const headerLines = lines.slice(start, first);
  if (!headerLines.some((line) => line.cells.length >= 2)) return null;
  // Single cells above the line of columns belong to the header only as parts of its columns' headings.
  const cells = mergedColumns(headerLines.flatMap((line) => line.cells));
  if (cells.length < 2 || !isHeaderRow(cells.map(textOf), rows.map((row) => row.map(textOf)))) return null;
  return { start, cells };
}

function isHeadingLine(cells: readonly Cell[]): boolean {
  return cells.length > 0 && cells.every((cell) => cell.text.length <= MAX_HEADING_LENGTH && !NUMBER_CELL.test(cell.text) && !isCaption(cell.text));
}

/** Cells that overlap across the lines of a header as one column each, their texts joined top to bottom, left to right. */
function mergedColumns(cells: readonly Cell[]): Cell[] {
  const columns: Cell[] = [];
  for (const cell of cells) {
    const index = columns.findIndex((column) => Math.min(column.x1, cell.x1) > Math.max(column.x0, cell.x0));
    const column = columns[index];
    if (column) columns[index] = { text: `${column.text}${cell.text}`, x0: Math.min(column.x0, cell.x0), x1: Math.max(column.x1, cell.x1) };
    else columns.push(cell);
  }
  return columns.sort((a, b) => a.x0 - b.x0);
}

const textOf = (cell: Cell): string => cell.text;

/**
 * A line of two cells or more with a number after its first cell: a cell that is a number and nothing else
 * (5126.8, -1.5, 12.3%), not one that begins with one, like the title of 表1　2024年主要经济指标.
 */
function isValueRow(cells: readonly Cell[]): boolean {
  return cells.length >= 2 && cells.slice(1).some((cell) => NUMBER_CELL.test(cell.text));
}

const NUMBER_CELL = /^[-+±]?\d[\d,]*(?:\.\d+)?\s*[%％]?$/u;

/**
 * A line that goes on a table: a row of values, or one whose cells after the label say there is none. A line
 * of cells without values (the next table's caption or header) ends it.
 */
function isRowOfValues(cells: readonly Cell[]): boolean {
  return isValueRow(cells) || (cells.length >= 2 && cells.slice(1).every((cell) => isNoValue(cell.text)));
}

function rowText(header: readonly Cell[] | null, row: readonly Cell[]): string {
  const aligned = header ? underColumns(header, row) : null;
  return header && aligned ? rowSentence(header.map(textOf), aligned) : plainRowText(row.map(textOf));
}

/**
 * The row's cells under the header's columns ('' where the row has none), or null where two cells fall
 * under one column. The first cell is the row's label, under the first column, however far it runs.
 */
function underColumns(header: readonly Cell[], row: readonly Cell[]): string[] | null {
  const columns = header.map(() => '');
  const [label, ...values] = row;
  if (label === undefined) return null;
  columns[0] = label.text;
  for (const cell of values) {
    const column = columnOf(header, cell);
    if (column === 0 || columns[column] !== '') return null;
    columns[column] = cell.text;
  }
  return columns;
}

/** The header column a cell stands under: the one its span overlaps most, else the nearest by centre. */
function columnOf(header: readonly Cell[], cell: Cell): number {
  let best = 0;
  let bestOverlap = 0;
  let bestDistance = Infinity;
  header.forEach((column, i) => {
    const overlap = Math.min(column.x1, cell.x1) - Math.max(column.x0, cell.x0);
    const distance = Math.abs((column.x0 + column.x1) / 2 - (cell.x0 + cell.x1) / 2);
    if (overlap > bestOverlap || (bestOverlap <= 0 && overlap <= 0 && distance < bestDistance)) {
      best = i;
      bestOverlap = Math.max(bestOverlap, overlap);
      bestDistance = distance;
    }
  });
  return best;
}
