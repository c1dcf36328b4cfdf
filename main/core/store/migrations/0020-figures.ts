import type { Migration } from './types';

/**
 * Figures extracted from a briefing's report. The columns hold what lists and queries need; the full figure
 * (relations, rank, provenance) is kept as JSON so the extraction model can grow without a migration.
 */
export const figures: Migration = {
  version: 20,
  name: 'figures',
  up(db) {
    db.exec(`
      CREATE TABLE figures (
        id            INTEGER PRIMARY KEY,
        briefing_id   INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        section_id    INTEGER REFERENCES sections(id) ON DELETE CASCADE,
        paragraph_id  INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        figure_key    TEXT    NOT NULL,
        kind          TEXT    NOT NULL,
        value         REAL    NOT NULL,
        value_text    TEXT    NOT NULL,
        unit          TEXT    NOT NULL,
        label         TEXT    NOT NULL,
        period        TEXT,
        qualifier     TEXT,
        derived       INTEGER NOT NULL CHECK (derived IN (0, 1)),
        quote         TEXT    NOT NULL,
        quote_start   INTEGER NOT NULL,
        quote_end     INTEGER NOT NULL,
        detail_json   TEXT    NOT NULL,
        UNIQUE (briefing_id, position),
        UNIQUE (briefing_id, figure_key)
      ) STRICT;
      CREATE INDEX figures_by_section ON figures(section_id);
    `);
  },
};
