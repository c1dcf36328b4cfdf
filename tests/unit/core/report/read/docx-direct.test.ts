import {
  Bookmark, Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, ImageRun, LevelFormat, Packer, PageBreak, Paragraph, Tab,
  Table, TableCell, TableRow, TextRun,
} from 'docx';
import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { directDocxNodes } from '../../../../../main/core/report/read/docx-direct';
import { htmlBlocks } from '../../../../../main/core/report/read/html-blocks';
import { asDom, writtenHtml } from '../../../../../main/core/report/read/mammoth-html';
import { mammothHtml } from '../../../../../main/core/report/read/docx';
import { readDocument } from '../../../../../main/core/report/read/index';
import { toDocx } from '../../../../support/document-fixtures';
import { inventedReport } from '../../../../support/invented-report';

type Block = Paragraph | Table;

/** The direct reader's HTML: its elements written as mammoth writes them (null where it leaves the file to mammoth). */
function directDocxHtml(bytes: Uint8Array): string | null {
  const nodes = directDocxNodes(bytes);
  return nodes && writtenHtml(nodes);
}

async function wordFile(children: readonly Block[], options: { footnotes?: Record<number, { children: Paragraph[] }>; numbered?: boolean } = {}): Promise<Uint8Array> {
  const document = new Document({
    styles: {
      paragraphStyles: [
        { id: 'zh1', name: '标题 1', basedOn: 'Normal', run: { bold: true } },
        { id: 'zh2', name: '标题 2', basedOn: 'Normal', run: { bold: true } },
        { id: 'zhTitle', name: '标题', basedOn: 'Normal' },
        { id: 'lower2', name: 'heading 2', basedOn: 'Normal' },
        { id: 'memo', name: '备忘', basedOn: 'Normal' },
      ],
      characterStyles: [{ id: 'StrongChar', name: 'Strong', run: { bold: true } }, { id: 'Quiet', name: 'Quiet', run: { italics: true } }],
    },
    ...(options.numbered
      ? {
          numbering: {
            config: [
              // Numbers at every level but the third, a bullet (mammoth: any format but a bullet is ordered).
              { reference: 'steps', levels: [0, 1, 2, 3, 4, 5, 6].map((level) => ({ level, format: level === 2 ? LevelFormat.BULLET : LevelFormat.DECIMAL, text: level === 2 ? '•' : `%${level + 1}.` })) },
              { reference: 'dots', levels: [0, 1].map((level) => ({ level, format: LevelFormat.BULLET, text: '•' })) },
            ],
          },
        }
      : {}),
    ...(options.footnotes ? { footnotes: options.footnotes } : {}),
    sections: [{ children: [...children] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** What the app reads a Word file as, both ways: docx-direct.ts's HTML must be mammoth's. */
async function bothWays(bytes: Uint8Array): Promise<{ direct: string | null; mammoth: string }> {
  return { direct: directDocxHtml(bytes), mammoth: await mammothHtml(bytes, 'test.docx') };
}

const plainFeatures: Block[] = [
  new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('青川省生态环境状况公报')] }),
  new Paragraph({ style: 'zhTitle', children: [new TextRun('中文“标题”样式的标题')] }),
  new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、空气质量')] }),
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('（一）细颗粒物')] }),
  new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('三级标题')] }),
  new Paragraph({ style: 'zh1', children: [new TextRun('标题 1 样式')] }),
  new Paragraph({ style: 'zh2', children: [new TextRun('标题 2 样式')] }),
  new Paragraph({ style: 'lower2', children: [new TextRun('小写 heading 2 样式名')] }),
  new Paragraph({ style: 'memo', children: [new TextRun('未映射样式的段落')] }),
  new Paragraph({
    children: [
      new TextRun('PM'), new TextRun({ text: '2', subScript: true }), new TextRun({ text: '.5', subScript: true }),
      new TextRun('平均浓度下降至26微克/立方米，面积1260万米'), new TextRun({ text: '2', superScript: true }), new TextRun('。'),
    ],
  }),
  new Paragraph({
    children: [
      new TextRun({ text: '粗体', bold: true }), new TextRun({ text: '接着粗体', bold: true }), new TextRun({ text: '粗斜', bold: true, italics: true }),
      new TextRun({ text: 'SO', bold: true }), new TextRun({ text: '2', bold: true, subScript: true }), new TextRun({ text: '2', subScript: true }),
      new TextRun({ text: '删除线', strike: true }), new TextRun({ text: '关掉的粗体', bold: false }), new TextRun({ text: '样式粗体', style: 'StrongChar' }),
      new TextRun({ text: '样式斜体', style: 'Quiet' }),
    ],
  }),
  new Paragraph({ children: [new TextRun({ children: ['制表', new Tab(), '之后'] }), new TextRun({ text: '换行之后', break: 1 }), new TextRun({ text: '  首尾空格  ' })] }),
  new Paragraph({ children: [new TextRun('分页前'), new PageBreak(), new TextRun('分页后')] }),
  new Paragraph({ children: [new TextRun('两段相邻的文字 '), new TextRun(' 之间的空格 '), new TextRun({ text: '粗体', bold: true }), new TextRun('\u00A0 后')] }),
  new Paragraph({ children: [new TextRun('特殊字符：a<b>c & "引号" \'单引号\' 𠀀 😀 ‑ \u00A0不换行空格')] }),
  new Paragraph({ children: [new Bookmark({ id: 'section_1', children: [new TextRun('书签里的文字')] }), new TextRun('书签之后')] }),
  new Paragraph({ children: [] }),
  new Paragraph({ children: [new TextRun('')] }),
  new Paragraph({ children: [new Bookmark({ id: 'empty_mark', children: [] })] }),
  new Table({
    rows: [
      new TableRow({ children: ['指标', '2020年', '2024年'].map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
      new TableRow({
        children: [
          new TableCell({ children: [new Paragraph('地区生产总值'), new Paragraph('（亿元）')] }),
          new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: '17258', bold: true })] })] }),
          new TableCell({ children: [new Paragraph('')] }),
        ],
      }),
    ],
  }),
  new Paragraph('表格之后的段落。'),
];

