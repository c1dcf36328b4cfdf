import type { ChartPoint, ChartSpec, Slide } from './deck';

/** Every point a chart draws, in drawing order (a derived rest of a ring carries its share's figure key). */
export function chartPoints(spec: ChartSpec): readonly ChartPoint[] {
  switch (spec.kind) {
    case 'vs-nation':
      return [spec.region, spec.nation];
    case 'gauge':
      return [spec.point];
    default:
      return spec.points;
  }
}

/** Keys of the figures a chart draws. */
export function chartedKeys(chart: ChartSpec | null): Set<string> {
  return new Set(chart ? chartPoints(chart).map((point) => point.figureKey) : []);
}

/** Keys of the figures a slide shows, once each: its cards first, then its chart's. */
export function figureKeysOfSlide(slide: Slide): string[] {
  if (slide.kind !== 'content') return [];
  return [...new Set([...slide.cards.map((card) => card.figureKey), ...chartedKeys(slide.chart)])];
}
