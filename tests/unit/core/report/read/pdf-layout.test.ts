/** PDF layout on synthetic pages: what pdfjs gives is runs of text with positions (y grows upwards). */
import { describe, expect, it } from 'vitest';
import { pdfBlocks, type PdfPage, type PdfRun } from '../../../../../main/core/report/read/pdf-layout';

const SIZE = 12;
const LEFT = 72;
const WIDTH = 24 * SIZE; // 24 characters to a full line
const run = (text: string, y: number, x = LEFT, size = SIZE): PdfRun => ({ text, x, y, width: text.length * size, size });

/** A page: a header, then lines from the top, then a footer. `lines` are [text, indented?, size?]. */
function page(lines: readonly (readonly [string, boolean?, number?])[], footer: string): PdfPage {
  const runs: PdfRun[] = [run('某省人民政府办公厅文件', 800, LEFT + 60, 9)];
  let y = 740;
  for (const [text, indented, size] of lines) {
    runs.push(run(text, y, indented ? LEFT + 2 * SIZE : LEFT, size ?? SIZE));
    y -= (size ?? SIZE) * 1.8;
  }
  runs.push(run(footer, 40, LEFT + WIDTH / 2 - SIZE, 9));
  return { height: 842, runs };
}

const full = (text: string): string => text.padEnd(24, '文').slice(0, 24);

describe('pdfBlocks', () => {
  const pages = [
    page(
      [
        ['某省经济运行情况', false, 20],
        [full('全省地区生产总值达到一万亿元，同比增长百分之五点二，'), true],
        ['增速比上年加快零点三个百分点。', false],
        [full('工业生产较快增长，规模以上工业增加值增长百分之七，其中'), true],
      ],
      '- 1 -',
    ),
    page([[full('高技术制造业增长较快，对全省工业增长的贡献率达到四成以上'), false], ['，拉动作用明显。', false]], '- 2 -'),
  ];
  const blocks = pdfBlocks(pages);

  it('drops the running header and the page numbers', () => {
    expect(blocks.map((block) => block.text).join('')).not.toMatch(/办公厅文件|- \d -/u);
  });

  it('takes the larger line as a heading and rejoins lines into paragraphs, across the page break too', () => {
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(blocks[0]?.text).toBe('某省经济运行情况');
    expect(blocks[1]?.text).toBe(`${full('全省地区生产总值达到一万亿元，同比增长百分之五点二，')}增速比上年加快零点三个百分点。`);
    expect(blocks[2]?.text).toBe(`${full('工业生产较快增长，规模以上工业增加值增长百分之七，其中')}${full('高技术制造业增长较快，对全省工业增长的贡献率达到四成以上')}，拉动作用明显。`);
  });

  it('drops 第 N 页 and N/M page numbers as well', () => {
    for (const footer of ['第 3 页', '第3页 共12页', '3/12', '3']) {
      const text = pdfBlocks([page([[full('全省新增就业十万人，'), true], ['比上年增长。', false]], footer)]).map((block) => block.text).join('');
      expect(text).not.toContain(footer.replace(/\s/gu, ''));
    }
  });
});

describe('a document of one page', () => {
  it('drops a running header set small in the top margin, and keeps the title set large', () => {
    const single: PdfPage = {
      height: 842,
      runs: [run('某县人民政府办公室 · 发布材料', 800, LEFT + 60, 9), run('某县经济运行情况', 760, LEFT, 20), run(full('全县地区生产总值达到一百亿元，同比增长百分之五点二，'), 720, LEFT + 2 * SIZE), run('增速比上年加快。', 700)],
    };
    expect(pdfBlocks([single]).map((block) => [block.kind, block.text])).toEqual([
      ['heading', '某县经济运行情况'],
      ['paragraph', `${full('全县地区生产总值达到一百亿元，同比增长百分之五点二，')}增速比上年加快。`],
    ]);
  });
});

describe('a table row in a PDF', () => {
  it('keeps its cells apart, so a negative growth keeps its sign and two cells make no range', () => {
    const row: PdfRun[] = [
      run('粮食产量（万吨）', 700),
      run('126.8', 700, LEFT + 12 * SIZE),
      run('-1.5', 700, LEFT + 18 * SIZE),
      run(full('全年粮食生产保持稳定，夏粮和秋粮均实现增产，粮食总产量稳定在一百二十万吨以上。'), 670),
    ];
    const [first] = pdfBlocks([{ height: 842, runs: row }]);
    expect(first?.text).toMatch(/^粮食产量（万吨） 126\.8 -1\.5/u);
  });
});
