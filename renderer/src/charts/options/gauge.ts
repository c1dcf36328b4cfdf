import type { ChartSpec } from '../../../../main/shared/deck';
import type { ChartOption } from '../echarts';
import { animationSettings, chartFont, chartSizes, palette } from '../theme';
import { derivedNote, markStyle, accentMark, pointText, richSafe } from './common';

export type GaugeSpec = Extract<ChartSpec, { kind: 'gauge' }>;

/** A rate against 100 % (空气质量优良天数比例 90.6%): a three-quarter arc, the stored value in its centre. */
export function gaugeOption(spec: GaugeSpec, animate: boolean): ChartOption {
  const { point } = spec;
  const max = point.value > 100 ? point.value : 100;
  const detail = point.derived
    ? `{g|${richSafe(pointText(point))}}\n{d|${richSafe(derivedNote)}}`
    : `{g|${richSafe(pointText(point))}}`;
  const arc = markStyle(accentMark, point.derived);
  return {
    ...animationSettings(animate),
    textStyle: { fontFamily: chartFont, color: palette.ink },
    series: [
      {
        type: 'gauge',
        min: 0,
        max,
        startAngle: 225,
        endAngle: -45,
        radius: '86%',
        center: ['50%', '54%'],
        progress: { show: true, width: 44, roundCap: false, itemStyle: arc },
        axisLine: { lineStyle: { width: 44, color: [[1, palette.track]] } },
        pointer: { show: false },
        anchor: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        title: {
          // The panel's caption already names the measure; only a different label is printed here.
          show: point.label !== spec.title,
          offsetCenter: [0, '58%'],
          fontFamily: chartFont,
          fontSize: chartSizes.axisLabel,
          color: palette.inkSoft,
          width: 360,
          overflow: 'break',
          lineHeight: 38,
        },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, point.label !== spec.title ? '2%' : '8%'],
          formatter: detail,
          rich: {
            g: { fontFamily: chartFont, fontSize: chartSizes.gaugeValue, fontWeight: 700, color: palette.accent, lineHeight: 110 },
            d: { fontFamily: chartFont, fontSize: chartSizes.derivedNote, color: palette.inkSoft, lineHeight: 36 },
          },
        },
        data: [{ value: point.value, name: point.label }],
        silent: true,
      },
    ],
  };
}
