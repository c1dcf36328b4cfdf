import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { documentExtensions, maxDocumentBytes } from '../shared/documents';
import type { PickedFile } from '../shared/shell';

/** The OS open dialog of 文件 › 导入报告…: one file, of the formats the readers take. */
export function reportDialogOptions(): OpenDialogOptions {
  return {
    title: '导入报告',
    buttonLabel: '导入',
    properties: ['openFile'],
    filters: [{ name: '报告文件（Word、PDF、网页、文本、Markdown）', extensions: Object.keys(documentExtensions).map((ext) => ext.slice(1)) }],
  };
}

/**
 * The file the user chose in the dialog, read as bytes for the page, which imports it as it imports a
 * dropped file. Its size is checked before it is read: a file over the cap is sent without its bytes, and
 * the page refuses it in the words every other reader uses.
 */
export async function readPickedFile(path: string): Promise<PickedFile> {
  const { size } = await stat(path);
  const fileName = basename(path);
  if (size > maxDocumentBytes) return { fileName, size, bytes: null };
  return { fileName, size, bytes: new Uint8Array(await readFile(path)) };
}
