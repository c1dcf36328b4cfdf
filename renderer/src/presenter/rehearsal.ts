/**
 * A rehearsal turned into the deck's time budget: the time spent on each shown slide, rounded to half
 * minutes, as one list of `minutes` edits (sent in one deck:applyEdits call, so one undo undoes it).
 */
import type { Slide } from '../../../main/shared/deck';
import { deckEditLimits, type DeckEdit } from '../../../main/shared/deck-edits';

/** Less than this on a slide is passing it by, not presenting it: such a slide gets no budget. */
export const passedByMs = 5_000;

/** Rehearsed time → budget minutes: to the nearest half minute, at least half a minute; null when passed by. */
export function rehearsedMinutes(ms: number): number | null {
  if (!(ms >= passedByMs)) return null;
  const halves = Math.max(1, Math.round(ms / 30_000));
  return Math.min(deckEditLimits.maxMinutes, halves / 2);
}

/** The `minutes` edits a rehearsal sets: one per shown slide it spent time on, in deck order. */
export function rehearsalEdits(slides: readonly Slide[], spent: Readonly<Record<string, number>>): DeckEdit[] {
  return slides.flatMap((slide): DeckEdit[] => {
    if (slide.hidden === true || slide.key === undefined) return [];
    const minutes = rehearsedMinutes(spent[slide.key] ?? 0);
    return minutes === null ? [] : [{ op: 'minutes', key: slide.key, minutes }];
  });
}
