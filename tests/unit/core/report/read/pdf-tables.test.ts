/**
 * Tables in a PDF: on synthetic pages (runs of text with positions, y growing upwards) and on a table
 * printed by Chromium, read as a Word or web table's rows are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import { pdfBlocks, type PdfPage, type PdfRun } from '../../../../../main/core/report/read/pdf-layout';
import { readDocument } from '../../../../../main/core/report/read/index';
import type { Figure } from '../../../../../main/shared/figure';
import { toPdf } from '../../../../support/document-fixtures';

const SIZE = 12;
const LEFT = 72;
const run = (text: string, y: number, x = LEFT): PdfRun => ({ text, x, y, width: text.length * SIZE, size: SIZE });
/** A run ending at `right`, as a right-aligned number in its column. */
const rightAligned = (text: string, y: number, right: number): PdfRun => ({ text, x: right - text.length * SIZE * 0.55, y, width: text.length * SIZE * 0.55, size: SIZE });

const prose = '全市经济运行总体平稳，主要指标如下表所列，各项指标保持增长，质量效益稳步提升。';
const full = (text: string): string => text.padEnd(36, '文').slice(0, 36);

/** Three columns: the label from LEFT, 绝对数 ending at 300, 比上年增长（%） ending at 480. */
function tablePage(rows: readonly (readonly [string, string | null, string | null])[], options: { header?: boolean; caption?: boolean } = {}): PdfPage {
  const runs: PdfRun[] = [run(full(prose), 760)];
  let y = 730;
  if (options.caption ?? true) {
    runs.push(run('表1', y, LEFT + 120), run('2024年主要经济指标', y, LEFT + 160));
    y -= 24;
  }
  if (options.header ?? true) {
    runs.push(run('指标', y), rightAligned('绝对数', y, 300), rightAligned('比上年增长（%）', y, 480));
    y -= 24;
  }
  for (const [label, amount, growth] of rows) {
    runs.push(run(label, y));
    if (amount !== null) runs.push(rightAligned(amount, y, 300));
    if (growth !== null) runs.push(rightAligned(growth, y, 480));
    y -= 24;
  }
  runs.push(run(full('全年城镇新增就业五万人，城镇调查失业率保持在较低水平，就业形势总体稳定。'), y - 12));
  return { height: 842, runs };
}

const texts = (page: PdfPage): string[] => pdfBlocks([page]).map((block) => block.text);
/** A page with a line of prose at the top, the runs, and a line of prose at `below`. */
const amidProse = (runs: readonly PdfRun[], below: number): PdfPage => ({ height: 842, runs: [run(full(prose), 760), ...runs, run(full(prose), below)] });

