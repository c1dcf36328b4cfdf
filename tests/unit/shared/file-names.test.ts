import { describe, expect, it } from 'vitest';
import { fileNameOf } from '../../../main/shared/file-names';

describe('a title as a file name', () => {
  it.each([
    ['“十四五”成就', '“十四五”成就'],
    ['2025/06 汇报：重点*数据?', '2025 06 汇报：重点 数据'],
    ['a\\b:c|d<e>f"g', 'a b c d e f g'],
    ['..\\..\\etc', 'etc'],
    ['.hidden', 'hidden'],
    ['第一行\n第二行\t第三段', '第一行 第二行 第三段'],
    ['  \u0000 ', '简报'],
    ['...', '简报'],
    ['', '简报'],
  ])('%j → %j', (title, expected) => {
    expect(fileNameOf(title)).toBe(expected);
  });

  it('keeps at most 80 characters, with no white space left at the end', () => {
    const long = '很长的标题'.repeat(17);
    expect(fileNameOf(long)).toBe(long.slice(0, 80));
    expect(fileNameOf(`${'字'.repeat(79)} 末尾`)).toBe('字'.repeat(79));
  });
});
