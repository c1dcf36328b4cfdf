import type { Db } from '../store/connection';
import { getBriefing, getBriefingSummary, listBriefings } from '../store/queries/briefings';
import type { StoredBriefing } from '../../shared/briefing';
import { insertMissingReportNotes, listSlideNotes } from '../store/queries/deck';
import { listFiguresOfBriefing } from '../store/queries/figures';
import type { StoredFigure } from '../../shared/figure';
import { buildDeck, slideIdsOf } from './build';
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
 * The deck of a stored briefing with its notes; null when there is no such briefing. It only reads: a slide
 * without stored notes (a briefing imported before notes existed, a slide a newer app adds) shows the
 * report's own text, worked out here and not written, so serving a page or opening a deck never writes.
 */
export function loadDeck(db: Db, briefingId: number): Deck | null {
  const briefing = getBriefing(db, briefingId);
  if (!briefing) return null;
  const figures = listFiguresOfBriefing(db, briefingId);
  const stored = listSlideNotes(db, briefingId);
  const missing = slideIdsOf(briefing, figures).filter((id) => !stored.has(id));
  const notes = new Map<string, readonly string[]>(defaultNotes(briefing, missing));
  for (const [id, note] of stored) notes.set(id, note.body);
  return buildDeck(briefing, figures, notes);
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
