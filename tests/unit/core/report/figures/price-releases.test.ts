/** A monthly consumer price release (居民消费价格变动情况), invented. */
import { describe, expect, it } from 'vitest';
import { figure, figuresOf } from './helpers';

describe('a monthly price release', () => {
  it('影响CPI下降约0.27个百分点: whose pull on the index it is, and which way', () => {
    const figures = figuresOf('食品烟酒类价格同比下降0.9%，影响CPI下降约0.27个百分点。鲜菜价格上涨5.3%，影响CPI上涨约0.11个百分点。');
    expect(figure(figures, '0.27').label).toBe('食品烟酒类价格影响CPI下降');
    expect(figure(figures, '0.11').label).toBe('鲜菜价格影响CPI上涨');
    expect(figure(figuresOf('全省固定资产投资增长6.1%，拉动经济增长1.2个百分点。'), '1.2').label).toBe('固定资产投资拉动经济增长');
  });

  it('其中，城市上涨0.3%: a breakdown opening its own sentence names its items with the measure before', () => {
    const figures = figuresOf('10月份，全省居民消费价格同比上涨0.4%。其中，城市上涨0.3%，农村上涨0.6%。');
    expect(figures.map((found) => found.label)).toEqual(['居民消费价格同比上涨', '城市居民消费价格上涨', '农村居民消费价格上涨']);
    expect(figure(figuresOf('全省居民消费价格同比上涨0.4%，其中城市上涨0.3%。'), '0.3').label).toBe('城市居民消费价格上涨');
    expect(figure(figuresOf('规模以上工业增加值增长7.1%。其中，重工业增长8.2%。'), '8.2').label).toBe('重工业增加值增速');
    // An item that names its measure keeps its name; a sentence in between ends the breakdown.
    expect(figure(figuresOf('全省固定资产投资增长6.5%。其中，民间投资增长2.1%。'), '2.1').label).toBe('民间投资增速');
    expect(figure(figuresOf('规模以上工业增加值增长7.1%。工业生产总体平稳。其中，重工业增长8.2%。'), '8.2').label).toBe('重工业增速');
  });
});
