import type { Db } from '../connection';
import type { DocumentFormat } from '../../../shared/documents';
import type { LibraryEntry } from '../../../shared/library';
import { defaultReportImportedKey } from '../migrations/0080-library';
import { getSetting, setSetting } from './settings';

/** A library entry as stored: the slide count is null when the importer did not record it. */
export type StoredLibraryEntry = Omit<LibraryEntry, 'slideCount'> & { readonly slideCount: number | null };

/** What the importer of a report file records beside the report. */
export interface LibraryFacts {
  readonly format: DocumentFormat | null;
  readonly encoding: string | null;
  readonly slideCount: number;
}

const entryColumns = `
  b.id AS id, b.uid AS uid, b.title AS title, b.source_name AS sourceName, b.source_sha256 AS sourceSha256,
  b.imported_at AS importedAt, 'urn:sha256:' || b.source_sha256 AS source,
  b.source_format AS sourceFormat, b.source_encoding AS sourceEncoding, b.slide_count AS slideCount,
  b.opened_at AS openedAt, b.deleted_at AS deletedAt,
  (SELECT count(*) FROM sections s WHERE s.briefing_id = b.id) AS sectionCount,
  (SELECT count(*) FROM figures f WHERE f.briefing_id = b.id) AS figureCount,
  (SELECT count(*) FROM annotations a WHERE a.briefing_id = b.id AND a.deleted_at IS NULL) AS annotationCount`;

/**
 * Every briefing of the library, oldest first, with the counts it shows. Deleted ones (awaiting their purge)
 * only when asked, so the library can offer to bring them back.
 */
export function listLibraryEntries(db: Db, includeDeleted: boolean): StoredLibraryEntry[] {
  return db
    .prepare(`SELECT ${entryColumns} FROM briefings b WHERE ? OR b.deleted_at IS NULL ORDER BY b.id`)
    .all(includeDeleted ? 1 : 0) as StoredLibraryEntry[];
}

/** One briefing as the library lists it, deleted or not; null when the store has no such row. */
export function getLibraryEntry(db: Db, briefingId: number): StoredLibraryEntry | null {
  return (db.prepare(`SELECT ${entryColumns} FROM briefings b WHERE b.id = ?`).get(briefingId) as StoredLibraryEntry | undefined) ?? null;
}

/** Record what the importer knows of the file a briefing's report came from. Call in the import's transaction. */
export function recordLibraryFacts(db: Db, briefingId: number, facts: LibraryFacts): void {
  db.prepare('UPDATE briefings SET source_format = ?, source_encoding = ?, slide_count = ? WHERE id = ?').run(
    facts.format,
    facts.encoding,
    facts.slideCount,
    briefingId,
  );
}

/** The live briefing whose current report has this SHA-256 (the first imported), or null. */
export function findLiveBriefingBySource(db: Db, sourceSha256: string): { id: number; title: string; importedAt: string } | null {
  const row = db
    .prepare(
      `SELECT id, title, imported_at AS importedAt FROM briefings
       WHERE source_sha256 = ? AND deleted_at IS NULL ORDER BY id LIMIT 1`,
    )
    .get(sourceSha256) as { id: number; title: string; importedAt: string } | undefined;
  return row ?? null;
}

/** The current report's SHA-256 of a live briefing, or null. */
export function currentSourceSha(db: Db, briefingId: number): string | null {
  return (
    (db.prepare('SELECT source_sha256 FROM briefings WHERE id = ? AND deleted_at IS NULL').pluck().get(briefingId) as string | undefined) ??
    null
  );
}

export function markOpened(db: Db, briefingId: number, at: string): void {
  db.prepare('UPDATE briefings SET opened_at = ? WHERE id = ? AND deleted_at IS NULL').run(at, briefingId);
}

/** Give a live briefing a title of someone's choosing; false when there is no such briefing. */
export function renameBriefing(db: Db, briefingId: number, title: string, at: string): boolean {
  return db.prepare('UPDATE briefings SET title = ?, renamed_at = ? WHERE id = ? AND deleted_at IS NULL').run(title, at, briefingId).changes > 0;
}

/** Mark a live briefing deleted (kept until the purge); false when there is no such live briefing. */
export function markDeleted(db: Db, briefingId: number, at: string): boolean {
  return db.prepare('UPDATE briefings SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(at, briefingId).changes > 0;
}

/** Bring back a briefing marked deleted; false when there is none such (never deleted, or already purged). */
export function unmarkDeleted(db: Db, briefingId: number): boolean {
  return db.prepare('UPDATE briefings SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(briefingId).changes > 0;
}

/** Remove for good every briefing marked deleted, with all that hangs off it (foreign keys cascade). */
export function purgeDeletedBriefings(db: Db): number {
  return db.prepare('DELETE FROM briefings WHERE deleted_at IS NOT NULL').run().changes;
}

/** Whether the embedded report was imported into this store once (it is not imported again into an emptied one). */
export function defaultReportImported(db: Db): boolean {
  return getSetting(db, defaultReportImportedKey) !== null;
}

export function recordDefaultReportImported(db: Db, at: string): void {
  setSetting(db, defaultReportImportedKey, 'yes', at);
}
