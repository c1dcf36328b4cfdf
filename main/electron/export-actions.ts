import { app, BrowserWindow, dialog, type MessageBoxOptions, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { AppCore } from '../core/app';
import { listLibrary } from '../core/briefings/library';
import { writeFileAtomic, writeFailureMessage } from '../core/export/atomic-write';
import { exportBriefing } from '../core/export/index';
import type { LibraryEntry } from '../shared/library';
import { exportFormatNames, type ExportFileFormat } from '../shared/exports';

/**
 * 文件 › 导出 › PowerPoint / Excel / CSV: the briefing on screen (the one opened last) as a file, saved where
 * the user picks in the OS dialog and written whole or not at all. The path comes from the dialog, never from
 * the renderer.
 */

/** The briefing the window shows: every deck the app opens is marked opened, so the latest mark is it. */
export function shownBriefingId(entries: readonly LibraryEntry[]): number | null {
  let shown: LibraryEntry | null = null;
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    if (!shown || (entry.openedAt ?? '') > (shown.openedAt ?? '')) shown = entry;
  }
  return shown?.id ?? null;
}

async function message(options: MessageBoxOptions): Promise<void> {
  const parent = BrowserWindow.getFocusedWindow();
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function exportShownBriefing(core: AppCore | null, format: ExportFileFormat): Promise<void> {
  if (!core) return;
  const briefingId = shownBriefingId(listLibrary(core.db));
  if (briefingId === null) {
    await message({ type: 'info', title: '导出', message: '简报库是空的：没有可导出的简报。', buttons: ['确定'] });
    return;
  }
  let file;
  try {
    file = await exportBriefing(core.db, briefingId, format);
  } catch (error) {
    await message({ type: 'error', title: '无法导出', message: `未能生成${exportFormatNames[format]}。`, detail: reason(error), buttons: ['确定'] });
    return;
  }
  const options: SaveDialogOptions = {
    title: `导出为${exportFormatNames[format]}`,
    defaultPath: join(app.getPath('documents'), file.fileName),
    filters: [{ name: exportFormatNames[format], extensions: [format] }],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return;
  try {
    writeFileAtomic(choice.filePath, file.bytes);
  } catch (error) {
    await message({ type: 'error', title: '导出失败', message: writeFailureMessage(choice.filePath, error), buttons: ['确定'] });
  }
}
