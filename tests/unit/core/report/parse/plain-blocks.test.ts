import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../../../../main/core/report/parse/markdown';
import { plainNode, sourceBlocks } from '../../../../../main/core/report/parse/plain-blocks';
import { inventedReport, toMarkdown, toPlainText } from '../../../../support/invented-report';
import { readSeed } from '../figures/helpers';

/**
 * A link reference definition makes readBlocks give the whole source to remark in one call (it can be used
 * anywhere in the document); it adds no block. So the blocks of `source` read with the plain-block shortcut
 * must equal the blocks of the same source with a definition appended, read by remark alone.
 */
function byRemarkAlone(source: string) {
  return readBlocks(`${source}\n\n[unused-definition]: /nowhere`);
}

describe('sourceBlocks', () => {
  it('splits the source at blank lines, which may hold spaces and tabs', () => {
    const source = 'first line\nsecond line\n \t\nthird\n\n\n# heading\nlast';
    expect([...sourceBlocks(source)].map((b) => source.slice(b.start, b.end))).toEqual([
      'first line\nsecond line',
      'third',
      '# heading\nlast',
    ]);
  });

  it('gives nothing for an empty or blank source', () => {
    expect([...sourceBlocks('')]).toEqual([]);
    expect([...sourceBlocks('\n  \n\t\n')]).toEqual([]);
  });
});

describe('plainNode', () => {
  it('makes text and html nodes of a paragraph with sub and sup tags, as remark does', () => {
    const source = '细颗粒物（PM<sub>2.5</sub>）浓度\n面积1260万米<sup>2</sup>';
    const [block] = [...sourceBlocks(source)];
    const node = block && plainNode(source, block);
    expect(node).toMatchObject({ type: 'paragraph' });
    expect(node && 'children' in node ? node.children.map((child) => [child.type, 'value' in child ? child.value : '']) : []).toEqual([
      ['text', '细颗粒物（PM'], ['html', '<sub>'], ['text', '2.5'], ['html', '</sub>'], ['text', '）浓度\n面积1260万米'], ['html', '<sup>'], ['text', '2'], ['html', '</sup>'],
    ]);
  });

  it('makes a paragraph of plain lines and a heading of a plain ATX line', () => {
    const source = '全省新增就业86.4万人，\n失业率5.5%。\n\n## 就业收入（一）';
    const [paragraph, heading] = [...sourceBlocks(source)].map((block) => plainNode(source, block));
    expect(paragraph).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: '全省新增就业86.4万人，\n失业率5.5%。' }] });
    expect(heading).toMatchObject({ type: 'heading', depth: 2, children: [{ type: 'text', value: '就业收入（一）' }] });
  });

  it.each([
    ['indented', '  缩进的一段'],
    ['a bullet', '- 一项'],
    ['an ordered item', '1. 第一项'],
    ['digits then a parenthesis', '2) 第二项'],
    ['a quote', '> 引用'],
    ['emphasis', '这是**重点**内容'],
    ['an underscore', 'snake_case'],
    ['a link', '见[附件]'],
    ['inline HTML other than sub/sup', '见<span>附件</span>'],
    ['a sub tag written otherwise', 'PM<SUB>2.5</SUB>'],
    ['a line starting with a tag', '<sub>2</sub>的浓度'],
    ['a lone angle bracket beside a tag', 'PM<sub>2.5</sub> > 35'],
    ['an entity', 'A&amp;B'],
    ['an escape', '1\\. 不是列表'],
    ['code', '`code`'],
    ['a tab', '甲\t乙'],
    ['a carriage return', '甲\r\n乙'],
    ['trailing spaces (a hard break)', '第一行  \n第二行'],
    ['a setext underline', '标题\n==='],
    ['a setext dash underline', '标题\n---'],
    ['a heading with a closing sequence', '## 标题 ##'],
    ['a heading followed by a line', '## 标题\n正文'],
    ['an empty heading', '##'],
  ])('leaves %s to remark', (_what, source) => {
    for (const block of sourceBlocks(source)) expect(plainNode(source, block)).toBeUndefined();
  });
});

describe('readBlocks with plain blocks made directly', () => {
  const mixed = [
    '# 报告标题',
    '第一段，纯文本。\n跨行的第二行。',
    '- 列表一\n- 列表二',
    '- 松散列表的下一项',
    '普通段落结束列表。',
    '    缩进四格：代码块里的文字',
    '> 引用的第一行\n引用的惰性续行',
    '　　全角空格开头的段落，2024年增长5.5%。',
    '设置文本标题\n===',
    '## 标题 ##',
    '含有**强调**和<sub>下标</sub>的段落，A&amp;B。',
    '1. 有序列表\n2. 第二项',
    '   三格缩进的段落',
    '<div>\n块级 HTML\n</div>',
    '第一行  \n硬换行之后',
    '细颗粒物（PM<sub>2.5</sub>）平均浓度\n下降至26微克/立方米，面积1260万米<sup>2</sup>',
    '<sub>2</sub>在行首',
    '两个标签<sub></sub>之间为空<sup>3</sup>',
    '2024年的数字开头。',
    'English words\nwrapped across lines.',
    '### 三级标题',
    '最后一段。',
  ].join('\n\n');

  it('reads a source mixing plain and Markdown blocks as remark alone reads it', () => {
    expect(readBlocks(mixed)).toEqual(byRemarkAlone(mixed));
  });

  it('reads the seed, the invented report and its plain-text form as remark alone reads them', () => {
    for (const source of [readSeed(), toMarkdown(inventedReport), toPlainText(inventedReport)]) {
      expect(readBlocks(source)).toEqual(byRemarkAlone(source));
    }
  });

  it('reads a long source, given to remark in several batches, as remark alone reads it', () => {
    const long = Array.from({ length: 60 }, (_, i) => `${mixed}\n\n## 第${i + 1}部分`).join('\n\n');
    const blocks = readBlocks(long);
    expect(blocks.length).toBeGreaterThan(60 * 15);
    expect(blocks).toEqual(byRemarkAlone(long));
  });

  it('keeps the stretches given to remark apart: a list before a plain paragraph does not swallow what follows it', () => {
    const source = '- 列表项\n\n纯文本段落\n\n    四格缩进';
    const blocks = readBlocks(source);
    expect(blocks).toEqual(byRemarkAlone(source));
    expect(blocks.map((b) => b.content.text)).toEqual(['列表项', '纯文本段落', '四格缩进']);
  });

  it('has source offsets that point at the text', () => {
    const source = '# 标题\n\n正文一段。\n\n- 列表项';
    for (const block of readBlocks(source)) {
      const start = block.kind === 'heading' ? block.contentStart : block.start;
      expect(source.slice(start, start + block.content.text.length)).toBe(block.content.text);
    }
  });

});
