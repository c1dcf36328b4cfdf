import type { ChartSpec } from '../../../../main/shared/deck';
import type { ChartOption } from '../echarts';
import { columnsOption } from './columns';
import { accentMark, slateMark } from './common';

export type VsNationSpec = Extract<ChartSpec, { kind: 'vs-nation' }>;

/** The region against the nation (GDP 增速 6.1% vs 5.5%): region in the accent, nation in slate (hatched when 推算). */
export function vsNationOption(spec: VsNationSpec, animate: boolean): ChartOption {
  return columnsOption(
    [
      { point: spec.region, colors: accentMark, emphasis: true },
      { point: spec.nation, colors: slateMark, emphasis: false },
    ],
    animate,
  );
}
