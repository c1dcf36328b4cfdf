import type { Db } from '../store/connection';
import { getBriefingSummary, listBriefings } from '../store/queries/briefings';
import type { StoredBriefing } from '../../shared/briefing';
import { insertMissingReportNotes, listSlideNotes } from '../store/queries/deck';
import type { StoredFigure } from '../../shared/figure';
import { slideIdsOf } from './build';
import { loadEditedDeck } from './edits/service';
import { defaultNotes } from './notes';
import type { Deck } from '../../shared/deck';
import { inTransaction } from '../store/transaction';

/**
 * The one place the deck meets the store (the rest of deck/ is pure): reading a briefing into a deck, and
 * storing its notes when a report is imported.
 */

/**
 * Store the report's notes for every slide of the deck that has none yet: all of them right after import,
 * and, for a briefing imported before notes existed (or a slide a newer app adds), the missing ones on first
 * build. Notes already there, above all the presenter's own, are left alone. Returns how many were added,
 * and the deck's length (the importer records it, and need not plan the deck a second time to know it).
 */
export function storeReportNotes(
  db: Db,
  briefing: StoredBriefing,
  figures: readonly StoredFigure[],
  now: Date,
): { added: number; slideCount: number } {
  const stored = listSlideNotes(db, briefing.id);
  const slideIds = slideIdsOf(briefing, figures);
  const missing = slideIds.filter((id) => !stored.has(id));
  if (missing.length === 0) return { added: 0, slideCount: slideIds.length };
  const added = inTransaction(db, () => insertMissingReportNotes(db, briefing.id, defaultNotes(briefing, missing), now.toISOString()));
  return { added, slideCount: slideIds.length };
}

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