describe('a Word file read directly gives mammoth’s HTML', () => {
  it('for headings of every mapped style, runs with marks and formatting, tabs, breaks, bookmarks, entities and a table', async () => {
    const { direct, mammoth } = await bothWays(await wordFile(plainFeatures));
    expect(direct).not.toBeNull();
    expect(direct).toBe(mammoth);
    // What the comparison covers, so it cannot pass on an empty document.
    for (const piece of ['<h1 class="doc-title">', '<h2>', '<h3>', '<h4>', 'PM<sub>2.5</sub>', '<sup>2</sup>', '<strong>粗体接着粗体', '<s>删除线</s>', '<br />', '<a id="section_1"></a>', '<table>', '&amp;', '&lt;b&gt;']) {
      expect(mammoth).toContain(piece);
    }
  });

  it('for the invented report with English or Chinese heading styles and a table', async () => {
    for (const bytes of [await toDocx(inventedReport), await toDocx(inventedReport, { chineseStyles: true })]) {
      const { direct, mammoth } = await bothWays(bytes);
      expect(direct).toBe(mammoth);
    }
  });

  it('reads the same report text from the Word file either way', async () => {
    const bytes = await toDocx(inventedReport);
    const read = await readDocument(bytes, '青川.docx');
    expect(read.text).toContain('PM<sub>2.5</sub>');
    expect(directDocxHtml(bytes)).not.toBeNull();
  });
});

