/** Every file that cannot be imported is refused with a DocumentError whose Chinese message names the problem. */
import { describe, expect, it } from 'vitest';
import { analyseForStore } from '../../../../../main/core/briefings/import';
import { DocumentError, readDocument } from '../../../../../main/core/report/read/index';
import { maxDocumentBytes } from '../../../../../main/shared/documents';
import { scannedPdf } from '../../../../support/document-fixtures';

async function refusal(bytes: Uint8Array, name: string): Promise<DocumentError> {
  try {
    await readDocument(bytes, name);
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error(`${name} was read`);
}

const random = Uint8Array.from({ length: 2048 }, (_, i) => (i * 2654435761) % 251);

describe('refused files', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'a.txt', 'EMPTY', /“a\.txt”是空文件/],
    ['a file of white space', new TextEncoder().encode(' \n\u3000\n'), 'a.md', 'EMPTY', /没有文字/],
    ['random bytes as text', random, 'a.txt', 'NOT_TEXT', /不是可读的文本文件/],
    ['random bytes as a Word file', random, 'a.docx', 'NOT_DOCX', /不是有效的 Word 文档/],
    ['a zip that is no Word file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...random]), 'a.docx', 'NOT_DOCX', /不是有效的 Word 文档/],
    ['an old .doc renamed', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...random]), 'a.docx', 'NOT_DOCX', /旧版 Word 文档（\.doc）/],
    ['random bytes as a PDF', random, 'a.pdf', 'NOT_PDF', /不是有效的 PDF/],
    ['a damaged PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj garbage'), 'a.pdf', 'NOT_PDF', /不是有效的 PDF/],
    ['an unsupported extension', new TextEncoder().encode('a,b\n1,2'), '数据.xlsx', 'UNSUPPORTED_TYPE', /扩展名 \.xlsx 不受支持.*\.docx/],
    ['a file without extension', new TextEncoder().encode('text'), 'README', 'UNSUPPORTED_TYPE', /没有扩展名/],
    ['a file over the cap', new Uint8Array(maxDocumentBytes + 1), 'big.txt', 'TOO_LARGE', /文件过大（20\.1 MB），超过上限 20 MB/],
    ['a web page with no article', new TextEncoder().encode('<html><body><nav><a href="/">首页</a></nav></body></html>'), 'a.html', 'NOT_HTML', /找不到正文/],
  ])('%s', async (_, bytes, name, reason, message) => {
    const error = await refusal(bytes, name);
    expect(error.reason).toBe(reason);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(message);
  });

  it('a scanned PDF (an image, no text layer): says it is a scan and needs OCR first', async () => {
    const error = await refusal(await scannedPdf(), '扫描件.pdf');
    expect(error.reason).toBe('PDF_SCANNED');
    expect(error.message).toMatch(/扫描件/);
    expect(error.message).toMatch(/OCR/);
  }, 30_000);

  it('a report with headings but not one paragraph', () => {
    expect(() => analyseForStore('标题\n\n## 第一节\n\n## 第二节\n')).toThrow(DocumentError);
    expect(() => analyseForStore('## 第一节\n\n## 第二节\n')).toThrow(/没有一段正文/);
  });
});
