import type { DeckController } from '../engine';

/** `#/N` for the audience, `#/presenter/N` for the presenter view; N is 1-based. */
export type HashPrefix = '#/' | '#/presenter/';

/** The 0-based slide in `hash` when it is of this prefix's form, else null. */
export function slideFromHash(hash: string, prefix: HashPrefix): number | null {
  if (!hash.startsWith(prefix)) return null;
  const rest = hash.slice(prefix.length);
  if (!/^\d{1,6}$/.test(rest)) return null;
  return Math.max(1, Number(rest)) - 1;
}

export interface HashOptions {
  readonly prefix: HashPrefix;
  /** The window whose address bar is kept in step (passed in so tests can use a stand-in). */
  readonly location: Pick<Location, 'hash'>;
  readonly history: Pick<History, 'replaceState'>;
  readonly events: EventTarget;
}

/**
 * Keeps the address in step with the slide so a reload or a copied link opens the same slide. It uses
 * replaceState: a talk of 40 slides should not leave 40 entries for the Back button.
 */
export function hashController(options: HashOptions): DeckController {
  return {
    id: 'hash',
    setup(deck) {
      const write = (index: number): void => {
        const hash = `${options.prefix}${index + 1}`;
        if (options.location.hash !== hash) options.history.replaceState(null, '', hash);
      };
      write(deck.getState().index);
      const unsubscribe = deck.subscribe((state, previous) => {
        if (state.index !== previous.index) write(state.index);
      });
      // Someone edited the address by hand: follow it.
      const onHashChange = (): void => {
        const index = slideFromHash(options.location.hash, options.prefix);
        if (index !== null && index !== deck.getState().index) deck.goTo(index);
      };
      options.events.addEventListener('hashchange', onHashChange);
      return () => {
        unsubscribe();
        options.events.removeEventListener('hashchange', onHashChange);
      };
    },
  };
}
