import type { Figure } from '../../shared/figure';
import type { ChartPoint } from '../../shared/deck';
import { isCorrected } from '../../shared/figure-corrections';

/** What a chart needs to know of a figure (a StoredFigure has all of it). */
export type ChartFigure = Pick<
  Figure,
  'key' | 'index' | 'kind' | 'value' | 'valueText' | 'unit' | 'label' | 'period' | 'qualifier' | 'derived' | 'relations' | 'source'
>;

/** A stored figure as a chart point: key, text, value and unit exactly as stored, with an axis label. */
export function pointOf(figure: ChartFigure, label: string): ChartPoint {
  return {
    figureKey: figure.key,
    valueText: figure.valueText,
    value: figure.value,
    unit: figure.unit,
    derived: figure.derived,
    ...(isCorrected(figure) ? { corrected: true } : {}),
    qualifier: figure.qualifier,
    label,
  };
}

