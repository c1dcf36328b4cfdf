import type { Migration } from './types';

/**
 * Figure corrections (core/deck/corrections.ts): a staff member's corrections of a figure's label, period,
 * unit or qualifier, or its exclusion from the deck, keyed by briefing and the figure's stable key (never
 * its row id, which a re-import replaces), so a new version of the report keeps them.
 *
 * Versioned rows: each save adds the figure's whole correction as it then stands (`fields_json`: only the
 * fields that differ from the report, see shared/figure-corrections.ts; `excluded`), signed and timed. The
 * correction in force is the figure's latest version not undone. 撤销更正 marks that version undone
 * (`undone_at`) rather than deleting it, so the previous version is in force again and the history of who
 * changed what stays readable; a new save after an undo gets the next version number. The value a figure
 * states is not here: it is always what the report prints.
 */
export const figureCorrections: Migration = {
  version: 100,
  name: 'figure-corrections',
  up(db) {
    db.exec(`
      CREATE TABLE figure_corrections (
        briefing_id  INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        figure_key   TEXT    NOT NULL CHECK (length(figure_key) > 0),
        version      INTEGER NOT NULL CHECK (version >= 1),
        fields_json  TEXT    NOT NULL CHECK (json_valid(fields_json) AND json_type(fields_json) IS 'object'),
        excluded     INTEGER NOT NULL CHECK (excluded IN (0, 1)),
        author       TEXT    NOT NULL,
        created_at   TEXT    NOT NULL,
        undone_at    TEXT,
        PRIMARY KEY (briefing_id, figure_key, version)
      ) STRICT;
    `);
  },
};
