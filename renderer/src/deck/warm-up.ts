import type { Slide } from '../../../main/shared/deck';
import { warmUpCharts } from '../charts/warm-up';
import { whenIdle } from '../ui/idle';
import { distinctCharacters, loadTypefaceFor } from '../ui/typeface';

/** Long enough for every file of the typeface the deck needs, from local disk; the load goes on regardless. */
const typefaceWaitMs = 15_000;

/** Every character the deck's slides show (speaker notes aside: the presenter view loads those as it needs them). */
export function deckCharacters(slides: readonly Slide[]): string {
  return distinctCharacters(JSON.stringify(slides.map(({ notes: _notes, ...shown }) => shown)));
}

/**
 * Once the first slide is on screen, when the browser is idle: load every file of the typeface the deck's
 * text needs, then draw each kind of chart once off screen. Otherwise each step to a slide with new
 * characters loads a few files, and until they arrive every slide laid out meanwhile goes through the slow
 * fallback search for Chinese fonts and refits when they land; and the first chart drawn takes several
 * times as long as the next: long tasks in the middle of a talk.
 */
export function warmUpDeck(slides: readonly Slide[]): () => void {
  let cancelCharts = (): void => undefined;
  const cancelIdle = whenIdle(() => {
    void loadTypefaceFor(deckCharacters(slides), typefaceWaitMs).then(() => {
      cancelCharts = warmUpCharts(slides.flatMap((slide) => (slide.kind === 'content' && slide.chart ? [slide.chart] : [])));
    });
  });
  return () => {
    cancelIdle();
    cancelCharts();
  };
}
