/**
 * A web page's bytes as text: a BOM decides, else the charset the page declares (many Chinese government
 * sites still serve GB2312/GBK), else UTF-8 or GB18030 as for any text file.
 */
import { decodeText } from './encoding';

export function decodeHtml(bytes: Uint8Array, fileName: string): string {
  const declared = declaredCharset(bytes);
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (declared && !hasBom) {
    try {
      // A browser reads a page in the charset it declares, mending stray bytes: so does this.
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // an unknown label: read it as an undeclared page
    }
  }
  return decodeText(bytes, fileName).text;
}

/** <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312"> in the page's head. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head)?.[1]?.toLowerCase();
  if (!label) return null;
  return ['gb2312', 'gbk', 'x-gbk', 'gb_2312-80', 'cp936'].includes(label) ? 'gb18030' : label;
}
