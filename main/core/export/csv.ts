import { figureColumns, type FigureRow } from './figure-rows';

/**
 * The figures as CSV for Excel and WPS: UTF-8 with a byte-order mark (without it Excel reads the file in the
 * system's ANSI code page and the Chinese comes out garbled), CRLF line ends and RFC 4180 quoting.
 */
export function figuresCsv(rows: readonly FigureRow[]): Uint8Array {
  const lines = [figureColumns.map((column) => field(column.header)), ...rows.map((row) => row.cells.map(cellText))];
  const text = `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
  return new TextEncoder().encode(text);
}

function cellText(value: FigureRow['cells'][number], column: number): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // A text cell that starts like a formula (=, +, -, @) would be run by a spreadsheet when the file is
  // opened: it is kept as text by a leading apostrophe, as spreadsheets themselves write it.
  const safe = figureColumns[column]?.type === 'text' && /^[=+\-@]/.test(value) ? `'${value}` : value;
  return field(safe);
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes doubled. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
