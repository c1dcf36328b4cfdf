import type { ChartPoint } from '../../../../main/shared/deck';
import type { BarSeriesOption, ChartOption } from '../echarts';
import { animationSettings, chartFont, palette } from '../theme';
import { categoryLabel, labelRich, markStyle, valueLabel, type MarkColors } from './common';

export interface Column {
  readonly point: ChartPoint;
  readonly colors: MarkColors;
  /** Value label in the accent colour (the point the slide is about). */
  readonly emphasis: boolean;
}

/**
 * Vertical bars from zero, one per point, each labelled above with its stored value text (and （推算） when
 * derived). No value axis is drawn: the labels carry the numbers, the bars carry the proportion.
 */
export function columnsOption(columns: readonly Column[], animate: boolean): ChartOption {
  const anyDerived = columns.some((c) => c.point.derived);
  const data: BarSeriesOption['data'] = columns.map(({ point, colors, emphasis }) => ({
    value: point.value,
    name: point.label,
    itemStyle: markStyle(colors, point.derived),
    label: { formatter: valueLabel(point, emphasis ? 'va' : 'v') },
  }));
  return {
    ...animationSettings(animate),
    textStyle: { fontFamily: chartFont, color: palette.ink },
    grid: { left: 24, right: 24, top: anyDerived ? 104 : 72, bottom: 8 },
    xAxis: {
      type: 'category',
      data: columns.map((c) => c.point.label),
      axisLine: { show: true, lineStyle: { color: palette.inkSoft, width: 2 } },
      axisTick: { show: false },
      axisLabel: categoryLabel(columns.length > 3 ? 180 : 260),
    },
    yAxis: { type: 'value', min: 0, show: false, splitLine: { show: false } },
    series: [
      {
        type: 'bar',
        data,
        barMaxWidth: 180,
        barCategoryGap: columns.length > 2 ? '36%' : '48%',
        label: { show: true, position: 'top', distance: 14, rich: labelRich },
        emphasis: { disabled: true },
        silent: true,
      },
    ],
  };
}