describe('a table in a PDF', () => {
  it('reads each row under its header: the amount in the label unit, the growth in the unit its heading gives', () => {
    const blocks = texts(tablePage([
      ['地区生产总值（亿元）', '5126.8', '5.8'],
      ['粮食产量（万吨）', '126.8', '-1.5'],
    ]));
    expect(blocks).toEqual([
      full(prose),
      '表1 2024年主要经济指标',
      '地区生产总值5126.8亿元，地区生产总值比上年增长5.8%。',
      '粮食产量126.8万吨，粮食产量比上年增长-1.5%。',
      full('全年城镇新增就业五万人，城镇调查失业率保持在较低水平，就业形势总体稳定。'),
    ]);
  });

  it('puts a cell under the column it stands in when the row leaves a cell empty', () => {
    const blocks = texts(tablePage([
      ['社会消费品零售总额（亿元）', '2230.1', null],
      ['全社会固定资产投资（亿元）', null, '3.1'],
    ]));
    expect(blocks).toContain('社会消费品零售总额2230.1亿元。');
    expect(blocks).toContain('全社会固定资产投资比上年增长3.1%。');
  });

  it('reads rows without a header as their cells, giving no number a unit it may not have', () => {
    const blocks = texts(tablePage([['地区生产总值（亿元）', '5126.8', '5.8'], ['粮食产量（万吨）', '126.8', '-1.5']], { header: false, caption: false }));
    expect(blocks).toContain('地区生产总值（亿元），5126.8，5.8。');
    expect(blocks).toContain('粮食产量（万吨），126.8，-1.5。');
  });

  it('reads a row whose cells do not fall one to a column without the header', () => {
    const page = tablePage([['地区生产总值（亿元）', '5126.8', '5.8'], ['粮食产量（万吨）', '126.8', null]]);
    // A second number in the 绝对数 column of the second row.
    const secondRowY = Math.min(...page.runs.filter((r) => r.text === '126.8').map((r) => r.y));
    const runs = [...page.runs, rightAligned('7', secondRowY, 250)];
    expect(texts({ ...page, runs })).toContain('粮食产量（万吨），7，126.8。');
  });

  it('leaves a single line of cells in the text as it stands (no table)', () => {
    const page: PdfPage = { height: 842, runs: [run(full(prose), 760), run('粮食产量（万吨）', 730), rightAligned('126.8', 730, 300), rightAligned('-1.5', 730, 480), run(full(prose), 700)] };
    expect(texts(page).join('')).toContain('粮食产量（万吨） 126.8 -1.5');
  });

  it('goes on through a row that has no values, and ends where the caption and the header of the next table begin', () => {
    const line = (y: number, label: string, a: string, b: string): PdfRun[] => [run(label, y), rightAligned(a, y, 300), rightAligned(b, y, 480)];
    const page = amidProse(
      [
        ...line(736, '指标', '绝对数', '比上年增长（%）'),
        ...line(712, '地区生产总值（亿元）', '5126.8', '5.8'),
        ...line(688, '进出口总额（亿元）', '—', '—'),
        ...line(664, '粮食产量（万吨）', '126.8', '-1.5'),
        run('表2', 640, LEFT + 120), run('2023—2024年常住人口', 640, LEFT + 160),
        ...line(616, '指标', '2023年', '2024年'),
        ...line(592, '常住人口（万人）', '312.5', '315.2'),
      ],
      560,
    );
    expect(texts(page).slice(1, -1)).toEqual([
      '地区生产总值5126.8亿元，地区生产总值比上年增长5.8%。',
      '进出口总额',
      '粮食产量126.8万吨，粮食产量比上年增长-1.5%。',
      '表2 2023—2024年常住人口',
      '2023年常住人口312.5万人，2024年常住人口315.2万人。',
    ]);
  });

  it('reads a header set over several lines as its columns, with a 单位 column, and leaves the caption above it', () => {
    const page = amidProse(
      [
        run('表2', 736, LEFT + 100), run('2024年农业主要产品产量', 736, LEFT + 140),
        rightAligned('比上年增长', 712, 480),
        run('产品名称', 700), run('单位', 700, 200), rightAligned('产量', 700, 340),
        rightAligned('（%）', 688, 470),
        run('粮食', 664), run('万吨', 664, 200), rightAligned('126.8', 664, 340), rightAligned('-1.5', 664, 480),
        run('生猪出栏', 640), run('万头', 640, 200), rightAligned('210.5', 640, 340), rightAligned('-4.2', 640, 480),
      ],
      610,
    );
    expect(texts(page).slice(1, -1)).toEqual([
      '表2 2024年农业主要产品产量',
      '粮食产量126.8万吨，粮食比上年增长-1.5%。',
      '生猪出栏产量210.5万头，生猪出栏比上年增长-4.2%。',
    ]);
  });

  it('takes the prose, not a table set smaller and longer, for the body text: the prose stays paragraphs', () => {
    const small = (text: string, y: number, x: number): PdfRun => ({ text, x, y, width: text.length * 9, size: 9 });
    const rows = ['地区生产总值（亿元）', '粮食产量（万吨）', '规模以上工业增加值（亿元）', '社会消费品零售总额（亿元）', '一般公共预算收入（亿元）', '城乡居民人均可支配收入（元）'];
    const page: PdfPage = {
      height: 842,
      runs: [
        run('全县经济运行总体平稳。', 760),
        ...[['指标', '绝对数', '比上年增长（%）'], ...rows.map((label, i) => [label, `${100 + i}.5`, `${i}.2`])].flatMap(([label = '', a = '', b = ''], i) => [small(label, 730 - i * 14, LEFT), small(a, 730 - i * 14, 300), small(b, 730 - i * 14, 420)]),
        run('全年城镇新增就业五万人。', 600),
      ],
    };
    const blocks = pdfBlocks([page]);
    expect(blocks.filter((block) => block.kind === 'heading')).toEqual([]);
    expect(blocks.map((block) => block.text)).toContain('粮食产量101.5万吨，粮食产量比上年增长1.2%。');
  });

  it('goes on across a page break, the header read once', () => {
    const first = tablePage([['地区生产总值（亿元）', '5126.8', '5.8']]);
    const lastRowY = Math.min(...first.runs.filter((r) => r.text === '5.8').map((r) => r.y));
    const onFirst: PdfPage = { ...first, runs: first.runs.filter((r) => r.y >= lastRowY) };
    const second: PdfPage = { height: 842, runs: [run('粮食产量（万吨）', 760), rightAligned('126.8', 760, 300), rightAligned('-1.5', 760, 480), run(full(prose), 730)] };
    const blocks = pdfBlocks([onFirst, second]).map((block) => block.text);
    expect(blocks).toContain('地区生产总值5126.8亿元，地区生产总值比上年增长5.8%。');
    expect(blocks).toContain('粮食产量126.8万吨，粮食产量比上年增长-1.5%。');
  });
});

