import type { DeckController } from '../engine';

export interface PositionMemoryOptions {
  /** Stores the slide shown (0-based); failures are the caller's to swallow. */
  readonly save: (index: number) => Promise<unknown>;
  /** Wait this long after the last slide change, so skimming through ten slides is one write. */
  readonly delayMs?: number;
  /** Fires when the page is being left, to write a pending change at once. */
  readonly pageEvents?: EventTarget;
}

/** Remembers the last slide shown for this briefing (deck:setPosition), debounced. */
export function positionMemoryController(options: PositionMemoryOptions): DeckController {
  const delay = options.delayMs ?? 600;
  return {
    id: 'position-memory',
    setup(deck) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let pending: number | null = null;
      const flush = (): void => {
        clearTimeout(timer);
        timer = undefined;
        if (pending === null) return;
        const index = pending;
        pending = null;
        // Remembering the slide is a convenience; a failed write must never interrupt the talk.
        options.save(index).catch(() => undefined);
      };
      const unsubscribe = deck.subscribe((state, previous) => {
        if (state.index === previous.index) return;
        pending = state.index;
        clearTimeout(timer);
        timer = setTimeout(flush, delay);
      });
      options.pageEvents?.addEventListener('pagehide', flush);
      return () => {
        unsubscribe();
        options.pageEvents?.removeEventListener('pagehide', flush);
        flush();
      };
    },
  };
}
