import type { FigureCard, Slide } from '../../../main/shared/deck';

/** Look-ups over the deck that the annotation views need: slide positions, titles and figure cards by key. */
export interface DeckIndex {
  readonly slides: readonly Slide[];
  /** 0-based position of each slide id (what `#/N` is built from). */
  readonly slideIndexById: ReadonlyMap<string, number>;
  readonly figureByKey: ReadonlyMap<string, { readonly card: FigureCard; readonly slideId: string }>;
}

export function indexDeck(slides: readonly Slide[]): DeckIndex {
  const slideIndexById = new Map<string, number>();
  const figureByKey = new Map<string, { card: FigureCard; slideId: string }>();
  slides.forEach((slide, index) => {
    slideIndexById.set(slide.id, index);
    if (slide.kind !== 'content') return;
    // A figure may be shown twice (a card and a chart point); the card on the first slide is where it lives.
    for (const card of slide.cards) if (!figureByKey.has(card.figureKey)) figureByKey.set(card.figureKey, { card, slideId: slide.id });
  });
  return { slides, slideIndexById, figureByKey };
}
