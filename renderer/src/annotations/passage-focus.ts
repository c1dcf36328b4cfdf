import { createStateStore, type StateStore } from '../ui/state-store';

/** A passage of the report to show in the source view: a paragraph and the span in it to highlight. */
export interface Passage {
  readonly paragraphId: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The passage a search result (or a note) asked for. It outlives the change of view (#/N → #/source), so
 * the source view, once loaded, scrolls to it; `request` counts asks, so asking twice scrolls again.
 */
export type PassageFocusStore = StateStore<{ readonly passage: Passage | null; readonly request: number }>;

export function createPassageFocus(): PassageFocusStore {
  return createStateStore<{ readonly passage: Passage | null; readonly request: number }>({ passage: null, request: 0 });
}

export function focusPassage(store: PassageFocusStore, passage: Passage): void {
  store.setState(({ request }) => ({ passage, request: request + 1 }));
}
