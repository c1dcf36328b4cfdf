import type { Migration } from './types';

/** An annotation's tags as one text, one tag a line (null when it has none). */
const tagsText = (row: 'annotations' | 'new' | 'old'): string =>
  `(SELECT group_concat(value, char(10)) FROM json_each(${row}.tags_json))`;

/**
 * Search finds notes by their tags and their author too ("核对", "王敏"), not only by their text.
 *
 * `annotations_fts` now indexes three columns: body, author and tags. The tags are stored as JSON and the
 * index wants them as text, so the index is contentless (`content=''`): the triggers give it the text, and
 * the search reads the annotations themselves. (An external-content index over a view that unpacks the JSON
 * cannot be read back: FTS5 reads its content table by a schema-qualified name, under which json_each is
 * not found.) A contentless index forgets a row when given the very values it indexed, which the triggers
 * compute from the old row. The notes already there are indexed at once.
 */
export const annotationSearch: Migration = {
  version: 60,
  name: 'annotation-search',
  up(db) {
    db.exec(`
      DROP TRIGGER annotations_fts_insert;
      DROP TRIGGER annotations_fts_delete;
      DROP TRIGGER annotations_fts_update;
      DROP TABLE annotations_fts;

      CREATE VIRTUAL TABLE annotations_fts USING fts5(body, author, tags, content='', tokenize='trigram');
      CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
        INSERT INTO annotations_fts(rowid, body, author, tags) VALUES (new.seq, new.body, new.author, ${tagsText('new')});
      END;
      CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
        INSERT INTO annotations_fts(annotations_fts, rowid, body, author, tags)
          VALUES ('delete', old.seq, old.body, old.author, ${tagsText('old')});
      END;
      CREATE TRIGGER annotations_fts_update AFTER UPDATE OF body, author, tags_json ON annotations BEGIN
        INSERT INTO annotations_fts(annotations_fts, rowid, body, author, tags)
          VALUES ('delete', old.seq, old.body, old.author, ${tagsText('old')});
        INSERT INTO annotations_fts(rowid, body, author, tags) VALUES (new.seq, new.body, new.author, ${tagsText('new')});
      END;
      INSERT INTO annotations_fts(rowid, body, author, tags)
        SELECT seq, body, author, ${tagsText('annotations')} FROM annotations;
    `);
  },
};