const item = (text: string, level: number, reference = 'steps', options: { style?: string; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {}): Paragraph =>
  new Paragraph({ numbering: { reference, level }, ...options, children: text === '' ? [] : [new TextRun(text)] });

const listFeatures: Block[] = [
  new Paragraph('列表之前的段落。'),
  item('第一项', 0), item('第二项', 0), item('第二项之下', 1), item('第三层是项目符号', 2), item('第四层又是编号', 3), item('第五层', 4), item('回到第一层', 0),
  item('项目符号列表', 0, 'dots'), item('符号之下', 1, 'dots'), item('编号列在符号之下', 1),
  new Paragraph('中断列表的段落。'),
  item('新的列表', 0),
  item('', 0),
  new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun('PM'), new TextRun({ text: '2.5', subScript: true }), new TextRun('浓度下降')] }),
  item('第六层不再是列表项', 5), item('第七层也不是', 6),
  item('编号的一级标题', 0, 'steps', { heading: HeadingLevel.HEADING_1 }),
  item('编号的中文标题', 1, 'steps', { style: 'zh2' }),
  item('未映射样式的编号段落', 0, 'steps', { style: 'memo' }),
  new Table({ rows: [new TableRow({ children: [new TableCell({ children: [item('单元格里的列表', 0), item('单元格里的第二项', 0)] })] })] }),
  new Paragraph('表格之后的段落。'),
];

describe('a Word file with lists read directly gives mammoth’s HTML', () => {
  it('for numbered and bulleted items at every level, nested, mixed, interrupted, empty, styled and in a table cell', async () => {
    const { direct, mammoth } = await bothWays(await wordFile(listFeatures, { numbered: true }));
    expect(direct).not.toBeNull();
    expect(direct).toBe(mammoth);
    // What the comparison covers, so it cannot pass on a file without lists.
    for (const piece of ['<ol><li>第一项</li><li>第二项<ol><li>第二项之下<ul><li>第三层是项目符号<ol>', '<ul><li>项目符号列表<ul><li>符号之下</li></ul><ol><li>编号列在符号之下', '<p>第六层不再是列表项</p>', '<h2>编号的一级标题</h2>', '<td><ol><li>单元格里的列表</li><li>单元格里的第二项</li></ol></td>', 'PM<sub>2.5</sub>']) {
      expect(mammoth).toContain(piece);
    }
  });

  it('for an item whose numbering names no definition, and one whose w:numPr has no level', async () => {
    const zip = await JSZip.loadAsync(await wordFile([item('第一项', 0), item('第二项', 1), item('第三项', 0)], { numbered: true }));
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const numIds = [...documentXml.matchAll(/<w:numId w:val="(\d+)"\/>/g)];
    expect(numIds).toHaveLength(3);
    const rewritten = documentXml.replace(/<w:ilvl w:val="1"\/>/, '').replace(/(<w:numPr>(?:(?!<\/w:numPr>).)*?<w:numId w:val=")\d+("\/>(?:(?!<w:numPr>).)*第三项)/s, '$199$2');
    expect(rewritten).not.toBe(documentXml);
    zip.file('word/document.xml', rewritten);
    const { direct, mammoth } = await bothWays(new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })));
    expect(direct).toBe(mammoth);
    expect(mammoth).toContain('<li>第二项</li>');
    expect(mammoth).toContain('<p>第三项</p>');
  });

  it('leaves a numbering linked to a numbering style to mammoth', async () => {
    const zip = await JSZip.loadAsync(await wordFile([item('第一项', 0)], { numbered: true }));
    const numberingXml = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
    zip.file('word/numbering.xml', numberingXml.replace(/(<w:abstractNum [^>]*>)/g, '$1<w:numStyleLink w:val="ListStyle"/>'));
    expect(directDocxHtml(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })))).toBeNull();
  });
});

