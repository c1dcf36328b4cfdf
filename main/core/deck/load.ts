import type { Db } from '../store/connection';
import { getBriefing, type StoredBriefing } from '../store/queries/briefings';
import { insertMissingReportNotes, listSlideNotes } from '../store/queries/deck';
import { listFiguresOfBriefing, type StoredFigure } from '../store/queries/figures';
import { buildDeck, slideIdsOf } from './build';
import { defaultNotes } from './notes';
import type { Deck } from './types';

/**
 * The one place the deck meets the store (the rest of deck/ is pure): reading a briefing into a deck and
 * keeping its notes stored.
 */

/**
 * Store the report's notes for every slide of the deck that has none yet: all of them right after import,
 * and, for a briefing imported before notes existed (or a slide a newer app adds), the missing ones on first
 * build. Notes already there, above all the presenter's own, are left alone. Returns how many were added.
 */
export function storeReportNotes(db: Db, briefing: StoredBriefing, figures: readonly StoredFigure[], now: Date): number {
  const stored = listSlideNotes(db, briefing.id);
  const missing = slideIdsOf(briefing, figures).filter((id) => !stored.has(id));
  if (missing.length === 0) return 0;
  return db.transaction(() =>
    insertMissingReportNotes(db, briefing.id, defaultNotes(briefing, missing), now.toISOString()),
  )();
}

/** The deck of a stored briefing with its stored notes; null when there is no such briefing. */
export function loadDeck(db: Db, briefingId: number, now: () => Date = () => new Date()): Deck | null {
  const briefing = getBriefing(db, briefingId);
  if (!briefing) return null;
  const figures = listFiguresOfBriefing(db, briefingId);
  storeReportNotes(db, briefing, figures, now());
  const notes = new Map([...listSlideNotes(db, briefingId)].map(([id, stored]) => [id, stored.body]));
  return buildDeck(briefing, figures, notes);
}
