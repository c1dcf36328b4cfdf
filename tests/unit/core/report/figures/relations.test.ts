import { describe, expect, it } from 'vitest';
import { derivedFigures, figure, figuresOf } from './helpers';

describe('before/after pairs', () => {
  it('从A跃升至B: A is before (with its own period), B after', () => {
    const found = figuresOf('城镇化率由2020年的61.2%提高到2024年的66.8%。');
    const before = figure(found, '61.2');
    const after = figure(found, '66.8');
    expect([before.label, before.period, after.label, after.period]).toEqual(['城镇化率', '2020年', '城镇化率', '2024年']);
    expect(before.relations).toEqual([{ type: 'before-after', role: 'before', otherKey: after.key }]);
    expect(after.relations).toEqual([{ type: 'before-after', role: 'after', otherKey: before.key }]);
  });

  it('the same metric at two periods of one sentence is a pair, ordered by year', () => {
    const found = figuresOf('2024年全省GDP突破1.3万亿元，而2021年GDP首次突破1万亿元。');
    const later = figure(found, '1.3');
    const earlier = figure(found, '1');
    expect(later.relations).toEqual([{ type: 'before-after', role: 'after', otherKey: earlier.key }]);
    expect(earlier.relations).toEqual([{ type: 'before-after', role: 'before', otherKey: later.key }]);
  });

  it('does not pair different metrics, or one metric in two sentences', () => {
    const found = figuresOf('2021年GDP突破1万亿元。2024年GDP突破1.3万亿元，2024年财政收入达到1200亿元。');
    expect(found.flatMap((f) => f.relations)).toEqual([]);
  });
});

describe('comparisons with the nation', () => {
  it('比全国高 N: higher-by on both figures, pointing at the derived national value and at each other', () => {
    const found = figuresOf('“十四五”前4年GDP年均增速5.8%，比全国高0.5个百分点。');
    const [national] = derivedFigures(found);
    const [rate, gap] = [figure(found, '5.8'), figure(found, '0.5')];
    expect(national).toMatchObject({ label: '全国GDP年均增速', valueText: '5.3', value: 5.3, unit: '%', period: '“十四五”前4年' });
    expect(rate.relations).toEqual([{ type: 'vs-nation', comparison: 'higher-by', nationKey: national?.key, byKey: gap.key }]);
    expect(gap.relations).toEqual([{ type: 'vs-nation', comparison: 'higher-by', nationKey: national?.key, ofKey: rate.key }]);
    expect(gap.label).toBe('GDP年均增速高于全国');
  });

  it('低于全国平均水平 N, written after: lower-by, national = value + N', () => {
    const found = figuresOf('城镇调查失业率为4.5%，低于全国平均水平0.8个百分点。');
    const [national] = derivedFigures(found);
    expect(national).toMatchObject({ valueText: '5.3', label: '全国城镇调查失业率' });
    expect(figure(found, '0.8')).toMatchObject({ kind: 'change', label: '城镇调查失业率低于全国' });
    expect(figure(found, '4.5').relations).toEqual([{ type: 'vs-nation', comparison: 'lower-by', nationKey: national?.key, byKey: figure(found, '0.8').key }]);
  });

  it('是全国平均水平的N倍 / 相当于全国的N%: multiple-of, without a derived value; the value carries its multiple', () => {
    const found = figuresOf('人均GDP达到6.2万元，是全国平均水平的0.65倍；居民收入达到3.1万元，相当于全国平均水平的85%。');
    expect(derivedFigures(found)).toEqual([]);
    expect(figure(found, '0.65')).toMatchObject({ kind: 'ratio', unit: '倍', label: '人均GDP与全国平均之比' });
    expect(figure(found, '85')).toMatchObject({ kind: 'ratio', label: '居民收入与全国平均之比' });
    for (const [valueText, multiple] of [['6.2', '0.65'], ['3.1', '85']] as const) {
      const [value, by] = [figure(found, valueText), figure(found, multiple)];
      expect(value.relations).toEqual([{ type: 'vs-nation', comparison: 'multiple-of', nationKey: null, byKey: by.key }]);
      expect(by.relations).toEqual([{ type: 'vs-nation', comparison: 'multiple-of', nationKey: null, ofKey: value.key }]);
    }
  });

  it('an invented province: 人均GDP突破9万元，是全国平均水平的1.08倍 — the 9万元 points at its 1.08倍', () => {
    const found = figuresOf('从人均看，2024年青川省人均GDP突破9万元大关，是全国平均水平的1.08倍。');
    const multiple = figure(found, '1.08');
    const relation = figure(found, '9').relations[0];
    expect(relation).toMatchObject({ type: 'vs-nation', comparison: 'multiple-of', byKey: multiple.key });
    expect(found.find((f) => f.key === (relation?.type === 'vs-nation' ? relation.byKey : ''))?.valueText).toBe('1.08');
  });

  it('a comparison without a number qualifies the figure before it', () => {
    const found = figuresOf('城乡居民收入比缩小至2.31，优于全国平均水平；优良天数比例达到88.1%，达到或超过全国平均水平；就业率达到90%，低于全国。');
    expect(found.map((f) => [f.valueText, f.relations])).toEqual([
      ['2.31', [{ type: 'vs-nation', comparison: 'better-than', nationKey: null }]],
      ['88.1', [{ type: 'vs-nation', comparison: 'equal-or-above', nationKey: null }]],
      ['90', [{ type: 'vs-nation', comparison: 'lower-by', nationKey: null }]],
    ]);
  });

  it('增速高于全国 N right after a growth compares that growth', () => {
    const found = figuresOf('1—11月，全省规模以上工业增加值同比增长7.2%，增速高于全国1.3个百分点。');
    const [national] = derivedFigures(found);
    expect(figure(found, '1.3').label).toBe('规模以上工业增加值同比增速高于全国');
    expect(national).toMatchObject({ valueText: '5.9', label: '全国规模以上工业增加值同比增速', derived: true });
  });

  it('是2020年的N倍: a multiple of an earlier value, whose year is the base, not the period', () => {
    const found = figuresOf('全省高新技术企业数量突破1.5万家，是2020年的2.1倍。');
    expect(figure(found, '2.1')).toMatchObject({ kind: 'ratio', unit: '倍', label: '高新技术企业数量', period: null, base: '是2020年的' });
  });

  it('a comparison with another region is not a comparison with the nation', () => {
    const found = figuresOf('GDP增速为6%，比全区高0.5个百分点。');
    expect(found.flatMap((f) => f.relations)).toEqual([]);
    expect(derivedFigures(found)).toEqual([]);
  });
});