describe('a Word file’s elements walked as they are', () => {
  // docx.ts walks docx-direct.ts's elements without writing them out: the blocks must be those of the HTML.
  const blocksBothWays = (bytes: Uint8Array) => {
    const nodes = directDocxNodes(bytes);
    expect(nodes).not.toBeNull();
    const parsed = parseHTML(`<!doctype html><html><body>${writtenHtml(nodes ?? [])}</body></html>`).document.body;
    return { walked: htmlBlocks(asDom(nodes ?? [])), parsed: htmlBlocks(parsed) };
  };

  it('give the blocks their HTML gives, parsed: neighbouring text as one, headings, marks, breaks and tables', async () => {
    const { walked, parsed } = blocksBothWays(await wordFile(plainFeatures));
    expect(walked).toEqual(parsed);
    expect(walked.map((block) => block.text)).toContain('两段相邻的文字 之间的空格 粗体 后');
    expect(walked.filter((block) => block.kind === 'title')).toHaveLength(2);
    expect(walked.some((block) => block.markdown.includes('PM<sub>2.5</sub>'))).toBe(true);
  });

  it('for the invented report with English or Chinese heading styles, and for lists', async () => {
    for (const bytes of [await toDocx(inventedReport), await toDocx(inventedReport, { chineseStyles: true }), await wordFile(listFeatures, { numbered: true })]) {
      const { walked, parsed } = blocksBothWays(bytes);
      expect(walked).toEqual(parsed);
      expect(walked.length).toBeGreaterThan(10);
    }
  });
});

describe('what only mammoth reads is left to it', () => {
  const pixel = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
  const cases: [string, () => Promise<Uint8Array>, string][] = [
    ['a link', () => wordFile([new Paragraph({ children: [new TextRun('详见'), new ExternalHyperlink({ link: 'https://example.invalid/', children: [new TextRun('政府网站')] })] })]), '政府网站'],
    ['a footnote', () => wordFile([new Paragraph({ children: [new TextRun('正文'), new FootnoteReferenceRun(1)] })], { footnotes: { 1: { children: [new Paragraph('脚注内容')] } } }), '正文'],
    ['a picture', () => wordFile([new Paragraph({ children: [new ImageRun({ type: 'png', data: pixel, transformation: { width: 10, height: 10 } }), new TextRun('图片说明')] })]), '图片说明'],
    ['merged cells', () => wordFile([new Table({ rows: [new TableRow({ children: [new TableCell({ columnSpan: 2, children: [new Paragraph('合并单元格')] })] })] })]), '合并单元格'],
    ['a header row', () => wordFile([new Table({ rows: [new TableRow({ tableHeader: true, children: [new TableCell({ children: [new Paragraph('表头')] })] })] })]), '表头'],
  ];

  it.each(cases)('%s', async (_what, make, text) => {
    const bytes = await make();
    expect(directDocxHtml(bytes)).toBeNull();
    expect((await readDocument(bytes, 'x.docx')).text).toContain(text);
  });

  it('leaves a file whose relationships put a part elsewhere, or leave it unrelated, to mammoth', async () => {
    const zip = await JSZip.loadAsync(await toDocx(inventedReport));
    const relationships = 'word/_rels/document.xml.rels';
    const original = await zip.file(relationships)?.async('string');
    expect(original).toContain('Target="styles.xml"');
    const rewritten = async (rels: string) => {
      zip.file(relationships, rels);
      return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    };
    expect(directDocxHtml(await rewritten(original ?? ''))).not.toBeNull();
    expect(directDocxHtml(await rewritten((original ?? '').replace('Target="styles.xml"', 'Target="other-styles.xml"')))).toBeNull();
    expect(directDocxHtml(await rewritten((original ?? '').replace(/<Relationship [^>]*Target="styles.xml"[^>]*\/>/u, '')))).toBeNull();
  });

  it('gives null for bytes that are no ZIP archive, or a damaged one', () => {
    expect(directDocxHtml(new TextEncoder().encode('PK\u0003\u0004 not really'))).toBeNull();
    const stored = deflateRawSync(Buffer.from('x'));
    expect(directDocxHtml(new Uint8Array(stored))).toBeNull();
  });
});
