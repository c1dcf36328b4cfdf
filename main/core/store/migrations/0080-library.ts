import type { Migration } from './types';

/** The report formats a briefing can have been read from (shared/documents.ts), as the store checks them. */
export const storedFormats = ['markdown', 'text', 'docx', 'html', 'pdf'] as const;

/** Settings key: the embedded report was imported once, so an emptied library is not filled with it again. */
export const defaultReportImportedKey = 'library.default-report-imported';

/**
 * The library: what the app lists about each briefing beyond its title, and what it needs to delete one
 * with an undo.
 *
 * - `source_format` / `source_encoding`: what the file was read as (docx, pdf…; for a text file the encoding
 *   it was decoded with). Null when the importer did not say (it then reads off the file name). Every
 *   briefing stored before this version came in as UTF-8 Markdown, the only format there was.
 * - `slide_count`: the deck's length when the report was stored, so a list of 200 briefings builds no deck;
 *   null when the importer did not store it (worked out when listed).
 * - `opened_at`: when the app last opened the briefing (null: never since this version).
 * - `renamed_at`: set when someone renamed it; a new version of the report then keeps that title.
 * - `deleted_at`: deleted in the library but kept, so the deletion can be undone while the app runs; such
 *   rows are purged the next time the app starts.
 * - An index on the report's hash: importing the same report again finds the briefing that has it.
 */
export const library: Migration = {
  version: 80,
  name: 'library',
  up(db) {
    db.exec(`
      ALTER TABLE briefings ADD COLUMN source_format TEXT
        CHECK (source_format IN (${storedFormats.map((format) => `'${format}'`).join(', ')}));
      ALTER TABLE briefings ADD COLUMN source_encoding TEXT;
      ALTER TABLE briefings ADD COLUMN slide_count INTEGER CHECK (slide_count >= 0);
      ALTER TABLE briefings ADD COLUMN opened_at TEXT;
      ALTER TABLE briefings ADD COLUMN renamed_at TEXT;
      ALTER TABLE briefings ADD COLUMN deleted_at TEXT;
      CREATE INDEX briefings_by_source_sha256 ON briefings(source_sha256);

      UPDATE briefings SET source_format = 'markdown', source_encoding = 'utf-8';
    `);
    // A store that already holds briefings has had its default report (or chose others): an empty library
    // from now on stays empty rather than getting the embedded report back.
    db.prepare(
      `INSERT INTO settings (key, value, updated_at)
       SELECT ?, 'yes', min(imported_at) FROM briefings HAVING count(*) > 0`,
    ).run(defaultReportImportedKey);
  },
};
