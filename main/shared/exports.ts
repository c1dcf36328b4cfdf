import type { PrintKind } from './print';

/**
 * Every export the app offers, in menu order: the toolbar's 导出 menu (renderer/src/exports) and the desktop
 * menu's 文件 › 导出 › are both built from this list, so an entry added here appears in both.
 *
 * The one place to add PowerPoint、Excel、CSV: an entry `{ id: 'pptx', label: 'PowerPoint', action: { kind:
 * 'file', format: 'pptx' } }` each, with the `file` action in ExportAction and its case in
 * renderer/src/exports/run-export.ts (exports:file → the bytes saved as a download).
 */
export type ExportAction = { readonly kind: 'pdf'; readonly print: PrintKind };

export interface ExportEntry {
  readonly id: string;
  /** As the menus show it (after 导出). */
  readonly label: string;
  readonly action: ExportAction;
}

export const exportEntries = [
  { id: 'slides-pdf', label: '幻灯片 PDF', action: { kind: 'pdf', print: 'slides' } },
  { id: 'handout-pdf', label: '讲义 PDF', action: { kind: 'pdf', print: 'handout' } },
] as const satisfies readonly ExportEntry[];

export type ExportEntryId = (typeof exportEntries)[number]['id'];

export function exportEntry(id: ExportEntryId): ExportEntry {
  const entry = exportEntries.find((candidate) => candidate.id === id);
  if (!entry) throw new RangeError(`没有这种导出：${id}`);
  return entry;
}
