import type { Db } from '../store/connection';
import { getBriefingSummary, listBriefings } from '../store/queries/briefings';
import type { Figure } from '../../shared/figure';
import { sectionFiguresOf, slideIdsBySection, type DeckOutline } from './build';
import { loadEditedDeck } from './edits/service';
import type { Deck } from '../../shared/deck';
import type { ReportModel } from '../../shared/report';

/** The one place the deck meets the store (the rest of deck/ is pure): reading a briefing into a deck. */

/**
 * The length of a report's deck as generated: the importer records it, from the report and the figures it
 * has just stored (grouped by their sections' places in the report, which the rows' ids follow one to one).
 * The report's own notes are not stored with the import: the deck works them out from the report whenever a
 * slide has no stored notes (stored-notes.ts), so only the presenter's own are written — a large report's
 * notes would otherwise be stored twice over (every page of a section carries the whole section).
 */
export function deckLength(report: ReportModel, figures: readonly Figure[]): number {
  const outline: DeckOutline = {
    parts: report.parts.map((part) => ({ sections: part.sections.map((section) => ({ id: section.index })) })),
    closing: report.closing,
  };
  return slideIdsBySection(outline, sectionFiguresOf(figures, (figure) => figure.source.sectionIndex)).length;
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
