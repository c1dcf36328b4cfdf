import type { Migration } from './types';

/**
 * Annotations, their revision history, full-text search over annotations and report paragraphs, earlier
 * report versions of a briefing, and a small settings table (the author's display name).
 *
 * - `annotations.seq` is the integer rowid the FTS index needs; `id` is the UUID the world sees.
 * - `anchor_json` is the anchor as written (slide, figure, quote or ink); `slide_id`, `paragraph_id`,
 *   `text_start`/`text_end` and `orphan` are where it currently lands in the report, recomputed on create,
 *   import and re-import (paragraph ids change on re-import, so they are deliberately not foreign keys).
 * - Every update, delete and restore copies the version it replaces into `annotation_revisions`.
 * - Both FTS tables use the trigram tokenizer (works for Chinese, which has no spaces) as external-content
 *   tables kept in sync by triggers, so no write path can forget them.
 * - `briefing_sources` remembers the report versions a briefing had, so a colleague's file that targets an
 *   older version of the same report still finds its briefing.
 */
export const annotations: Migration = {
  version: 40,
  name: 'annotations',
  up(db) {
    db.exec(`
      CREATE TABLE annotations (
        seq           INTEGER PRIMARY KEY,
        id            TEXT    NOT NULL UNIQUE,
        briefing_id   INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        anchor_kind   TEXT    NOT NULL CHECK (anchor_kind IN ('slide', 'figure', 'quote', 'ink')),
        anchor_json   TEXT    NOT NULL,
        body          TEXT    NOT NULL,
        author        TEXT    NOT NULL,
        tags_json     TEXT    NOT NULL DEFAULT '[]',
        colour        TEXT,
        created_at    TEXT    NOT NULL,
        updated_at    TEXT    NOT NULL,
        deleted_at    TEXT,
        slide_id      TEXT,
        paragraph_id  INTEGER,
        text_start    INTEGER,
        text_end      INTEGER,
        orphan        INTEGER NOT NULL DEFAULT 0 CHECK (orphan IN (0, 1))
      ) STRICT;
      CREATE INDEX annotations_by_briefing_slide ON annotations(briefing_id, slide_id);

      CREATE TABLE annotation_revisions (
        seq           INTEGER PRIMARY KEY,
        annotation_id TEXT    NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        anchor_json   TEXT    NOT NULL,
        body          TEXT    NOT NULL,
        author        TEXT    NOT NULL,
        tags_json     TEXT    NOT NULL,
        colour        TEXT,
        updated_at    TEXT    NOT NULL,
        deleted_at    TEXT,
        superseded_at TEXT    NOT NULL,
        reason        TEXT    NOT NULL CHECK (reason IN ('update', 'delete', 'restore', 'import'))
      ) STRICT;
      CREATE INDEX annotation_revisions_by_annotation ON annotation_revisions(annotation_id, updated_at);

      CREATE VIRTUAL TABLE annotations_fts USING fts5(
        body, content='annotations', content_rowid='seq', tokenize='trigram'
      );
      CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
        INSERT INTO annotations_fts(rowid, body) VALUES (new.seq, new.body);
      END;
      CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
        INSERT INTO annotations_fts(annotations_fts, rowid, body) VALUES ('delete', old.seq, old.body);
      END;
      CREATE TRIGGER annotations_fts_update AFTER UPDATE OF body ON annotations BEGIN
        INSERT INTO annotations_fts(annotations_fts, rowid, body) VALUES ('delete', old.seq, old.body);
        INSERT INTO annotations_fts(rowid, body) VALUES (new.seq, new.body);
      END;

      CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
        text, content='paragraphs', content_rowid='id', tokenize='trigram'
      );
      CREATE TRIGGER paragraphs_fts_insert AFTER INSERT ON paragraphs BEGIN
        INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER paragraphs_fts_delete AFTER DELETE ON paragraphs BEGIN
        INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER paragraphs_fts_update AFTER UPDATE OF text ON paragraphs BEGIN
        INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);
      END;
      -- Paragraphs stored before this version: index them now.
      INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('rebuild');

      CREATE TABLE briefing_sources (
        briefing_id   INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        source_sha256 TEXT    NOT NULL,
        replaced_at   TEXT    NOT NULL,
        PRIMARY KEY (briefing_id, source_sha256)
      ) STRICT;
      CREATE INDEX briefing_sources_by_sha ON briefing_sources(source_sha256);

      CREATE TABLE settings (
        key           TEXT    PRIMARY KEY,
        value         TEXT    NOT NULL,
        updated_at    TEXT    NOT NULL
      ) STRICT;
    `);
  },
};
