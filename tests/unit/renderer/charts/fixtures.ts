import type { ChartPoint, ChartSpec } from '../../../../main/shared/deck';

export function point(valueText: string, value: number, unit: string, label: string, derived = false): ChartPoint {
  return { figureKey: `${label}-${valueText}`, valueText, value, unit, label, derived };
}

/** Charts as the deck builds them from the seed report (“十四五”成就, 内蒙古). */
export const seedCharts = {
  childcare: {
    kind: 'before-after',
    title: '每千人口拥有3岁以下婴幼儿托位数',
    unit: '个',
    points: [point('0.8', 0.8, '个', '“十三五”末'), point('4.5', 4.5, '个', '现在')],
  },
  retail: {
    kind: 'before-after',
    title: '社会消费品零售总额',
    unit: '亿元',
    points: [point('4760.5', 4760.5, '亿元', '2020年', true), point('5615.3', 5615.3, '亿元', '2024年')],
  },
  greening: {
    kind: 'bars',
    title: '造林、种草、防沙治沙（“十四五”前4年）',
    unit: '万亩',
    points: [point('2202', 2202, '万亩', '造林'), point('8000', 8000, '万亩', '种草'), point('4319', 4319, '万亩', '防沙治沙')],
  },
  gdp: {
    kind: 'vs-nation',
    title: 'GDP年均增速',
    unit: '%',
    region: point('6.1', 6.1, '%', '内蒙古'),
    nation: point('5.5', 5.5, '%', '全国', true),
  },
  air: {
    kind: 'gauge',
    title: '空气质量优良天数比例',
    point: point('90.6', 90.6, '%', '空气质量优良天数比例'),
  },
  power: {
    kind: 'ring',
    title: '外送电量占全国外送电量比重',
    points: [point('1/6', 1 / 6, '', '外送电量占全国'), point('5/6', 5 / 6, '', '其余', true)],
  },
  coal: {
    kind: 'ring',
    title: '煤炭外送占比',
    points: [point('60', 60, '%', '外送占比'), point('40', 40, '%', '其余', true)],
  },
} satisfies Record<string, ChartSpec>;

export const allSeedCharts: readonly [string, ChartSpec][] = Object.entries(seedCharts);
