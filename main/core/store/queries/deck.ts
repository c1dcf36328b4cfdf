import type { Db } from '../connection';

/** Where a slide's notes came from: the report's own text, or the presenter's edit. */
export type NoteOrigin = 'report' | 'user';

export interface StoredSlideNotes {
  readonly slideId: string;
  readonly body: string[];
  readonly origin: NoteOrigin;
  readonly updatedAt: string;
}

interface NotesRow {
  slideId: string;
  bodyJson: string;
  origin: NoteOrigin;
  updatedAt: string;
}

/** All stored notes of a briefing, by slide id. */
export function listSlideNotes(db: Db, briefingId: number): Map<string, StoredSlideNotes> {
  const rows = db
    .prepare(
      `SELECT slide_id AS slideId, body_json AS bodyJson, origin, updated_at AS updatedAt
       FROM slide_notes WHERE briefing_id = ? ORDER BY slide_id`,
    )
    .all(briefingId) as NotesRow[];
  return new Map(
    rows.map((row) => [
      row.slideId,
      { slideId: row.slideId, body: JSON.parse(row.bodyJson) as string[], origin: row.origin, updatedAt: row.updatedAt },
    ]),
  );
}

/** Write one slide's notes, replacing whatever was there. */
export function upsertSlideNotes(
  db: Db,
  briefingId: number,
  slideId: string,
  body: readonly string[],
  origin: NoteOrigin,
  updatedAt: string,
): void {
  db.prepare(
    `INSERT INTO slide_notes (briefing_id, slide_id, body_json, origin, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (briefing_id, slide_id)
     DO UPDATE SET body_json = excluded.body_json, origin = excluded.origin, updated_at = excluded.updated_at`,
  ).run(briefingId, slideId, JSON.stringify(body), origin, updatedAt);
}

/** The slide (0-based) the presenter was last on, or null when the briefing was never shown. */
export function getLastSlide(db: Db, briefingId: number): number | null {
  const value = db.prepare('SELECT last_slide FROM briefing_state WHERE briefing_id = ?').pluck().get(briefingId) as
    | number
    | undefined;
  return value ?? null;
}

export function setLastSlide(db: Db, briefingId: number, slide: number, updatedAt: string): void {
  db.prepare(
    `INSERT INTO briefing_state (briefing_id, last_slide, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (briefing_id) DO UPDATE SET last_slide = excluded.last_slide, updated_at = excluded.updated_at`,
  ).run(briefingId, slide, updatedAt);
}

/**
 * What a briefing's deck is built from, as one string that changes whenever the deck may: its title, its
 * source (a re-import), its stored notes and its deck edits (where their undo history stands). A cached drawing of the deck (the first-paint document) is
 * kept while this stays the same, so whatever comes to shape a deck later must be added here. Null when
 * there is no such briefing.
 */
export function deckStamp(db: Db, briefingId: number): string | null {
  const row = db
    .prepare(
      `SELECT title, source_sha256, imported_at,
              (SELECT count(*) FROM slide_notes WHERE briefing_id = briefings.id),
              (SELECT max(updated_at) FROM slide_notes WHERE briefing_id = briefings.id),
              (SELECT applied_batch || '@' || updated_at FROM deck_edit_cursor WHERE briefing_id = briefings.id)
       FROM briefings WHERE id = ?`,
    )
    .raw()
    .get(briefingId) as unknown[] | undefined;
  return row ? JSON.stringify(row) : null;
}