describe('a table in a PDF printed by Chromium', () => {
  const body = `<h1>某市2024年国民经济和社会发展统计公报</h1>
    <p>2024年，全市经济运行总体平稳，主要指标如下表。</p>
    <p style="text-align:center;text-indent:0">表1　2024年主要经济指标</p>
    <table style="width:100%;border-collapse:collapse" border="1">
      <tr><th>指标</th><th>绝对数</th><th>比上年增长（%）</th></tr>
      <tr><td>地区生产总值（亿元）</td><td style="text-align:right">5126.8</td><td style="text-align:right">5.8</td></tr>
      <tr><td>粮食产量（万吨）</td><td style="text-align:right">126.8</td><td style="text-align:right">-1.5</td></tr>
      <tr><td>社会消费品零售总额（亿元）</td><td style="text-align:right">2230.1</td><td></td></tr>
      <tr><td>全社会固定资产投资（不含农户）（亿元）</td><td></td><td style="text-align:right">3.1</td></tr>
    </table>
    <p>全年城镇新增就业5.2万人，城镇调查失业率为5.1%。</p>
    <p style="text-align:center;text-indent:0">表2　2024年农业主要产品产量</p>
    <table style="width:100%;border-collapse:collapse" border="1">
      <tr><th style="width:40%">产品名称</th><th>单位</th><th>产量</th><th>比上年增长<br>（%）</th></tr>
      <tr><td>稻谷</td><td>万吨</td><td style="text-align:right">80.2</td><td style="text-align:right">2.1</td></tr>
      <tr><td>生猪出栏</td><td>万头</td><td style="text-align:right">210.5</td><td style="text-align:right">-4.2</td></tr>
    </table>
    <p>全年农业生产保持稳定，主要农产品供给充足。</p>`;
  let figures: Figure[] = [];
  beforeAll(async () => {
    const read = await readDocument(await toPdf(null, { body, fontSize: 14 }), '统计公报.pdf');
    figures = analyseReport(read.text).figures;
  }, 60_000);

  it('gives every number of the tables its unit and its label (a header over two lines too), and no figure for the table numbers', () => {
    const found = figures.map((figure) => [figure.label, figure.valueText, figure.unit]);
    expect(found).toEqual(expect.arrayContaining([
      ['地区生产总值', '5126.8', '亿元'],
      ['地区生产总值增速', '5.8', '%'],
      ['粮食产量', '126.8', '万吨'],
      ['粮食产量增速', '-1.5', '%'],
      ['社会消费品零售总额', '2230.1', '亿元'],
      ['全社会固定资产投资（不含农户）增速', '3.1', '%'],
      ['城镇新增就业', '5.2', '万人'],
      ['稻谷产量', '80.2', '万吨'],
      ['稻谷增速', '2.1', '%'],
      ['生猪出栏产量', '210.5', '万头'],
      ['生猪出栏增速', '-4.2', '%'],
    ]));
    expect(figures.filter((figure) => figure.label === '表' || figure.valueText === '1' || figure.valueText === '2')).toEqual([]);
    expect(figures.filter((figure) => figure.label.startsWith('社会消费品零售总额'))).toHaveLength(1);
  });
});
