/**
 * Text files as staff receive them: UTF-8 (with or without a BOM), UTF-16 with a BOM (Windows Notepad's
 * "Unicode"), or GB18030/GBK (older Chinese Windows) — told apart without asking the user. A byte sequence
 * that is not valid UTF-8 is read as GB18030, a superset of GBK and GB2312; one that is valid in neither, or
 * that decodes to control characters (a binary file), is refused.
 */
import { DocumentError } from './errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Whether the bytes began with a byte order mark (dropped from the text). */
  readonly bom: boolean;
}

const BOMS: readonly [TextEncoding, readonly number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const marked = BOMS.find(([, bom]) => bom.every((byte, i) => bytes[i] === byte));
  if (marked) {
    const [encoding] = marked;
    const text = strictDecode(bytes, encoding);
    if (text === null) throw notText(fileName, `以 ${encodingLabel(encoding)} 标记开头，但内容不是有效的 ${encodingLabel(encoding)} 文本`);
    return checked({ text, encoding, bom: true }, fileName);
  }
  // NUL bytes never occur in UTF-8 or GB18030 text: UTF-16 without a BOM, or a binary file.
  if (bytes.includes(0)) throw notText(fileName, '含有二进制数据（若是 UTF-16 文本，请以带 BOM 的 UTF-16 或 UTF-8 另存）');
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null && !utf8.includes('\uFFFD')) return checked({ text: utf8, encoding: 'utf-8', bom: false }, fileName);
  const gb = strictDecode(bytes, 'gb18030');
  if (gb !== null) return checked({ text: gb, encoding: 'gb18030', bom: false }, fileName);
  throw notText(fileName, '既不是 UTF-8 也不是 GB18030/GBK 编码的文本');
}

/** The encoding's name as people know it. */
export function encodingLabel(encoding: TextEncoding): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030' }[encoding];
}

function strictDecode(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    // ignoreBOM: false — the decoder drops the BOM of its own encoding.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Text has almost no control characters besides tab and line breaks; a binary file read as text has many.
 * A few stray ones (a form feed from a printer driver, a vertical tab) are tolerated.
 */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;

function checked(decoded: DecodedText, fileName: string): DecodedText {
  const controls = decoded.text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls > decoded.text.length / 1000) throw notText(fileName, '含有大量控制字符，看起来是二进制文件');
  return decoded;
}

function notText(fileName: string, why: string): DocumentError {
  return new DocumentError('NOT_TEXT', `“${fileName}”不是可读的文本文件：${why}`);
}
