import { barsChart } from './chart-lists';
import { pointOf, type ChartFigure } from './chart-point';
import { gaugeChart, ringChart } from './chart-shares';
import type { ChartSpec } from '../../shared/deck';

/**
 * One chart per content slide, chosen from what the slide's figures say about each other, never added for
 * decoration. When several fit, the most telling wins: a change over time, then a comparison with the
 * nation, then a list of efforts, then a single rate, then a share of a whole. Every point is a stored figure
 * (key, valueText and value as stored) or a value derived from one and flagged `derived`.
 */

export type { ChartFigure } from './chart-point';

export interface ChartContext {
  /** The region the report is about (内蒙古), used to label its side of a comparison with the nation. */
  readonly region: string | null;
}

/** The order in which candidates are tried; the first that fits is the slide's chart. */
export const chartRanking = ['before-after', 'vs-nation', 'bars', 'gauge', 'ring'] as const satisfies readonly ChartSpec['kind'][];

export function chooseChart(figures: readonly ChartFigure[], context: ChartContext): ChartSpec | null {
  return fittingCharts(figures, context)[0] ?? null;
}

/**
 * Every chart the figures support, most telling first: what a presenter may choose from instead of the
 * generated one (deck edits). The first is the one chooseChart picks.
 */
export function fittingCharts(figures: readonly ChartFigure[], context: ChartContext): ChartSpec[] {
  const ordered = [...figures].sort((a, b) => a.index - b.index).filter(isChartable);
  const candidates: Record<ChartSpec['kind'], () => ChartSpec | null> = {
    'before-after': () => beforeAfterChart(ordered),
    'vs-nation': () => vsNationChart(ordered, context),
    bars: () => barsChart(ordered),
    gauge: () => gaugeChart(ordered),
    ring: () => ringChart(ordered),
  };
  return chartRanking.flatMap((kind) => candidates[kind]() ?? []);
}

/** A rank (第一) or a bound (两位数) has no magnitude a chart could honestly draw. */
function isChartable(figure: ChartFigure): boolean {
  return figure.kind !== 'rank' && figure.kind !== 'qualitative' && Number.isFinite(figure.value);
}

function beforeAfterChart(figures: readonly ChartFigure[]): ChartSpec | null {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  for (const figure of figures) {
    for (const relation of figure.relations) {
      if (relation.type !== 'before-after') continue;
      const other = byKey.get(relation.otherKey);
      // The pair may be recorded on either side; read it from whichever figure comes first.
      const [before, after] = relation.role === 'after' ? [other, figure] : [figure, other];
      if (!before || !after || before.unit !== after.unit) continue;
      // A value stated without a period is the report's present (达5615.3亿元, 较2020年增长…).
      let [beforeLabel, afterLabel] = [before.period ?? '此前', after.period ?? '现在'];
      if (beforeLabel === afterLabel) [beforeLabel, afterLabel] = ['此前', '现在'];
      return {
        kind: 'before-after',
        title: after.label,
        unit: after.unit,
        points: [pointOf(before, beforeLabel), pointOf(after, afterLabel)],
      };
    }
  }
  return null;
}

function vsNationChart(figures: readonly ChartFigure[], { region }: ChartContext): ChartSpec | null {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  for (const local of figures) {
    if (local.derived) continue;
    for (const relation of local.relations) {
      if (relation.type !== 'vs-nation' || relation.nationKey === null) continue;
      const nation = byKey.get(relation.nationKey);
      if (!nation || nation.unit !== local.unit) continue;
      return {
        kind: 'vs-nation',
        title: local.label,
        unit: local.unit,
        region: pointOf(local, region ?? '本地区'),
        nation: pointOf(nation, '全国'),
      };
    }
  }
  return null;
}

