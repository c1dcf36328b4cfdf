import type { ChartSpec } from '../../../../main/core/deck/types';
import type { ChartOption, PieSeriesOption } from '../echarts';
import { animationSettings, chartFont, palette } from '../theme';
import { accentMark, labelRich, markStyle, richSafe, slateMark, valueLabel } from './common';

export type RingSpec = Extract<ChartSpec, { kind: 'ring' }>;

/** Parts of a whole (a share and the rest): the share in the accent, the rest slate (hatched when 推算). */
export function ringOption(spec: RingSpec, animate: boolean): ChartOption {
  const data: PieSeriesOption['data'] = spec.points.map((point, i) => ({
    value: point.value,
    name: point.label,
    itemStyle: {
      // The derived rest of a whole is most of the ring: hatched more faintly, so the share stays the figure.
      ...markStyle(i === 0 ? accentMark : slateMark, point.derived, palette.ringHatch),
      borderColor: point.derived ? (i === 0 ? palette.accent : palette.slate) : palette.panel,
      borderWidth: point.derived ? 3 : 4,
    },
    label: { formatter: `{n|${richSafe(point.label)}}\n${valueLabel(point, i === 0 ? 'va' : 'v')}` },
  }));
  return {
    ...animationSettings(animate),
    textStyle: { fontFamily: chartFont, color: palette.ink },
    series: [
      {
        type: 'pie',
        radius: ['46%', '70%'],
        center: ['50%', '52%'],
        startAngle: 90,
        clockwise: true,
        avoidLabelOverlap: true,
        label: { show: true, position: 'outside', rich: labelRich, alignTo: 'none', bleedMargin: 8 },
        labelLine: { show: true, length: 24, length2: 24, lineStyle: { color: palette.inkSoft, width: 2 } },
        emphasis: { disabled: true },
        data,
        silent: true,
      },
    ],
  };
}
