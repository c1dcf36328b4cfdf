import type { ChartSpec } from '../../../../main/shared/deck';
import type { ChartOption } from '../echarts';
import { columnsOption } from './columns';
import { accentMark, slateMark } from './common';

export type BeforeAfterSpec = Extract<ChartSpec, { kind: 'before-after' }>;

/** Before → after of one measure (托位数 0.8个 → 4.5个): earlier values in slate, the latest in the accent. */
export function beforeAfterOption(spec: BeforeAfterSpec, animate: boolean): ChartOption {
  const last = spec.points.length - 1;
  return columnsOption(
    spec.points.map((point, i) => ({
      point,
      colors: i === last ? accentMark : slateMark,
      emphasis: i === last,
    })),
    animate,
  );
}
