import type { Db } from '../store/connection';
import { getBriefingSummary, listBriefings } from '../store/queries/briefings';
import { loadEditedDeck } from './edits/service';
import type { Deck } from '../../shared/deck';

/** The one place the deck meets the store (the rest of deck/ is pure): reading a briefing into a deck. */

/**
 * The deck of a stored briefing as presented: the generated deck with its notes, and the presenter's edits
 * laid over it (edits/); null when there is no such briefing. It only reads.
 */
export function loadDeck(db: Db, briefingId: number): Deck | null {
  if (!getBriefingSummary(db, briefingId)) return null;
  return loadEditedDeck(db, briefingId).deck;
}

/** The briefing the app opens: the one asked for while it still exists, else the first of the store; null when empty. */
export function openingBriefingId(db: Db, asked?: number): number | null {
  if (asked !== undefined && getBriefingSummary(db, asked)) return asked;
  return listBriefings(db)[0]?.id ?? null;
}

/**
 * Where a briefing resumes: the remembered slide, or the last one when it points past the end (a position
 * saved by an app that split the deck differently); null when it was never shown.
 */
export function resumePosition(lastSlide: number | null, slideCount: number): number | null {
  return lastSlide === null ? null : Math.min(lastSlide, Math.max(slideCount - 1, 0));
}
