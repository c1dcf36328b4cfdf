import type { Migration } from './types';

/**
 * Speaker notes per slide and where the presenter left off. Notes are keyed by slide id (stable across
 * re-import, see deck/ids.ts); `origin` tells the report's own text ('report') from the presenter's edits
 * ('user'), so refreshing the defaults never overwrites what someone wrote.
 */
export const deckNotes: Migration = {
  version: 30,
  name: 'deck-notes',
  up(db) {
    db.exec(`
      CREATE TABLE slide_notes (
        briefing_id   INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        slide_id      TEXT    NOT NULL,
        body_json     TEXT    NOT NULL,
        origin        TEXT    NOT NULL CHECK (origin IN ('report', 'user')),
        updated_at    TEXT    NOT NULL,
        PRIMARY KEY (briefing_id, slide_id)
      ) STRICT;

      CREATE TABLE briefing_state (
        briefing_id   INTEGER PRIMARY KEY REFERENCES briefings(id) ON DELETE CASCADE,
        last_slide    INTEGER NOT NULL,
        updated_at    TEXT    NOT NULL
      ) STRICT;
    `);
  },
};
