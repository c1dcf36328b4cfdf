import type { DeckController } from '../engine';

/**
 * The app's addresses: `#/N` the deck on slide N (1-based), `#/presenter/N` the presenter view, `#/source`
 * the report text, `#/edit` the editing view, `#/library` the library of briefings, `#/print/slides` and `#/print/handout` the pages
 * printed to PDF (`?briefing=ID` names the briefing, else the one open; main/shared/print.ts builds them).
 * A slide number that is not one (none, `#/`, `#/abc`) is null: resume where the briefing was left; `#/0`
 * reads as the first slide.
 */
export type Route =
  | { readonly view: 'deck'; readonly slide: number | null }
  | { readonly view: 'presenter'; readonly slide: number | null }
  | { readonly view: 'source' }
  | { readonly view: 'edit' }
  | { readonly view: 'library' }
  | { readonly view: 'print'; readonly kind: 'slides' | 'handout'; readonly briefingId: number | null };

/**
 * The one reading of an address, for the app, the hash controller and the first-paint script alike. It is
 * self-contained (it uses nothing but its parameter) because the first-paint script carries its source text
 * into the served page: the script then reads addresses exactly as the app does.
 */
export function parseRoute(hash: string): Route {
  const slide = (digits: string): number | null => (/^\d{1,6}$/.test(digits) ? Math.max(1, Number(digits)) - 1 : null);
  if (hash === '#/source') return { view: 'source' };
  if (hash === '#/library') return { view: 'library' };
  if (hash === '#/edit') return { view: 'edit' };
  const print = /^#\/print\/(slides|handout)(?:\?briefing=(\d{1,15}))?$/.exec(hash);
  if (print) return { view: 'print', kind: print[1] === 'handout' ? 'handout' : 'slides', briefingId: print[2] ? Number(print[2]) : null };
  if (hash.startsWith('#/presenter')) return { view: 'presenter', slide: hash.startsWith('#/presenter/') ? slide(hash.slice('#/presenter/'.length)) : null };
  return { view: 'deck', slide: hash.startsWith('#/') ? slide(hash.slice('#/'.length)) : null };
}

/** `#/N` for the audience, `#/presenter/N` for the presenter view; N is 1-based. */
export type HashPrefix = '#/' | '#/presenter/';

/** The 0-based slide in `hash` when it is an address of this prefix's view, else null. */
export function slideFromHash(hash: string, prefix: HashPrefix): number | null {
  const route = parseRoute(hash);
  const view = prefix === '#/' ? 'deck' : 'presenter';
  return route.view === view ? route.slide : null;
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
