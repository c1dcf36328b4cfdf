import type { Migration } from './types';

/**
 * The paragraphs' search index (paragraphs_fts, trigram) is filled once per import instead of once per row.
 *
 * The per-row trigger of 0040 ran the index's insert as a trigger program for every paragraph: importing a
 * 5 MB report (26,000 paragraphs) spent 1.8 s in it, against 0.9 s for the same index filled by one
 * INSERT … SELECT after the paragraphs are in. Paragraphs are written in one place only
 * (store/queries/briefings.ts insertReportContent, inside the import's transaction), which now indexes the
 * briefing's paragraphs itself, so the index can no more miss a paragraph than before. The delete and update
 * triggers stay: rows leave or change one at a time, from several paths.
 */
export const paragraphIndexPerImport: Migration = {
  version: 110,
  name: 'paragraph-index-per-import',
  up(db) {
    db.exec('DROP TRIGGER paragraphs_fts_insert');
  },
};
