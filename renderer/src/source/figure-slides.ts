import type { Slide } from '../../../main/shared/deck';
import { figureKeysOfSlide } from '../../../main/shared/chart-points';

/**
 * Where each figure is shown in the deck: the first slide whose cards or chart carry it (0-based index).
 * A figure the deck does not show (nothing to chart, no room) has no entry.
 */
export function slidesOfFigures(slides: readonly Slide[]): ReadonlyMap<string, number> {
  const where = new Map<string, number>();
  slides.forEach((slide, index) => {
    for (const key of figureKeysOfSlide(slide)) if (!where.has(key)) where.set(key, index);
  });
  return where;
}
