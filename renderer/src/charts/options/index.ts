import type { ChartSpec } from '../../../../main/shared/deck';
import type { ChartOption } from '../echarts';
import { barsOption } from './bars';
import { beforeAfterOption } from './beforeAfter';
import { pointStatement } from './common';
import { gaugeOption } from './gauge';
import { ringKey, ringOption, type RingKeyEntry } from './ring';
import { vsNationOption } from './vsNation';
import { chartPoints } from '../../../../main/shared/chart-points';

export interface BuildOptions {
  /** False → no animation at all (the caller folds in prefers-reduced-motion). */
  readonly animate: boolean;
}

/** The ECharts option for a chart spec: pure, so it can be tested without a browser. */
export function buildChartOption(spec: ChartSpec, { animate }: BuildOptions): ChartOption {
  switch (spec.kind) {
    case 'before-after':
      return beforeAfterOption(spec, animate);
    case 'bars':
      return barsOption(spec, animate);
    case 'vs-nation':
      return vsNationOption(spec, animate);
    case 'gauge':
      return gaugeOption(spec, animate);
    case 'ring':
      return ringOption(spec, animate);
  }
}

/** A text alternative for the canvas: 标题：标签 值，标签 值（推算）. */
export function describeChart(spec: ChartSpec): string {
  const parts = chartPoints(spec).map((p) => `${p.label} ${pointStatement(p)}`);
  return `${spec.title}：${parts.join('，')}`;
}

/** Every text the chart draws, to load the font subsets it needs before the first paint. */
export function chartTexts(spec: ChartSpec): string {
  return [spec.title, ...chartPoints(spec).flatMap((p) => [p.label, p.valueText, p.unit]), '（推算）'].join('');
}

/** The rows of a chart's key set beside it as text, for a chart that draws no words on its canvas (the ring). */
export function chartKey(spec: ChartSpec): RingKeyEntry[] | null {
  return spec.kind === 'ring' ? ringKey(spec) : null;
}
