import type { ContentSlide } from './deck';

/**
 * How a content slide is arranged, decided once for the app's slides and the exported PowerPoint: key
 * sentences when it has no figures; cards alone in a grid; the chart beside a column of up to three cards;
 * or the chart beside a two-column grid of four to six.
 */
export type ContentLayout = 'points' | 'cards' | 'chart' | 'chart-cards' | 'chart-grid';

export function contentLayout(slide: Pick<ContentSlide, 'cards' | 'chart'>): ContentLayout {
  const cards = slide.cards.length;
  if (!slide.chart) return cards === 0 ? 'points' : 'cards';
  if (cards === 0) return 'chart';
  return cards <= 3 ? 'chart-cards' : 'chart-grid';
}

/** Columns of the card grid without a chart: 1–3 in a row, 4 as 2×2, 5–6 as 3×2. */
export function gridColumns(count: number): number {
  if (count <= 3) return Math.max(1, count);
  return count === 4 ? 2 : 3;
}

/** Columns of the cards in a layout: the grid's without a chart, two beside a chart with four or more, else one. */
export function cardColumns(layout: ContentLayout, count: number): number {
  return layout === 'cards' ? gridColumns(count) : layout === 'chart-grid' ? 2 : 1;
}
