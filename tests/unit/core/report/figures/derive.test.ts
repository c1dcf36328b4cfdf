import { describe, expect, it } from 'vitest';
import { derivedFigures, figure, figuresOf } from './helpers';

describe('derived earlier values', () => {
  it('level − increase, on the written digits', () => {
    const found = figuresOf('社会消费品零售总额达2345.67亿元，较2020年增长了345.8亿元。');
    const [earlier] = derivedFigures(found);
    const level = figure(found, '2345.67');
    const change = figure(found, '345.8');
    expect(earlier).toMatchObject({
      kind: 'amount', valueText: '1999.87', value: 1999.87, unit: '亿元', label: '社会消费品零售总额', period: '2020年', qualifier: null, derived: true,
      normalised: { value: 199987000000, unit: '元' },
    });
    expect(earlier?.relations).toEqual([
      { type: 'derived-from', fromKeys: [level.key, change.key], formula: '2345.67 − 345.8' },
      { type: 'before-after', role: 'before', otherKey: level.key },
    ]);
    expect(level.relations).toEqual([{ type: 'before-after', role: 'after', otherKey: earlier?.key }]);
    expect(earlier?.source.quote).toBe('社会消费品零售总额达2345.67亿元，较2020年增长了345.8亿元。');
  });

  it('stands in for its unprinted value with the phrase that implies it, and comes right after the change', () => {
    const found = figuresOf('社会消费品零售总额达2345.67亿元，较2020年增长了345.8亿元。');
    const [earlier] = derivedFigures(found);
    expect(found.map((f) => f.valueText)).toEqual(['2345.67', '345.8', '1999.87']);
    expect(earlier?.source.valueStart).toBeLessThan(earlier?.source.valueEnd ?? 0);
  });

  it('level + decrease; no float artefacts (0.3 − 0.1 = 0.2)', () => {
    const found = figuresOf('能耗总量为1.2亿吨，较2020年减少了0.35亿吨；5G基站达到0.3万个，较2020年增加了0.1万个。');
    expect(derivedFigures(found).map((f) => [f.label, f.valueText, f.period, f.normalised])).toEqual([
      ['能耗总量', '1.55', '2020年', { value: 155000000, unit: '吨' }],
      ['5G基站数量', '0.2', '2020年', { value: 2000, unit: '个' }],
    ]);
  });

  it('a rate and its change in percentage points', () => {
    const found = figuresOf('森林覆盖率达到24.5%，比2020年提高1.3个百分点。');
    expect(derivedFigures(found).map((f) => [f.valueText, f.unit, f.kind, f.period])).toEqual([['23.2', '%', 'percent', '2020年']]);
  });

  it('derives nothing from a bound, a relative change, other units or a change without a base', () => {
    expect(derivedFigures(figuresOf('粮食产量突破700亿斤，较2020年增长50亿斤。'))).toEqual([]);
    expect(derivedFigures(figuresOf('出口额达到300亿元，较2020年增长12%。'))).toEqual([]);
    expect(derivedFigures(figuresOf('地区生产总值达到1.2万亿元，较2020年增加3050亿元。'))).toEqual([]);
    expect(derivedFigures(figuresOf('出口额达到300亿元，增长了20亿元。'))).toEqual([]);
  });
});
