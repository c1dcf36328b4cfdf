/**
 * Any report file in: `readDocument(bytes, fileName)` picks the reader by the file's extension and gives
 * back the Markdown-like source the report model is parsed from (and that the source view shows, so every
 * figure's quote is a verbatim span of it), the format it was read as, and for a text file the encoding.
 * A file it cannot read is refused with a DocumentError whose message says, in Chinese, what is wrong.
 *
 * One module per format: plain-text.ts (.md .markdown .txt, with encoding.ts), docx.ts, html.ts, pdf.ts;
 * all but Markdown end in compose.ts, which writes their blocks as Markdown.
 */
import { documentExtensions, documentTooLarge, maxDocumentBytes, type DocumentFormat } from '../../../shared/documents';
import { docxSource } from './docx';
import { decodeText, type TextEncoding } from './encoding';
import { DocumentError } from './errors';
import { htmlSource } from './html';
import { pdfSource } from './pdf';
import { isMarkdown, textSource } from './plain-text';

export { DocumentError, type DocumentProblem } from './errors';
export type { TextEncoding } from './encoding';
export { encodingLabel } from './encoding';

export interface ReadDocument {
  /** The Markdown-like source the report model is parsed from. */
  readonly text: string;
  /** What the file was read as: a .txt with Markdown headings is 'markdown'. */
  readonly format: DocumentFormat;
  /** Text files only: the encoding the bytes were decoded with. */
  readonly encoding: TextEncoding | null;
}

export async function readDocument(bytes: Uint8Array, fileName: string): Promise<ReadDocument> {
  const format = formatOf(fileName);
  if (bytes.byteLength > maxDocumentBytes) throw new DocumentError('TOO_LARGE', `“${fileName}”${documentTooLarge(bytes.byteLength)}`);
  if (bytes.byteLength === 0) throw new DocumentError('EMPTY', `“${fileName}”是空文件（0 字节）`);
  const read = await readAs(format, bytes, fileName);
  if (read.text.trim() === '') throw new DocumentError('EMPTY', `“${fileName}”中没有文字（只有空白）`);
  return read;
}

export function formatOf(fileName: string): DocumentFormat {
  const dot = fileName.lastIndexOf('.');
  const extension = dot >= 0 ? fileName.slice(dot).toLowerCase() : '';
  const format = documentExtensions[extension];
  if (format) return format;
  const accepted = Object.keys(documentExtensions).join(' ');
  const what = extension === '' ? '没有扩展名' : `扩展名 ${extension} 不受支持`;
  throw new DocumentError('UNSUPPORTED_TYPE', `无法导入“${fileName}”：${what}。可导入的格式：${accepted}`);
}

async function readAs(format: DocumentFormat, bytes: Uint8Array, fileName: string): Promise<ReadDocument> {
  switch (format) {
    case 'markdown':
    case 'text': {
      const { text, encoding } = decodeText(bytes, fileName);
      return { text: textSource(text), format: format === 'text' && isMarkdown(text) ? 'markdown' : format, encoding };
    }
    case 'docx':
      return { text: await docxSource(bytes, fileName), format, encoding: null };
    case 'html':
      return { text: await htmlSource(bytes, fileName), format, encoding: null };
    case 'pdf':
      return { text: await pdfSource(bytes, fileName), format, encoding: null };
  }
}
