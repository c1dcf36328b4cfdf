import type { ChartSpec } from '../../shared/deck';
import { pointOf, type ChartFigure } from './chart-point';

/**
 * Percentages drawn against their whole. A rate or attainment (90.6% 优良天数比例, 84.3% 建成率) is read
 * against 100 % on a gauge; a share of a whole (外送占比60%, 1/6) against its rest on a ring.
 */

/** Labels that name a share of a whole rather than a rate. */
const shareLabel = /占|比重|份额/;

/** A percentage: 90.6%, or a word share such as 九成 (value 90), which may carry no unit of its own. */
const isPercentage = (figure: ChartFigure): boolean => figure.kind === 'percent' && (figure.unit === '%' || figure.unit === '');

function isShareOfWhole(figure: ChartFigure): boolean {
  if (figure.derived) return false;
  if (figure.kind === 'fraction') return figure.value > 0 && figure.value < 1;
  return isPercentage(figure) && shareLabel.test(figure.label) && figure.value > 0 && figure.value < 100;
}

export function gaugeChart(figures: readonly ChartFigure[]): ChartSpec | null {
  const rate = figures.find((f) => !f.derived && isPercentage(f) && f.value >= 0 && f.value <= 100 && !isShareOfWhole(f));
  return rate ? { kind: 'gauge', title: rate.label, point: pointOf(rate, rate.label) } : null;
}

export function ringChart(figures: readonly ChartFigure[]): ChartSpec | null {
  for (const share of figures) {
    if (!isShareOfWhole(share)) continue;
    const rest = restOf(share);
    if (!rest) continue;
    return {
      kind: 'ring',
      title: share.label,
      points: [
        pointOf(share, share.label),
        // The rest is not in the report: it is computed from the share, and flagged so it is labelled 推算.
        {
          figureKey: share.key,
          valueText: rest.valueText,
          value: rest.value,
          unit: share.unit,
          derived: true,
          qualifier: restQualifier(share.qualifier),
          label: '其余',
        },
      ],
    };
  }
  return null;
}

/** A bound on the share bounds its rest the other way: 60%以上 leaves 40%以下; 约60% leaves 约40%. */
export function restQualifier(shareQualifier: string | null): string | null {
  if (shareQualifier === '以上' || shareQualifier === '超过' || shareQualifier === '突破' || shareQualifier === '至少') return '以下';
  if (shareQualifier === '以下') return '以上';
  if (shareQualifier === '约' || shareQualifier === '近') return '约';
  return null;
}

/**
 * The complement of a share, written the way the share is written (2/3 → 1/3, 60 → 40, 90.6 → 9.4) and
 * computed in whole units of its last digit so no binary rounding creeps into the text.
 */
export function restOf(share: Pick<ChartFigure, 'kind' | 'valueText'>): { valueText: string; value: number } | null {
  const fraction = /^(\d+)\/(\d+)$/.exec(share.valueText);
  if (share.kind === 'fraction') {
    if (!fraction) return null;
    const [numerator, denominator] = [Number(fraction[1]), Number(fraction[2])];
    if (!(denominator > numerator && numerator > 0)) return null;
    return { valueText: `${denominator - numerator}/${denominator}`, value: (denominator - numerator) / denominator };
  }
  const decimal = /^(\d+)(?:\.(\d+))?$/.exec(share.valueText);
  if (!decimal) return null;
  const places = decimal[2]?.length ?? 0;
  const scale = 10 ** places;
  const restScaled = 100 * scale - Number(`${decimal[1]}${decimal[2] ?? ''}`);
  if (restScaled <= 0) return null;
  const valueText = (restScaled / scale).toFixed(places);
  return { valueText, value: Number(valueText) };
}
