import type { ChartSpec } from '../../../../main/shared/deck';
import type { BarSeriesOption, ChartOption } from '../echarts';
import { animationSettings, chartFont, chartSizes, palette } from '../theme';
import { categoryLabel, derivedNote, estimateTextWidth, labelRich, markStyle, navyMark, pointText, valueLabel } from './common';

export type BarsSpec = Extract<ChartSpec, { kind: 'bars' }>;

/**
 * Several efforts in one unit (造林 / 种草 / 防沙治沙, 万亩): horizontal bars in the report's order, top to
 * bottom, each with its stored value at the end of the bar.
 */
export function barsOption(spec: BarsSpec, animate: boolean): ChartOption {
  const labelWidth = Math.max(
    ...spec.points.map((p) =>
      Math.max(estimateTextWidth(pointText(p), chartSizes.dataLabel), p.derived ? estimateTextWidth(derivedNote, chartSizes.derivedNote) : 0),
    ),
  );
  const categoryWidth = Math.min(260, Math.max(...spec.points.map((p) => estimateTextWidth(p.label, chartSizes.axisLabel) + 12)));
  const data: BarSeriesOption['data'] = spec.points.map((point) => ({
    value: point.value,
    name: point.label,
    itemStyle: markStyle(navyMark, point.derived),
    label: { formatter: valueLabel(point) },
  }));
  return {
    ...animationSettings(animate),
    textStyle: { fontFamily: chartFont, color: palette.ink },
    grid: { left: 16, right: labelWidth + 36, top: 16, bottom: 16 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: spec.points.map((p) => p.label),
      axisLine: { show: true, lineStyle: { color: palette.inkSoft, width: 2 } },
      axisTick: { show: false },
      axisLabel: categoryLabel(categoryWidth),
    },
    xAxis: { type: 'value', min: 0, show: false, splitLine: { show: false } },
    series: [
      {
        type: 'bar',
        data,
        barMaxWidth: 96,
        barCategoryGap: '38%',
        label: { show: true, position: 'right', distance: 16, rich: labelRich },
        emphasis: { disabled: true },
        silent: true,
      },
    ],
  };
}
