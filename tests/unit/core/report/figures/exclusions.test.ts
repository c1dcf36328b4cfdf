import { describe, expect, it } from 'vitest';
import type { TextMark } from '../../../../../main/shared/report';
import { CoveredSpans, exclusionReason } from '../../../../../main/core/report/figures/exclusions';
import { scanNumbers } from '../../../../../main/core/report/figures/numbers';
import { scanPeriods } from '../../../../../main/core/report/figures/periods';
import { scanRanks } from '../../../../../main/core/report/figures/ranks';
import { quotedNames } from '../../../../../main/core/report/figures/sentences';

function reasons(sentence: string, marks: TextMark[] = []): [string, string | null][] {
  const periods = scanPeriods(sentence);
  const covered = new CoveredSpans(sentence.length, { periods, ranks: scanRanks(sentence, periods), names: quotedNames(sentence), marks });
  return scanNumbers(sentence).map((token) => [token.valueText, exclusionReason(sentence, token, covered)]);
}

describe('exclusionReason', () => {
  it('excludes years, periods and durations', () => {
    expect(reasons('2024年，2022—2024年连续3年增长，“十四五”前4年，5年来，时隔5年，1—11月，10周年')).toEqual([
      ['2024', 'time'], ['2022', 'time'], ['2024', 'time'], ['3', 'time'], ['4', 'time'], ['5', 'time'], ['5', 'time'], ['1', 'time'], ['11', 'time'], ['10', 'duration'],
    ]);
  });

  it('excludes codes and names: 5G, PM2.5 (sub mark), CO2, quoted names', () => {
    expect(reasons('5G基站，C919飞机，“15分钟健身圈”')).toEqual([['5', 'code'], ['919', 'code'], ['15', 'name']]);
    expect(reasons('PM2.5浓度', [{ kind: 'sub', start: 2, end: 5 }])).toEqual([['2.5', 'markup']]);
    expect(reasons('PM2.5浓度')).toEqual([['2.5', 'code']]); // also without the markup
    expect(reasons('浓度2.5', [{ kind: 'sub', start: 2, end: 5 }])).toEqual([['2.5', 'markup']]);
  });

  it('keeps a value followed by a Latin unit', () => {
    expect(reasons('装机100MW，里程30km')).toEqual([['100', null], ['30', null]]);
  });

  it('excludes ordinals, per-denominators and the population a metric is about', () => {
    expect(reasons('第3批试点，每10万人口，3岁以下婴幼儿，60岁及以上老年人')).toEqual([
      ['3', 'ordinal'], ['10', 'per'], ['3', 'population'], ['60', 'population'],
    ]);
  });

  it('excludes the number of a table, a chart or an annex, not a count after 发表', () => {
    expect(reasons('表1 2024年主要经济指标')).toEqual([['1', 'ordinal'], ['2024', 'time']]);
    expect(reasons('主要指标如表2所示，详见附件3，附表4列出各县数据，见图5。')).toEqual([['2', 'ordinal'], ['3', 'ordinal'], ['4', 'ordinal'], ['5', 'ordinal']]);
    expect(reasons('全年发表1篇论文，绘制地图2幅。')).toEqual([['1', null], ['2', null]]);
  });

  it('keeps an age that is measured (人均预期寿命达到78.5岁)', () => {
    expect(reasons('人均预期寿命达到78.5岁。')).toEqual([['78.5', null]]);
  });

  it('excludes the numbers inside a rank', () => {
    expect(reasons('从全国倒数第3位跃升至正数第2位')).toEqual([['3', 'rank'], ['2', 'rank']]);
  });
});
