import type { Worksheet } from 'exceljs';
import { displayWidth, figureColumns, type FigureRow } from './figure-rows';
import { annotationHeaders } from './annotation-rows';

/**
 * The figures as an Excel workbook: sheet 数据 with one row per figure (values as number cells, shown with
 * the decimals the report printed), sheet 批注 with the briefing's notes. Both have a frozen header, an
 * autofilter and columns wide enough for their Chinese text.
 */
export interface WorkbookContent {
  readonly title: string;
  readonly figures: readonly FigureRow[];
  readonly annotations: readonly (readonly string[])[];
}

/** Widest a column of the notes sheet gets (a long note wraps within it). */
const annotationMaxWidth = 60;

export async function figuresWorkbook({ title, figures, annotations }: WorkbookContent): Promise<Uint8Array> {
  // Loaded on the first export: most runs of the app and the CLI never write a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Briefing';
  workbook.title = title;
  // A fixed time: the same briefing exports to the same bytes.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);

  const data = workbook.addWorksheet('数据');
  data.addRow(figureColumns.map((column) => column.header));
  for (const row of figures) {
    const added = data.addRow([...row.cells]);
    figureColumns.forEach((column, i) => {
      if (column.type !== 'number') return;
      const cell = added.getCell(i + 1);
      if (typeof cell.value !== 'number') return;
      // The value keeps the report's decimals (2.60 stays 2.60; 2/3 and 九成 show in full); a whole normalised
      // value is written out, never as 5.6153E+11.
      const format = column.header === '数值' ? decimalFormat(row.decimals) : Number.isInteger(cell.value) ? '0' : null;
      if (format) cell.numFmt = format;
    });
  }
  const numberColumns = new Set(figureColumns.flatMap((column, i) => (column.type === 'number' ? [i + 1] : [])));
  finishSheet(data, figureColumns.map((column) => column.maxWidth), numberColumns);

  const notes = workbook.addWorksheet('批注');
  notes.addRow([...annotationHeaders]);
  for (const row of annotations) notes.addRow([...row]);
  finishSheet(notes, annotationHeaders.map(() => annotationMaxWidth));

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** Header in bold and frozen, a filter on every column, widths that fit the text (Chinese counted as two). */
function finishSheet(sheet: Worksheet, maxWidths: readonly number[], numberColumns: ReadonlySet<number> = new Set()): void {
  const columnCount = maxWidths.length;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columnCount } };
  sheet.getRow(1).font = { bold: true };
  for (let c = 1; c <= columnCount; c += 1) {
    const column = sheet.getColumn(c);
    let widest = 0;
    column.eachCell({ includeEmpty: false }, (cell) => {
      widest = Math.max(widest, displayWidth(cell.text));
    });
    const max = maxWidths[c - 1] ?? annotationMaxWidth;
    // Room for the filter button beside the header.
    column.width = Math.min(max, Math.max(6, widest + 2));
    if (widest > max && !numberColumns.has(c)) column.alignment = { wrapText: true, vertical: 'top' };
  }
}

/** A number format with exactly these decimals; none (General: the number in full) for null. */
function decimalFormat(decimals: number | null): string | null {
  if (decimals === null) return null;
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}
