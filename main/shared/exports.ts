import { z } from 'zod';
import { rowId } from './row-id';

/**
 * Exporting a briefing as a file for colleagues who work in Office or WPS: the slides as PowerPoint, the
 * figures as an Excel workbook or a CSV table. One list of formats for the contract, the CLI and the menu.
 */
export const exportFormats = ['pptx', 'xlsx', 'csv'] as const;
export type ExportFileFormat = (typeof exportFormats)[number];

export const exportMimeTypes: Readonly<Record<ExportFileFormat, string>> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** What each format is called where a person picks one (menus, messages). */
export const exportFormatNames: Readonly<Record<ExportFileFormat, string>> = {
  pptx: 'PowerPoint 演示文稿',
  xlsx: 'Excel 工作簿',
  csv: 'CSV 表格',
};

export const exportFileInput = z
  .object({
    briefingId: rowId,
    format: z.enum(exportFormats, { message: `格式应为 ${exportFormats.join('、')} 之一` }),
  })
  .strict();

/** An exports:file answer: the file to save, named after the briefing. */
export interface ExportedBinary {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export function isExportFormat(text: string): text is ExportFileFormat {
  return (exportFormats as readonly string[]).includes(text);
}
