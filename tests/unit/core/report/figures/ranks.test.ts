import { describe, expect, it } from 'vitest';
import { scanPeriods } from '../../../../../main/core/report/figures/periods';
import { scanRanks } from '../../../../../main/core/report/figures/ranks';

const ranks = (text: string) => scanRanks(text, scanPeriods(text)).map((rank) => ({
  text: text.slice(rank.start, rank.end), valueText: rank.valueText, position: rank.position, value: rank.value, from: rank.from,
  scope: rank.scope, distributive: rank.distributive, previous: rank.previous,
}));

describe('scanRanks', () => {
  it('reads positions with a rank verb or a scope', () => {
    expect(ranks('电力外送能力达到5000万千瓦，居全国第三位')).toEqual([
      { text: '居全国第三位', valueText: '第三', position: 3, value: 3, from: 'top', scope: '全国', distributive: false, previous: null },
    ]);
    expect(ranks('数字经济规模位居西部地区第2位').map((rank) => [rank.valueText, rank.position, rank.scope])).toEqual([['第2', 2, '西部地区']]);
    expect(ranks('产量均稳居全国第一').map((rank) => [rank.text, rank.position, rank.distributive])).toEqual([['均稳居全国第一', 1, true]]);
  });

  it('reads 首位 and 榜首 as first, with the duration and adverbs that qualify them', () => {
    expect(ranks('外送电量连续15年居全国首位').map((rank) => [rank.text, rank.position])).toEqual([['连续15年居全国首位', 1]]);
    expect(ranks('规模均居全国首位').map((rank) => [rank.text, rank.distributive])).toEqual([['均居全国首位', true]]);
    expect(ranks('位居全国榜首')[0]?.position).toBe(1);
  });

  it('reads bands: 前十 has a number but no position, 中游/领先/前列 have neither', () => {
    expect(ranks('增速都冲进全国前十').map((rank) => [rank.valueText, rank.position, rank.value])).toEqual([['前十', null, 10]]);
    expect(ranks('时隔5年重新回到全国中游').map((rank) => [rank.text, rank.position, rank.value])).toEqual([['时隔5年重新回到全国中游', null, null]]);
    expect(ranks('增长率全国领先').map((rank) => [rank.text, rank.valueText])).toEqual([['全国领先', '领先']]);
    expect(ranks('算力规模领先全国').map((rank) => [rank.text, rank.valueText])).toEqual([['领先全国', '领先']]);
  });

  it('reads tiers (第一梯队, 第一方阵) and 前列 as bands, never as rank 1', () => {
    expect(ranks('数字经济规模位居全国第一梯队').map((rank) => [rank.valueText, rank.position, rank.value])).toEqual([['第一梯队', null, null]]);
    expect(ranks('高速公路里程稳居西部第一方阵').map((rank) => [rank.valueText, rank.position, rank.scope])).toEqual([['第一方阵', null, '西部']]);
    expect(ranks('营商环境评价居全国前列').map((rank) => [rank.valueText, rank.position, rank.value])).toEqual([['前列', null, null]]);
  });

  it('merges an earlier rank into the later one', () => {
    expect(ranks('增速排名从2020年的全国倒数第3位跃升至正数第2位')).toEqual([{
      text: '从2020年的全国倒数第3位跃升至正数第2位', valueText: '第2', position: 2, value: 2, from: 'top', scope: '全国', distributive: false,
      previous: { position: 3, from: 'bottom', period: '2020年' },
    }]);
  });

  it('does not read names and sequences as ranks', () => {
    expect(ranks('第十四届全国冬季运动会')).toEqual([]);
    expect(ranks('全国首台零碳重型矿用卡车，国内首条生产线')).toEqual([]);
    expect(ranks('把民生放在首位，第3批试点')).toEqual([]);
  });
});
