import type { StoredBriefing } from '../../shared/briefing';
import type { Db } from '../store/connection';
import { listSlideNotes } from '../store/queries/deck';
import { defaultNotes } from './notes';

/**
 * The notes of a briefing's slides by slide id: those stored, and for a slide without any (a briefing
 * imported before notes existed, a slide a newer app adds) the report's own text, worked out here and not
 * written, so reading a deck never writes.
 */
export function notesOfBriefing(db: Db, briefing: StoredBriefing, slideIds: readonly string[]): Map<string, readonly string[]> {
  const stored = listSlideNotes(db, briefing.id);
  const notes = new Map<string, readonly string[]>(defaultNotes(briefing, slideIds.filter((id) => !stored.has(id))));
  for (const [id, note] of stored) notes.set(id, note.body);
  return notes;
}
