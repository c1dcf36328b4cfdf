import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../../main/core/report/read/encoding';
import { DocumentError } from '../../../../../main/core/report/read/errors';
import { readDocument } from '../../../../../main/core/report/read/index';
import { gb18030, utf16 } from '../../../../support/document-fixtures';

const text = '“十四五”以来，城镇新增就业累计103.8万人，PM2.5浓度下降至26微克/立方米。\n';
const utf8 = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8(text), 'utf-8', false],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'utf-8', true],
    ['UTF-16 LE with a BOM', utf16(text, 'le'), 'utf-16le', true],
    ['UTF-16 BE with a BOM', utf16(text, 'be'), 'utf-16be', true],
    ['GB18030', gb18030(text), 'gb18030', false],
  ] as const)('reads %s without being told, and says which encoding it used', (_, bytes, encoding, bom) => {
    expect(decodeText(bytes, 'r.txt')).toEqual({ text, encoding, bom });
  });

  it('reads GBK-only text (GBK is a subset of GB18030) and characters beyond GBK', () => {
    expect(decodeText(gb18030('内蒙古答卷：鄂尔多斯、乌兰察布'), 'r.txt').encoding).toBe('gb18030');
    expect(decodeText(gb18030('㐀䶵 生僻字'), 'r.txt').text).toBe('㐀䶵 生僻字');
  });

  it.each([
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)],
    ['bytes with NUL (a binary file, or UTF-16 without a BOM)', new Uint8Array([0x41, 0x00, 0x42, 0x00])],
    ['a UTF-16 BOM before a lone surrogate', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41])],
    ['text full of control characters', utf8('\u0001\u0002\u0003 abc \u0004\u0005')],
  ])('refuses %s as NOT_TEXT, in Chinese', (_, bytes) => {
    const refuse = (): unknown => decodeText(bytes, 'x.txt');
    expect(refuse).toThrow(DocumentError);
    expect(refuse).toThrow(/“x\.txt”不是可读的文本文件/);
  });
});

describe('readDocument on text files', () => {
  it('keeps a Markdown text as it is written and reports the encoding', async () => {
    const markdown = '标题\n\n## 小节\n\n全省新增就业10万人。\n';
    await expect(readDocument(gb18030(markdown), 'r.txt')).resolves.toEqual({ text: markdown, format: 'markdown', encoding: 'gb18030' });
    await expect(readDocument(utf8(markdown), 'r.md')).resolves.toEqual({ text: markdown, format: 'markdown', encoding: 'utf-8' });
  });

  it('names a plain text "text" and gives it Markdown structure', async () => {
    const read = await readDocument(utf16('某省报告\r\n一、总体情况\r\n全省新增就业10万人，同比增长5%。\r\n', 'le'), 'r.txt');
    expect(read).toMatchObject({ format: 'text', encoding: 'utf-16le' });
    expect(read.text).toBe('# 某省报告\n\n## 一、总体情况\n\n全省新增就业10万人，同比增长5%。\n');
  });
});
