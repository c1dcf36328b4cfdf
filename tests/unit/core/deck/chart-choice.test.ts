import { beforeEach, describe, expect, it } from 'vitest';
import { chartRanking, chooseChart } from '../../../../main/core/deck/chart-choice';
import { commonSuffix } from '../../../../main/core/deck/chart-lists';
import { restOf } from '../../../../main/core/deck/chart-shares';
import type { ChartPoint, ChartSpec } from '../../../../main/shared/deck';
import type { StoredFigure } from '../../../../main/shared/figure';
import { makeFigure, resetFigureIndex, sameSentence } from '../../../fixtures/deck/figure';

beforeEach(() => resetFigureIndex());
const context = { region: '内蒙古' };

const pointsOf = (chart: ChartSpec | null): ChartPoint[] => {
  if (!chart) return [];
  if (chart.kind === 'vs-nation') return [chart.region, chart.nation];
  if (chart.kind === 'gauge') return [chart.point];
  return [...chart.points];
};

/** Every point is the stored figure it names (key, text, value, unit as stored), or flagged derived. */
function expectHonestPoints(chart: ChartSpec | null, figures: readonly StoredFigure[]): void {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  for (const point of pointsOf(chart)) {
    const figure = byKey.get(point.figureKey);
    expect(figure, point.figureKey).toBeDefined();
    if (point.derived && !figure?.derived) continue; // computed from the figure it names, labelled 推算
    expect(point).toMatchObject({ valueText: figure?.valueText, value: figure?.value, unit: figure?.unit, derived: figure?.derived });
  }
}

const childcare = () => [
  makeFigure({ key: 'before', valueText: '0.8', period: '“十三五”末', label: '托位数', relations: [{ type: 'before-after', role: 'before', otherKey: 'after' }] }),
  makeFigure({ key: 'after', valueText: '4.5', period: '现在', label: '托位数', qualifier: '以上', relations: [{ type: 'before-after', role: 'after', otherKey: 'before' }] }),
];
const gdpGrowth = () => [
  makeFigure({ key: 'gdp', kind: 'change', valueText: '6.1', unit: '%', label: 'GDP年均增速', relations: [{ type: 'vs-nation', comparison: 'higher-by', nationKey: 'nation' }] }),
  makeFigure({ key: 'gap', kind: 'change', valueText: '0.6', unit: '个百分点', label: '高于全国' }),
  makeFigure({ key: 'nation', kind: 'change', valueText: '5.5', unit: '%', label: '全国GDP年均增速', derived: true, relations: [{ type: 'derived-from', fromKeys: ['gdp', 'gap'], formula: '6.1 − 0.6' }] }),
];
const greening = () =>
  sameSentence([
    makeFigure({ key: 'forest', valueText: '2202', unit: '万亩', label: '造林', period: '“十四五”前4年' }),
    makeFigure({ key: 'grass', valueText: '8000', unit: '万亩', label: '种草', period: '“十四五”前4年' }),
    makeFigure({ key: 'desert', valueText: '4319', unit: '万亩', label: '防沙治沙', period: '“十四五”前4年' }),
  ]);
const airQuality = () => makeFigure({ key: 'air', kind: 'percent', valueText: '90.6', unit: '%', label: '空气质量优良天数比例' });
const exportShare = () => makeFigure({ key: 'share', kind: 'percent', valueText: '60', unit: '%', label: '外送占比', qualifier: '以上' });

