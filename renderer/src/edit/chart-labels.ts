import type { ChartChoice } from '../../../main/shared/deck-edits';

/** The chart kinds as the editing view offers them. */
export const chartLabel: Readonly<Record<ChartChoice, string>> = {
  'before-after': '前后对比',
  bars: '柱状对比',
  'vs-nation': '与全国对比',
  gauge: '完成度（仪表）',
  ring: '占比（环形）',
  none: '不显示图表',
};
