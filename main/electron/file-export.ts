import { app, BrowserWindow, dialog, shell, type WebContents } from 'electron';
import { basename, join } from 'node:path';
import type { AppCore } from '../core/app';
import { dispatch } from '../core/dispatch';
import { writeFileAtomic, writeFailureMessage } from '../core/export/atomic-write';
import { exportFileInvoke } from '../shared/channels';
import { z } from 'zod';
import { rowId } from '../shared/row-id';
import { savedFileFormats, type SavedFileFormat } from '../shared/export-menu';
import { exportFormatNames, type ExportedBinary } from '../shared/exports';
import type { PackExport } from '../shared/packs';
import { fail, ok, type Result } from '../shared/result';
import type { FileExportRequest, SavedExport } from '../shared/shell';
import { answerShellInvoke } from './shell-invoke';

/**
 * 导出 PowerPoint / Excel / CSV / 简报文件 (BriefingShell.exportFile): the page names the briefing and the
 * format; here the core builds the file (exports:file or packs:export, the same handlers as the CLI and the
 * preview), the user picks where it goes in the save dialog, it is written whole or not at all, and shown in
 * its folder. The path comes from the dialog only, never from the page.
 */

const fileExportInput = z
  .object({ briefingId: rowId, format: z.enum(savedFileFormats) })
  .strict();

const formatNames: Readonly<Record<SavedFileFormat, string>> = { ...exportFormatNames, briefing: 'Briefing 简报文件' };

/** The file's name and bytes, from the core's handler for that format. */
async function buildFile(core: AppCore, { briefingId, format }: FileExportRequest): Promise<Result<Pick<ExportedBinary, 'fileName' | 'bytes'>>> {
  if (format === 'briefing') return (await dispatch('packs:export', { briefingId }, core)) as Result<PackExport>;
  return (await dispatch('exports:file', { briefingId, format }, core)) as Result<ExportedBinary>;
}

async function exportFile(core: AppCore, parent: BrowserWindow | null, request: FileExportRequest): Promise<Result<SavedExport>> {
  const built = await buildFile(core, request);
  if (!built.ok) return built;
  const name = formatNames[request.format];
  const options = {
    title: `导出为${name}`,
    defaultPath: join(app.getPath('documents'), built.value.fileName),
    filters: [{ name, extensions: [request.format] }],
  };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return ok({ saved: false });
  try {
    writeFileAtomic(choice.filePath, built.value.bytes);
  } catch (error) {
    return fail('INTERNAL', writeFailureMessage(choice.filePath, error));
  }
  shell.showItemInFolder(choice.filePath);
  return ok({ saved: true, fileName: basename(choice.filePath) });
}

/** Answer BriefingShell.exportFile from our own windows only, with a checked request. */
export function registerFileExport(core: AppCore, isOurWebContents: (contents: WebContents) => boolean): () => void {
  return answerShellInvoke(exportFileInvoke, fileExportInput, `输入无效：导出请求应为 { briefingId, format: ${savedFileFormats.join(' | ')} }`, isOurWebContents, (request, event) =>
    exportFile(core, BrowserWindow.fromWebContents(event.sender), request),
  );
}
