import type { Migration } from './types';

/** Briefings, their parts (releases), sections and paragraphs, with the source text kept verbatim. */
export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE briefings (
        id            INTEGER PRIMARY KEY,
        uid           TEXT    NOT NULL UNIQUE,
        title         TEXT    NOT NULL,
        source_name   TEXT    NOT NULL,
        source_text   TEXT    NOT NULL,
        source_sha256 TEXT    NOT NULL,
        imported_at   TEXT    NOT NULL
      ) STRICT;

      CREATE TABLE parts (
        id            INTEGER PRIMARY KEY,
        briefing_id   INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        headline      TEXT    NOT NULL,
        slogan        TEXT,
        source_start  INTEGER NOT NULL,
        source_end    INTEGER NOT NULL,
        UNIQUE (briefing_id, position)
      ) STRICT;

      CREATE TABLE sections (
        id            INTEGER PRIMARY KEY,
        briefing_id   INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        part_id       INTEGER NOT NULL REFERENCES parts(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        heading       TEXT    NOT NULL,
        source_start  INTEGER NOT NULL,
        source_end    INTEGER NOT NULL,
        UNIQUE (briefing_id, position)
      ) STRICT;

      CREATE TABLE paragraphs (
        id            INTEGER PRIMARY KEY,
        briefing_id   INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        part_id       INTEGER REFERENCES parts(id) ON DELETE CASCADE,
        section_id    INTEGER REFERENCES sections(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        role          TEXT    NOT NULL CHECK (role IN ('lead', 'body', 'closing')),
        text          TEXT    NOT NULL,
        marks_json    TEXT    NOT NULL DEFAULT '[]',
        source_start  INTEGER NOT NULL,
        source_end    INTEGER NOT NULL,
        UNIQUE (briefing_id, position)
      ) STRICT;

      CREATE TABLE paragraph_joins (
        briefing_id   INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        paragraph_id  INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
        break_start   INTEGER NOT NULL,
        break_end     INTEGER NOT NULL,
        before_text   TEXT    NOT NULL,
        after_text    TEXT    NOT NULL
      ) STRICT;

      CREATE INDEX sections_by_part ON sections(part_id);
      CREATE INDEX paragraphs_by_section ON paragraphs(section_id);
      CREATE INDEX paragraph_joins_by_briefing ON paragraph_joins(briefing_id);
    `);
  },
};
