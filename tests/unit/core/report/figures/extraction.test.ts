import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import { figure, figuresOf, releaseWith } from './helpers';

describe('values, units, kinds', () => {
  it('keeps the value exactly as written and normalises it on the digits', () => {
    const found = figure(figuresOf('社会消费品零售总额达2345.60亿元。'), '2345.60');
    expect(found).toMatchObject({ kind: 'amount', value: 2345.6, valueText: '2345.60', unit: '亿元', normalised: { value: 234560000000, unit: '元' } });
  });

  it('classifies kinds by form, unit and construction', () => {
    const found = figuresOf('粮食产量达到700亿斤，森林覆盖率达到24.5%，比全国高1.3个百分点；人均GDP是全国平均水平的1.2倍，城乡收入比为2.31，保障了全国1/3的供应，收入保持两位数增长，税收下降3.2%。');
    expect(found.filter((f) => !f.derived).map((f) => [f.valueText, f.kind])).toEqual([
      ['700', 'amount'], ['24.5', 'percent'], ['1.3', 'change'], ['1.2', 'ratio'], ['2.31', 'ratio'], ['1/3', 'fraction'], ['两位数', 'qualitative'], ['3.2', 'change'],
    ]);
  });

  it('reads word numbers: 八成 is 80 %, 两位数 at least 10 %, 2/3 the number two thirds', () => {
    const found = figuresOf('机械化率达八成，收入保持两位数增长，保障了全国2/3以上省份的供应。');
    expect(figure(found, '八成')).toMatchObject({ value: 80, unit: '%', kind: 'percent', qualifier: '达到' });
    // 两位数 is a band the report states: it keeps its meaning (≥ 10 %), never a 以上 the text does not write.
    expect(figure(found, '两位数')).toMatchObject({ value: 10, unit: '%', kind: 'qualitative', qualifier: null, meaning: { type: 'at-least', value: 10, unit: '%' } });
    expect(figure(found, '2/3')).toMatchObject({ value: 2 / 3, unit: '', kind: 'fraction', qualifier: '以上', normalised: null });
  });

  it('reads bounds and totals in context', () => {
    const found = figuresOf('参保率均达96%以上，新增就业岗位3000多个，进出口总额突破600亿元，常住人口约2400万，累计完成造林300万亩。');
    expect(found.map((f) => [f.valueText, f.qualifier])).toEqual([['96', '以上'], ['3000', '超过'], ['600', '突破'], ['2400', '约'], ['300', '累计']]);
  });

  it('does not make figures of years, periods, durations, names, ordinals, populations', () => {
    const found = figuresOf('2024年，“十四五”前4年，5年来，连续3年，时隔5年，第十四届运动会，5G、PM<sub>2.5</sub>、“15分钟健身圈”，每10万人口，3岁以下婴幼儿，“四横十二纵”。');
    expect(found).toEqual([]);
  });
});

describe('periods', () => {
  it('carries a period to later clauses of the same sentence, not to the next sentence', () => {
    const found = figuresOf('全省粮食产量2024年达到700亿斤，机械化率达八成；森林覆盖率达到24.5%。');
    expect(found.map((f) => [f.valueText, f.period])).toEqual([['700', '2024年'], ['八成', '2024年'], ['24.5', null]]);
    const since = figuresOf('“十四五”以来，粮食产量累计增加50亿斤；森林覆盖率达到24.5%。');
    expect(since.map((f) => [f.valueText, f.period])).toEqual([['50', '“十四五”以来'], ['24.5', null]]);
  });

  it('uses the latest period before a value', () => {
    const found = figuresOf('自2022年全省GDP首次突破1万亿元后，2024年更是突破1.3万亿元。');
    expect(found.map((f) => [f.valueText, f.period])).toEqual([['1', '2022年'], ['1.3', '2024年']]);
  });

  it('gives a change the base it is measured against, which is not its period', () => {
    const found = figuresOf('出口额达到300亿元，较2020年增长12%。');
    expect(figure(found, '12')).toMatchObject({ base: '较2020年', period: null });
    const dated = figuresOf('2024年，出口额达到300亿元，比上年增长12%。');
    expect(figure(dated, '12')).toMatchObject({ base: '比上年', period: '2024年' });
    expect(figure(dated, '300').base).toBeUndefined();
  });

  it('removes a period from the label', () => {
    const found = figuresOf('“十四五”前4年GDP年均增速6.1%。');
    expect(figure(found, '6.1')).toMatchObject({ label: 'GDP年均增速', period: '“十四五”前4年', kind: 'change' });
  });
});

describe('quotes and offsets', () => {
  it('quotes the sentence (not the paragraph) with exact source offsets, markup included', () => {
    const source = releaseWith('全省PM<sub>2.5</sub>平均浓度下降21%，优良天数比例达到88.1%。另有一句，粮食产量达到700亿斤。');
    const { figures } = analyseReport(source);
    const first = figures[0];
    expect(first?.source.quote).toBe('全省PM<sub>2.5</sub>平均浓度下降21%，优良天数比例达到88.1%。');
    expect(first?.source.quoteText).toBe('全省PM2.5平均浓度下降21%，优良天数比例达到88.1%。');
    for (const found of figures) {
      expect(source.slice(found.source.quoteStart, found.source.quoteEnd)).toBe(found.source.quote);
      expect(source.slice(found.source.valueStart, found.source.valueEnd)).toBe(found.valueText);
    }
    expect(figures.map((f) => f.index)).toEqual([0, 1, 2]);
  });

  it('places figures of a lead paragraph with no section', () => {
    const source = ['## 某省“两个提升”', '本报讯（记者）近日获悉，全省新增就业12.5万人。', '## 小节', '粮食产量达到700亿斤。'].join('\n\n');
    const { figures } = analyseReport(source);
    expect(figures.map((f) => [f.valueText, f.source.sectionIndex, f.source.partIndex])).toEqual([['12.5', null, 0], ['700', 0, 0]]);
  });
});
