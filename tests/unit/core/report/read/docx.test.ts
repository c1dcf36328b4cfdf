import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import { readDocument } from '../../../../../main/core/report/read/index';
import { docxTable, toDocx } from '../../../../support/document-fixtures';
import { inventedReport } from '../../../../support/invented-report';

describe('Word files', () => {
  it('reads the structure from Chinese heading styles (标题 1, 标题 2) as from Heading 1/2', async () => {
    const english = analyseReport((await readDocument(await toDocx(inventedReport), 'a.docx')).text).report;
    const chinese = analyseReport((await readDocument(await toDocx(inventedReport, { chineseStyles: true }), 'b.docx')).text).report;
    expect(chinese.parts.map((part) => [part.headline, part.sections.map((s) => s.heading)])).toEqual(english.parts.map((part) => [part.headline, part.sections.map((s) => s.heading)]));
    expect(chinese.title).toBe('青川“十四五”答卷');
  });

  it('turns a table into rows of text whose figures carry the row’s label, the column’s period and the unit', async () => {
    const table = docxTable([
      ['指标', '2020年', '2024年'],
      ['地区生产总值（亿元）', '17258', '25014'],
      ['粮食产量（万吨）', '560', '603'],
    ]);
    const read = await readDocument(await toDocx(inventedReport, { extra: [table] }), 'c.docx');
    expect(read.text).toContain('2020年地区生产总值17258亿元，2024年地区生产总值25014亿元。');
    const { figures } = analyseReport(read.text);
    const gdp = figures.find((f) => f.valueText === '25014');
    expect(gdp).toMatchObject({ value: 25014, unit: '亿元', period: '2024年' });
    expect(gdp?.label).toContain('地区生产总值');
    expect(figures.find((f) => f.valueText === '603')).toMatchObject({ unit: '万吨', period: '2024年' });
  });

  it('gives a column’s growth the unit its heading names, never the row’s: 比上年增长（%） of a GDP in 亿元 is in %', async () => {
    const table = docxTable([
      ['指标', '绝对数', '比上年增长（%）'],
      ['地区生产总值（亿元）', '5126.8', '5.8'],
      ['粮食产量（万吨）', '126.8', '-1.5'],
    ]);
    const read = await readDocument(await toDocx(inventedReport, { extra: [table] }), 'd.docx');
    expect(read.text).toContain('地区生产总值5126.8亿元，地区生产总值比上年增长5.8%。');
    const { figures } = analyseReport(read.text);
    expect(figures.filter((f) => f.label === '地区生产总值增速' && f.base === '比上年').map((f) => [f.valueText, f.unit])).toEqual([['5.8', '%']]);
    expect(figures.find((f) => f.valueText === '-1.5')).toMatchObject({ value: -1.5, unit: '%', label: '粮食产量增速' });
  });

  it('takes a row’s unit from a 单位 column, which gives no clause of its own', async () => {
    const table = docxTable([
      ['指标', '单位', '2024年', '比上年增长（%）'],
      ['粮食产量', '万吨', '603', '3.1'],
    ]);
    const read = await readDocument(await toDocx(inventedReport, { extra: [table] }), 'e.docx');
    expect(read.text).toContain('2024年粮食产量603万吨，粮食产量比上年增长3.1%。');
  });

  it('reads a heading’s unit written without brackets or with ± (比上年增长% / 比上年增减（±%）) as %', async () => {
    for (const heading of ['比上年增长%', '比上年增减（±%）']) {
      const table = docxTable([['指标', '绝对数', heading], ['地区生产总值（亿元）', '5126.8', '5.8']]);
      const read = await readDocument(await toDocx(inventedReport, { extra: [table] }), 'f.docx');
      expect(read.text).toContain(`地区生产总值${heading.replace(/（?±?%）?$/u, '')}5.8%。`);
    }
  });

  it('reads a plan’s table of targets: the 指标 column after a 类别 column names each row, 属性 says nothing, 〔〕 is a total', async () => {
    const table = docxTable([
      ['类别', '指标', '2020年', '2025年', '年均增长（%）', '属性'],
      ['经济发展', '地区生产总值（亿元）', '5980', '8000', '6左右', '预期性'],
      ['经济发展', '常住人口城镇化率（%）', '62.3', '66', '〔3.7〕', '预期性'],
    ]);
    const read = await readDocument(await toDocx(inventedReport, { extra: [table] }), 'g.docx');
    expect(read.text).toContain('2020年地区生产总值5980亿元，2025年地区生产总值8000亿元，地区生产总值年均增长6%左右。');
    expect(read.text).toContain('2020年常住人口城镇化率62.3%，2025年常住人口城镇化率66%，常住人口城镇化率累计3.7。');
    expect(read.text).not.toMatch(/经济发展\d|预期性/u);
    const { figures } = analyseReport(read.text);
    expect(figures.find((f) => f.valueText === '5980')).toMatchObject({ label: '地区生产总值', unit: '亿元', period: '2020年' });
    expect(figures.find((f) => f.valueText === '6')).toMatchObject({ unit: '%', label: '地区生产总值年均增速' });
  });
});
