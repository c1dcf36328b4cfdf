import type { Migration } from './types';

/**
 * Deck edits (core/deck/edits/): what a presenter changed on the generated deck, stored as edits on stable
 * slide and figure keys and laid over the deck when it is read — never a copy of the deck, so a new version
 * of the report keeps every edit whose slide or figure is still there.
 *
 * - `deck_edits`: one row per edit, in the order applied. Edits sent together form one `batch`, which is one
 *   step of undo and redo. `edit_json` is the edit as the contract describes it (shared/deck-edits.ts);
 *   `context_json` what the edited slide was called and which figures it showed, so a re-import can say what
 *   vanished. Time budgets (per slide, part, section) are edits like the others.
 * - `deck_edit_cursor`: how many batches are applied. Undo moves it back, redo forward; a new batch after an
 *   undo drops the batches past it (the redo history), as editors do.
 */
export const deckEdits: Migration = {
  version: 90,
  name: 'deck-edits',
  up(db) {
    db.exec(`
      CREATE TABLE deck_edits (
        briefing_id   INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        batch         INTEGER NOT NULL CHECK (batch >= 1),
        position      INTEGER NOT NULL CHECK (position >= 0),
        edit_json     TEXT    NOT NULL CHECK (json_valid(edit_json) AND json_type(edit_json, '$.op') IS 'text'),
        context_json  TEXT    NOT NULL CHECK (json_valid(context_json)),
        created_at    TEXT    NOT NULL,
        PRIMARY KEY (briefing_id, batch, position)
      ) STRICT;

      CREATE TABLE deck_edit_cursor (
        briefing_id   INTEGER PRIMARY KEY REFERENCES briefings(id) ON DELETE CASCADE,
        applied_batch INTEGER NOT NULL CHECK (applied_batch >= 0),
        updated_at    TEXT    NOT NULL
      ) STRICT;
    `);
  },
};