describe('chart choice: each kind', () => {
  it('a before/after pair → before-after, labelled by period, in time order', () => {
    const figures = childcare();
    const chart = chooseChart(figures, context);
    expect(chart).toMatchObject({ kind: 'before-after', title: '托位数', unit: '个' });
    expect(pointsOf(chart).map((p) => [p.label, p.valueText, p.value])).toEqual([
      ['“十三五”末', '0.8', 0.8],
      ['现在', '4.5', 4.5],
    ]);
    expectHonestPoints(chart, figures);
  });

  it('reads the pair from whichever side records it, and labels periods it lacks as 此前/现在', () => {
    const figures = [
      makeFigure({ key: 'then', valueText: '2', unit: '万亿元' }),
      makeFigure({ key: 'now', valueText: '2.6', unit: '万亿元', relations: [{ type: 'before-after', role: 'after', otherKey: 'then' }] }),
    ];
    const chart = chooseChart(figures, context);
    expect(pointsOf(chart).map((p) => [p.label, p.figureKey])).toEqual([
      ['此前', 'then'],
      ['现在', 'now'],
    ]);
  });

  it('a vs-nation relation with a national value → vs-nation, the derived national value flagged', () => {
    const figures = gdpGrowth();
    const chart = chooseChart(figures, context);
    expect(chart).toMatchObject({ kind: 'vs-nation', title: 'GDP年均增速', unit: '%' });
    if (chart?.kind !== 'vs-nation') throw new Error('expected vs-nation');
    expect(chart.region).toMatchObject({ label: '内蒙古', figureKey: 'gdp', valueText: '6.1', derived: false });
    expect(chart.nation).toMatchObject({ label: '全国', figureKey: 'nation', valueText: '5.5', derived: true });
    expectHonestPoints(chart, figures);
  });

  it('no vs-nation chart without a national value, or with one in another unit', () => {
    const noNation = makeFigure({ key: 'gap', kind: 'ratio', valueText: '2.26', unit: '', relations: [{ type: 'vs-nation', comparison: 'better-than', nationKey: null }] });
    expect(chooseChart([noNation], context)).toBeNull();
    const [gdp, gap, nation] = gdpGrowth();
    if (!gdp || !gap || !nation) throw new Error('fixture');
    expect(chooseChart([gdp, gap, { ...nation, unit: '个百分点' }], context)).toBeNull();
  });

  it('several efforts of one sentence in one unit → bars, in document order', () => {
    const figures = greening();
    const chart = chooseChart(figures, context);
    expect(chart).toMatchObject({ kind: 'bars', unit: '万亩', title: '“十四五”前4年造林、种草、防沙治沙' });
    expect(pointsOf(chart).map((p) => `${p.label}:${p.valueText}`)).toEqual(['造林:2202', '种草:8000', '防沙治沙:4319']);
    expectHonestPoints(chart, figures);
  });

  it('names each bar by what sets it apart, the shared rest of the labels going to the title', () => {
    const figures = greening().map((f) => ({ ...f, label: `${f.label}面积（累计）` }));
    const chart = chooseChart(figures, context);
    expect(chart?.title).toBe('“十四五”前4年造林、种草、防沙治沙面积（累计）');
    expect(pointsOf(chart).map((p) => p.label)).toEqual(['造林', '种草', '防沙治沙']);
    expect(commonSuffix(['国家级专科', '自治区级专科'])).toBe('级专科');
    expect(commonSuffix(['专科', '国家级专科'])).toBe(''); // 专科 would be left with no name of its own
    expect(commonSuffix(['新能源外送通道', '配套外送通道纳规'])).toBe('');
  });

  it('no bars from amounts of different sentences, units or periods, nor from a single item', () => {
    const [forest, grass] = greening();
    if (!forest || !grass) throw new Error('fixture');
    expect(chooseChart([forest, { ...grass, source: { ...grass.source, quoteStart: 1 } }], context)).toBeNull();
    expect(chooseChart([forest, { ...grass, unit: '亩' }], context)).toBeNull();
    expect(chooseChart([forest, { ...grass, period: '2024年' }], context)).toBeNull();
    expect(chooseChart([forest], context)).toBeNull();
  });

  it('a rate or attainment in percent → gauge (90.6 %, 84.3 %, and a word share such as 九成)', () => {
    const air = airQuality();
    expect(chooseChart([air], context)).toMatchObject({ kind: 'gauge', title: '空气质量优良天数比例', point: { figureKey: 'air', valueText: '90.6', value: 90.6 } });
    const built = makeFigure({ key: 'built', kind: 'percent', valueText: '84.3', unit: '%', label: '综合交通主骨架建成率' });
    expect(chooseChart([built], context)).toMatchObject({ kind: 'gauge', point: { valueText: '84.3' } });
    const word = makeFigure({ key: 'mech', kind: 'percent', valueText: '九成', value: 90, unit: '', label: '农业机械化率' });
    expect(chooseChart([word], context)).toMatchObject({ kind: 'gauge', point: { valueText: '九成', value: 90 } });
  });

  it('a growth rate in percent is not a gauge', () => {
    const growth = makeFigure({ key: 'g', kind: 'change', valueText: '16.8', unit: '%', label: '能耗强度累计下降' });
    expect(chooseChart([growth], context)).toBeNull();
  });

  it('a share of a whole → ring, with the rest computed and flagged derived', () => {
    const share = exportShare();
    const chart = chooseChart([share], context);
    expect(chart).toMatchObject({ kind: 'ring', title: '外送占比' });
    expect(pointsOf(chart)).toEqual([
      { figureKey: 'share', valueText: '60', value: 60, unit: '%', derived: false, qualifier: '以上', label: '外送占比' },
      // 60%以上 leaves at most 40%: the computed rest carries the opposite bound.
      { figureKey: 'share', valueText: '40', value: 40, unit: '%', derived: true, qualifier: '以下', label: '其余' },
    ]);
    const fraction = makeFigure({ key: 'sixth', kind: 'fraction', valueText: '1/6', value: 1 / 6, unit: '', label: '外送电量占全国比重' });
    expect(pointsOf(chooseChart([fraction], context)).map((p) => [p.valueText, p.derived])).toEqual([
      ['1/6', false],
      ['5/6', true],
    ]);
  });
});

