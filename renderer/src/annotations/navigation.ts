import { focusPassage, type Passage, type PassageFocusStore } from './passage-focus';

/**
 * Going somewhere from a note or a search result is done through the address, as a reader would: `#/N`
 * makes the deck (or the app, from the source view) show slide N; `#/source` opens the report text.
 * `replace` keeps the Back button's history as the deck keeps it: one entry, not one per jump.
 */
export function goToSlide(index: number): void {
  window.location.replace(`#/${index + 1}`);
}

export function goToPassage(focus: PassageFocusStore, passage: Passage): void {
  focusPassage(focus, passage);
  if (window.location.hash !== '#/source') window.location.replace('#/source');
}
