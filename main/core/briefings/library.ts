import { slideIdsOf } from '../deck/build';
import type { Db } from '../store/connection';
import { briefingNotFound, getBriefing } from '../store/queries/briefings';
import { listFiguresOfBriefing } from '../store/queries/figures';
import {
  defaultReportImported,
  getLibraryEntry,
  listLibraryEntries,
  markDeleted,
  purgeDeletedBriefings,
  recordDefaultReportImported,
  recordLibraryFacts,
  renameBriefing,
  unmarkDeleted,
  type StoredLibraryEntry,
} from '../store/queries/library';
import { inTransaction } from '../store/transaction';
import type { LibraryEntry } from '../../shared/library';
import { AppError } from '../../shared/result';
import { ensureDefaultBriefing } from './import';

/** The deck's length of a stored briefing (as many slides as deck:get would give). */
export function countSlides(db: Db, briefingId: number): number {
  const briefing = getBriefing(db, briefingId);
  if (!briefing) throw briefingNotFound(briefingId);
  return slideIdsOf(briefing, listFiguresOfBriefing(db, briefingId)).length;
}

/**
 * The library as listed. A briefing whose importer did not record its deck's length (stored before the
 * library existed, or by an importer that does not) has it worked out here, without writing.
 */
export function listLibrary(db: Db, includeDeleted = false): LibraryEntry[] {
  return listLibraryEntries(db, includeDeleted).map(withSlideCount(db));
}

/** One briefing as the library lists it, deleted or not; NOT_FOUND when the store has no such row. */
export function libraryEntry(db: Db, briefingId: number): LibraryEntry {
  const entry = getLibraryEntry(db, briefingId);
  if (!entry) throw briefingNotFound(briefingId);
  return withSlideCount(db)(entry);
}

const withSlideCount =
  (db: Db) =>
  (entry: StoredLibraryEntry): LibraryEntry => {
    if (entry.slideCount !== null) return { ...entry, slideCount: entry.slideCount };
    // A deleted briefing cannot be read as a deck (it is NOT_FOUND to every reader): it shows no count.
    return { ...entry, slideCount: entry.deletedAt === null ? countSlides(db, entry.id) : 0 };
  };

export function renameLibraryBriefing(db: Db, briefingId: number, title: string, now: Date = new Date()): LibraryEntry {
  return inTransaction(db, () => {
    if (!renameBriefing(db, briefingId, title, now.toISOString())) throw briefingNotFound(briefingId);
    return libraryEntry(db, briefingId);
  });
}

/**
 * Delete a briefing from the library, so that it can still be brought back while the app runs: it is only
 * marked, and every reader treats it as gone. The next start purges it for good (openLibrary).
 */
export function deleteLibraryBriefing(db: Db, briefingId: number, now: Date = new Date()): LibraryEntry {
  return inTransaction(db, () => {
    if (!markDeleted(db, briefingId, now.toISOString())) throw briefingNotFound(briefingId);
    return libraryEntry(db, briefingId);
  });
}

/** Undo a deletion (撤销) while the briefing still awaits its purge. */
export function restoreLibraryBriefing(db: Db, briefingId: number): LibraryEntry {
  return inTransaction(db, () => {
    if (!unmarkDeleted(db, briefingId)) {
      throw new AppError('NOT_FOUND', `编号为 ${briefingId} 的简报不在已删除之列，无法撤销（删除只能在本次使用期间撤销）`);
    }
    return libraryEntry(db, briefingId);
  });
}

/**
 * What the app does with its library when it starts: purge the briefings deleted in the last session (they
 * could be brought back until now), and, in a store that never had it, import the embedded report so a fresh
 * install opens on it. A library someone emptied stays empty. Returns how many briefings were purged.
 */
export function openLibrary(db: Db, defaultReport: { name: string; text: string }, now: () => Date = () => new Date()): number {
  return inTransaction(db, () => {
    const purged = purgeDeletedBriefings(db);
    if (!defaultReportImported(db)) {
      const id = ensureDefaultBriefing(db, defaultReport);
      // The embedded report is UTF-8 Markdown, and read as such.
      if (id !== null) recordLibraryFacts(db, id, { format: 'markdown', encoding: 'utf-8', slideCount: countSlides(db, id) });
      recordDefaultReportImported(db, now().toISOString());
    }
    return purged;
  });
}
