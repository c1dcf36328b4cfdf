/** Values whose text does not say all they mean: 两位数 (≥ 10 %) and unitless ratios (城镇:农村 = 2.3:1). */
import { describe, expect, it } from 'vitest';
import { figure, figuresOf } from './helpers';

describe('两位数 growth', () => {
  it('is shown as written, with its meaning (at least 10 %) and no 以上 the text does not write', () => {
    const found = figuresOf('全省农牧民人均可支配收入保持两位数增长，2021—2023年连续3年保持两位数的高增长。');
    expect(found.map((f) => [f.valueText, f.qualifier, f.meaning, f.label])).toEqual([
      ['两位数', null, { type: 'at-least', value: 10, unit: '%' }, '农牧民人均可支配收入增速'],
      ['两位数', null, { type: 'at-least', value: 10, unit: '%' }, '农牧民人均可支配收入增速'],
    ]);
  });

  it('keeps a 以上 the text does write', () => {
    const found = figuresOf('外贸进出口总额实现两位数以上增长。');
    expect(figure(found, '两位数')).toMatchObject({ qualifier: '以上', meaning: { type: 'at-least', value: 10 } });
  });

  it('names the topic of the sentence (再看投资，…保持两位数的高增长 → 投资增速)', () => {
    const found = figuresOf('再看投资，2021—2023年连续3年保持两位数的高增长。');
    expect(figure(found, '两位数')).toMatchObject({ label: '投资增速', period: '2021—2023年', qualifier: null });
  });
});

describe('unitless ratios', () => {
  it('城乡… 差距 / 比: urban to rural, a current level with no period of the span before it', () => {
    const found = figuresOf('“十四五”以来，青川省城镇新增就业累计88.6万人，城乡居民收入差距缩小至2.31，优于全国平均水平。');
    expect(figure(found, '88.6')).toMatchObject({ period: '“十四五”以来', qualifier: '累计' });
    expect(figure(found, '2.31')).toMatchObject({
      kind: 'ratio', unit: '', label: '城乡居民收入差距', period: null, meaning: { type: 'ratio', terms: ['城镇', '农村'] },
    });
    expect(figure(figuresOf('城乡居民人均可支配收入比为2.05。'), '2.05').meaning).toEqual({ type: 'ratio', terms: ['城镇', '农村'] });
  });

  it('甲与乙之比: the named terms; a ratio to the nation (倍) or a value with a unit has no such meaning', () => {
    expect(figure(figuresOf('工业与服务业增加值之比为1.2。'), '1.2').meaning).toEqual({ type: 'ratio', terms: ['工业', '服务业增加值'] });
    expect(figure(figuresOf('人均GDP达到8万元，是全国平均水平的0.9倍。'), '0.9').meaning).toBeUndefined();
    expect(figure(figuresOf('收入差距缩小到1.2万元。'), '1.2').meaning).toBeUndefined();
  });
});
