import { exportFormats } from './exports';
import type { PrintKind } from './print';

/**
 * Every export the app offers, in menu order: the toolbar's 导出 menu (renderer/src/exports) and the desktop
 * menu's 文件 › 导出 › are both built from this list, so an entry added here appears in both.
 *
 * Two ways to make one: a PDF prints a print route (main/shared/print.ts); a file is built by the core from
 * the briefing: PowerPoint, Excel, CSV for Office (exports:file, main/core/export), or the whole prepared
 * briefing to hand on (packs:export, a `.briefing` file).
 */
export const savedFileFormats = [...exportFormats, 'briefing'] as const;
export type SavedFileFormat = (typeof savedFileFormats)[number];

export type ExportAction = { readonly kind: 'pdf'; readonly print: PrintKind } | { readonly kind: 'file'; readonly format: SavedFileFormat };

export interface ExportEntry {
  readonly id: string;
  /** Entries of one group stand together; the menus draw a line between groups (print, Office, hand on). */
  readonly group: 'print' | 'office' | 'hand-on';
  /** As the menus show it (after 导出). */
  readonly label: string;
  readonly action: ExportAction;
}

export const exportEntries = [
  { id: 'slides-pdf', group: 'print', label: '幻灯片 PDF', action: { kind: 'pdf', print: 'slides' } },
  { id: 'handout-pdf', group: 'print', label: '讲义 PDF', action: { kind: 'pdf', print: 'handout' } },
  { id: 'pptx', group: 'office', label: 'PowerPoint 演示文稿', action: { kind: 'file', format: 'pptx' } },
  { id: 'xlsx', group: 'office', label: 'Excel 数据表', action: { kind: 'file', format: 'xlsx' } },
  { id: 'csv', group: 'office', label: 'CSV 数据表', action: { kind: 'file', format: 'csv' } },
  { id: 'pack', group: 'hand-on', label: '简报文件（转交同事）', action: { kind: 'file', format: 'briefing' } },
] as const satisfies readonly ExportEntry[];

/** Whether an entry starts a new group (the menus put a separator before it). */
export function startsGroup(index: number): boolean {
  const entry = exportEntries[index];
  const before = exportEntries[index - 1];
  return entry !== undefined && before !== undefined && entry.group !== before.group;
}

export type ExportEntryId = (typeof exportEntries)[number]['id'];

export function exportEntry(id: ExportEntryId): ExportEntry {
  const entry = exportEntries.find((candidate) => candidate.id === id);
  if (!entry) throw new RangeError(`没有这种导出：${id}`);
  return entry;
}