describe('chart choice: ranking and restraint', () => {
  it('ranks before-after > vs-nation > bars > gauge > ring', () => {
    expect(chartRanking).toEqual(['before-after', 'vs-nation', 'bars', 'gauge', 'ring']);
    const all = [...childcare(), ...gdpGrowth(), ...greening(), airQuality(), exportShare()];
    const without = (drop: string[]) => all.filter((f) => !drop.includes(f.key));
    expect(chooseChart(all, context)?.kind).toBe('before-after');
    expect(chooseChart(without(['before', 'after']), context)?.kind).toBe('vs-nation');
    expect(chooseChart(without(['before', 'after', 'gdp', 'gap', 'nation']), context)?.kind).toBe('bars');
    expect(chooseChart([airQuality(), exportShare()], context)?.kind).toBe('gauge');
    expect(chooseChart([exportShare()], context)?.kind).toBe('ring');
  });

  it('draws nothing when nothing fits: no decorative chart', () => {
    expect(chooseChart([], context)).toBeNull();
    expect(chooseChart([makeFigure({ key: 'airports', valueText: '46', label: '民用机场' })], context)).toBeNull();
  });

  it('never draws a rank or a bound, even in a relation', () => {
    const rankBefore = makeFigure({ key: 'r0', kind: 'rank', valueText: '3', unit: '', relations: [{ type: 'before-after', role: 'before', otherKey: 'r1' }] });
    const rankAfter = makeFigure({ key: 'r1', kind: 'rank', valueText: '2', unit: '', relations: [{ type: 'before-after', role: 'after', otherKey: 'r0' }] });
    const bound = makeFigure({ key: 'b', kind: 'qualitative', valueText: '两位数', value: 10, unit: '' });
    expect(chooseChart([rankBefore, rankAfter, bound], context)).toBeNull();
  });

  it('keeps a qualified value (以上, 突破) charted under its own key', () => {
    const chart = chooseChart(childcare(), context);
    expect(pointsOf(chart).find((p) => p.figureKey === 'after')?.valueText).toBe('4.5');
  });
});

describe('the rest of a share', () => {
  it.each([
    ['percent', '60', '40', 40],
    ['percent', '90.6', '9.4', 9.4],
    ['percent', '33.33', '66.67', 66.67],
    ['fraction', '2/3', '1/3', 1 / 3],
    ['fraction', '1/6', '5/6', 5 / 6],
  ] as const)('%s %s → %s', (kind, valueText, restText, restValue) => {
    expect(restOf({ kind, valueText })).toEqual({ valueText: restText, value: restValue });
  });

  it('has none for a whole, or for a value written in words', () => {
    expect(restOf({ kind: 'percent', valueText: '100' })).toBeNull();
    expect(restOf({ kind: 'percent', valueText: '九成' })).toBeNull();
    expect(restOf({ kind: 'fraction', valueText: '3/2' })).toBeNull();
  });
});
