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

/** The tables among the lines (each line as its cells), in order. */
export function findTables(lines: readonly (readonly Cell[])[]): PdfTable[] {
  const tables: PdfTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isValueRow(lines[i] ?? [])) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && isRowOfValues(lines[end] ?? [])) end++;
    const rows = lines.slice(i, end);
    const above = lines[i - 1] ?? [];
    const header = i > 0 && above.length >= 2 && isHeaderRow(above.map(textOf), rows.map((row) => row.map(textOf))) ? above : null;
    if (rows.filter(isValueRow).length >= 2 || (header && rows.length >= 1)) {
      tables.push({ start: header ? i - 1 : i, end, rows: rows.map((row) => rowText(header, row)).filter((text) => text !== '') });
    }
    i = end;
  }
  return tables;
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
