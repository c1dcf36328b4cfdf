import type { Migration } from './types';

/**
 * When an annotation's text was last edited, apart from when it last changed: `updated_at` also moves on a
 * delete and a restore (it orders versions when merging a colleague's copy), so it cannot tell a note that
 * was edited from one that was deleted and brought back. `edited_at` is set by a change of body, tags or
 * colour only, and is null for a note never edited. Revisions keep the one their version had.
 *
 * Notes written before this version get it from their history, as well as it can be told: the last local
 * edit (an 'update' revision is written only when the text changed); with no history at all, a live note
 * whose time moved on since it was created was edited before it arrived (the only rule there was). A
 * colleague's edit merged by an earlier import is not told apart from their delete or restore, so it is
 * not marked.
 */
export const editedAt: Migration = {
  version: 50,
  name: 'edited-at',
  up(db) {
    db.exec(`
      ALTER TABLE annotations ADD COLUMN edited_at TEXT;
      ALTER TABLE annotation_revisions ADD COLUMN edited_at TEXT;

      UPDATE annotations SET edited_at = coalesce(
        (SELECT max(r.superseded_at) FROM annotation_revisions r
         WHERE r.annotation_id = annotations.id AND r.reason = 'update'),
        CASE WHEN updated_at <> created_at AND deleted_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM annotation_revisions r WHERE r.annotation_id = annotations.id)
             THEN updated_at END
      );
      UPDATE annotation_revisions SET edited_at = (
        SELECT max(u.superseded_at) FROM annotation_revisions u
        WHERE u.annotation_id = annotation_revisions.annotation_id AND u.reason = 'update'
          AND u.superseded_at <= annotation_revisions.updated_at
      );
    `);
  },
};
