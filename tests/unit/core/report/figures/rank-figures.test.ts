import { describe, expect, it } from 'vitest';
import { figure, figuresOf } from './helpers';

describe('ranks', () => {
  it('a rank without a subject ranks the figure just stated', () => {
    const found = figuresOf('电力外送能力达到5000万千瓦，居全国第三位。');
    expect(found).toHaveLength(1);
    expect(figure(found, '5000').rank).toEqual({ scope: '全国', position: 3, from: 'top', text: '居全国第三位', previous: null });
  });

  it('with 均 it ranks every figure of the clause before', () => {
    const found = figuresOf('完成造林300万亩、种草120万亩，规模均居全国首位。');
    expect(found.map((f) => [f.valueText, f.rank?.position, f.rank?.text])).toEqual([['300', 1, '均居全国首位'], ['120', 1, '均居全国首位']]);
  });

  it('a duration is part of the rank, not a figure', () => {
    const found = figuresOf('外调电量占全国外调电量1/5，连续8年居全国首位。');
    expect(found.map((f) => [f.valueText, f.rank?.text])).toEqual([['1/5', '连续8年居全国首位']]);
  });

  it('a band without a number qualifies the figure before it', () => {
    const found = figuresOf('规模以上工业增加值增长9.2%，增速全国领先；地区生产总值突破2万亿元，时隔3年重新回到全国中游。');
    expect(figure(found, '9.2').rank).toMatchObject({ position: null, text: '增速全国领先' });
    expect(figure(found, '2').rank).toMatchObject({ position: null, text: '时隔3年重新回到全国中游' });
  });

  it('a growth rate’s band does not rank the level before it (托位数…3.6个，增长率全国领先)', () => {
    const found = figuresOf('每千人口拥有3岁以下婴幼儿托位数从2020年的1.2个跃升至现在的3.6个以上，增长率全国领先。');
    expect(found.map((f) => [f.valueText, f.rank])).toEqual([['1.2', null], ['3.6', null]]);
    const shares = figuresOf('新能源装机达到8000万千瓦，占比全国领先。');
    expect(figure(shares, '8000').rank).toBeNull();
  });

  it('a band about something else, with no number, is not a figure and qualifies nothing', () => {
    const found = figuresOf('粮食产量达到700亿斤，算力规模领先全国。');
    expect(found.map((f) => [f.valueText, f.rank])).toEqual([['700', null]]);
  });

  it('a tier or 前列 after a figure is a band on it, not rank 1; with a subject and no number it is no figure', () => {
    const found = figuresOf('全省粮食产量达到760亿斤，居全国前列；新能源装机达到9000万千瓦，位居全国第一梯队。');
    expect(found.map((f) => [f.valueText, f.rank?.position, f.rank?.text])).toEqual([['760', null, '居全国前列'], ['9000', null, '位居全国第一梯队']]);
    expect(figuresOf('数字经济核心产业增速位居全国第一梯队，营商环境评价连续三年居全国前列。')).toEqual([]);
  });

  it('a rank with a subject of its own is a rank figure', () => {
    const found = figuresOf('2024年，蔬菜、水果产量均居全国首位，科技投入、科技产出这些指标增速都冲进全国前十。');
    expect(found.map((f) => [f.kind, f.valueText, f.value, f.label, f.period, f.rank?.position])).toEqual([
      ['rank', '首位', 1, '蔬菜、水果产量排名', '2024年', 1],
      ['rank', '前十', 10, '指标增速排名', '2024年', null],
    ]);
  });

  it('keeps the earlier rank of a rise, with its own period', () => {
    const found = figuresOf('再看消费，2023—2024年保持两位数增长，增速排名从2021年的全国倒数第5位上升至正数第8位。');
    const rank = figure(found, '第8');
    expect(rank).toMatchObject({ kind: 'rank', value: 8, label: '消费增速排名', period: '2023—2024年' });
    expect(rank.rank).toEqual({ scope: '全国', position: 8, from: 'top', text: '从2021年的全国倒数第5位上升至正数第8位', previous: { position: 5, from: 'bottom', period: '2021年' } });
  });
});
