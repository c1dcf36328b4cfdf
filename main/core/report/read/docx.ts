/**
 * A Word file (.docx) as mammoth's HTML: its heading styles give the structure (Title / 标题 → the title,
 * Heading 1–3 / 标题 1–3 → headings by level), subscripts and superscripts stay marks (PM<sub>2.5</sub>),
 * tables become rows of text. Images are dropped unread (not inlined as data: addresses).
 *
 * The HTML of a plain Word file is made directly (docx-direct.ts, the same HTML many times faster) and walked
 * as elements, never written out; a file with links, fields, notes, drawings, tracked changes or lists tied to
 * styles goes through mammoth itself and its HTML through linkedom.
 */
import { composeSource } from './compose';
import { directDocxNodes } from './docx-direct';
import { DocumentError } from './errors';
import type { DomNode } from './dom-node';
import { htmlBlocks } from './html-blocks';
import { exportsOf } from './lazy-library';
import type * as Linkedom from 'linkedom';
import { asDom } from './mammoth-html';

const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='标题'] => h1.doc-title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='副标题'] => p:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((level) => [
    `p[style-name='Heading ${level}'] => h${Math.min(6, level + 1)}:fresh`,
    `p[style-name='标题 ${level}'] => h${Math.min(6, level + 1)}:fresh`,
    `p.Heading${level} => h${Math.min(6, level + 1)}:fresh`,
  ]),
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function docxSource(bytes: Uint8Array, fileName: string): Promise<string> {
  if (OLE.every((byte, i) => bytes[i] === byte)) {
    throw new DocumentError('NOT_DOCX', `“${fileName}”是旧版 Word 文档（.doc）：请在 Word 或 WPS 中另存为 .docx 后再导入`);
  }
  if (!ZIP.every((byte, i) => bytes[i] === byte)) throw notWord(fileName, '它不是 Word 2007 及以后的文档格式');
  const direct = directDocxNodes(bytes);
  const blocks = htmlBlocks(direct ? asDom(direct) : await parsedMammothHtml(bytes, fileName));
  if (blocks.length === 0) throw new DocumentError('NO_TEXT', `Word 文档“${fileName}”中没有文字`);
  return composeSource(blocks);
}

async function parsedMammothHtml(bytes: Uint8Array, fileName: string): Promise<DomNode> {
  const html = await mammothHtml(bytes, fileName);
  // Only the files docx-direct.ts does not read need a DOM: linkedom loads here, not with the readers.
  const { parseHTML } = exportsOf<typeof Linkedom>(await import('linkedom'));
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
}

/** mammoth's HTML of the Word file: for what docx-direct.ts does not read itself, and for damaged files. */
export async function mammothHtml(bytes: Uint8Array, fileName: string): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false },
    );
    return result.value;
  } catch {
    throw notWord(fileName, '文件已损坏，或者只是改了扩展名');
  }
}

function notWord(fileName: string, why: string): DocumentError {
  return new DocumentError('NOT_DOCX', `“${fileName}”不是有效的 Word 文档（.docx）：${why}`);
}
