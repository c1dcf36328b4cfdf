import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { documentExtensions, maxDocumentBytes } from '../shared/documents';
import { isPackFileName, packFormat } from '../shared/packs';
import type { PickedFile } from '../shared/shell';

const withoutDot = (extension: string): string => extension.slice(1);

/** The OS open dialog of 文件 › 导入报告…: one file, of the formats the readers take, or a prepared briefing. */
export function reportDialogOptions(): OpenDialogOptions {
  const reports = Object.keys(documentExtensions).map(withoutDot);
  const pack = withoutDot(packFormat.extension);
  return {
    title: '导入报告',
    buttonLabel: '导入',
    properties: ['openFile'],
    filters: [
      { name: '可导入的文件', extensions: [...reports, pack] },
      { name: '报告文件（Word、PDF、网页、文本、Markdown）', extensions: reports },
      { name: 'Briefing 简报文件（同事转交）', extensions: [pack] },
    ],
  };
}

/**
 * The file the user chose in the dialog (or the OS asked the app to open), read as bytes for the page, which
 * imports it as it imports a dropped file. Its size is checked before it is read: a file over its cap (a
 * report's, or a pack's) is sent without its bytes, and the page refuses it in the words every other reader uses.
 */
export async function readPickedFile(path: string): Promise<PickedFile> {
  const { size } = await stat(path);
  const fileName = basename(path);
  const cap = isPackFileName(fileName) ? packFormat.maxBytes : maxDocumentBytes;
  if (size > cap) return { fileName, size, bytes: null };
  return { fileName, size, bytes: new Uint8Array(await readFile(path)) };
}
