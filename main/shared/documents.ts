import { megabytes, megabytesUp } from './file-size';

/**
 * The report files Briefing reads, as both sides need to know them: the core picks a reader by the file's
 * extension, the renderer's file input accepts the same list, and both refuse a file over the same cap.
 */

export type DocumentFormat = 'markdown' | 'text' | 'docx' | 'html' | 'pdf';

/** Extension (lower case, with its dot) → format. */
export const documentExtensions: Readonly<Record<string, DocumentFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

/** For an `<input type="file" accept>`: every extension above. */
export const acceptedDocumentTypes = Object.keys(documentExtensions).join(',');

/** Largest report file accepted: 20 MB, far above any real report, small enough to keep a runaway file out. */
export const maxDocumentBytes = 20 * 1024 * 1024;

/** Why a file over the cap is refused, with its size. */
export function documentTooLarge(bytes: number): string {
  return `文件过大（${megabytesUp(bytes)}），超过上限 ${megabytes(maxDocumentBytes)}，未导入`;
}
