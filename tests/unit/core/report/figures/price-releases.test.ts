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
});
