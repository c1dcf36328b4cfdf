import type { Db } from '../connection';

/**
 * Search over report paragraphs and annotations (their text, author and tags). Both FTS tables use the
 * trigram tokenizer, which finds any substring of three or more characters (Chinese has no spaces to split
 * words on). Shorter terms cannot be looked up by trigram, so they are matched with LIKE. Every user value
 * is bound: the MATCH expression arrives here already built from quoted strings (see annotations/search.ts),
 * and LIKE patterns are escaped with `\`.
 */

export interface SearchTerms {
  /** FTS5 MATCH expression of quoted strings, or null when every term is shorter than three characters. */
  readonly match: string | null;
  /** LIKE patterns (`%term%`, escaped with `\`) every row must also match. */
  readonly likes: readonly string[];
  /** A term whose occurrences rank LIKE-only results (more occurrences first). */
  readonly rankTerm: string;
}

export interface ParagraphMatch {
  readonly paragraphId: number;
  readonly text: string;
}

export interface AnnotationMatch {
  readonly annotationId: string;
  readonly body: string;
  readonly author: string;
  readonly tagsJson: string;
  readonly slideId: string | null;
  readonly paragraphId: number | null;
}

/** `AND <column> LIKE ? ESCAPE '\'` once per pattern; only the count comes from the input, never its text. */
const likeConditions = (column: string, count: number): string =>
  Array.from({ length: count }, () => ` AND ${column} LIKE ? ESCAPE '\\'`).join('');

const occurrences = (column: string): string =>
  `(length(${column}) - length(replace(${column}, ?, ''))) / max(length(?), 1)`;

/** The paragraphs that match, in the order of the report (the first `limit` of them). */
export function searchParagraphs(db: Db, briefingId: number, terms: SearchTerms, limit: number): ParagraphMatch[] {
  if (terms.match !== null) {
    return db
      .prepare(
        `SELECT p.id AS paragraphId, p.text AS text
         FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
         WHERE paragraphs_fts MATCH ? AND p.briefing_id = ?${likeConditions('p.text', terms.likes.length)}
         ORDER BY p.position LIMIT ?`,
      )
      .all(terms.match, briefingId, ...terms.likes, limit) as ParagraphMatch[];
  }
  return db
    .prepare(
      `SELECT p.id AS paragraphId, p.text AS text
       FROM paragraphs p
       WHERE p.briefing_id = ?${likeConditions('p.text', terms.likes.length)}
       ORDER BY p.position LIMIT ?`,
    )
    .all(briefingId, ...terms.likes, limit) as ParagraphMatch[];
}

const annotationColumns = `a.id AS annotationId, a.body AS body, a.author AS author, a.tags_json AS tagsJson,
  a.slide_id AS slideId, a.paragraph_id AS paragraphId`;

/**
 * What a note is found by, in one text for LIKE: its body, author and tags, one a line. A term never holds
 * a line break (terms are split on white space), so it cannot match across two of them.
 */
const searchable = `(a.body || char(10) || a.author || char(10)
  || coalesce((SELECT group_concat(value, char(10)) FROM json_each(a.tags_json)), ''))`;

/**
 * Live (not deleted) notes of a briefing whose text, author or tags match, best first: by bm25, or by how
 * often the first term occurs when only LIKE can match. Ink strokes are left out: they have no text, and
 * every stroke of an author would match the author's name.
 */
export function searchAnnotations(db: Db, briefingId: number, terms: SearchTerms, limit: number): AnnotationMatch[] {
  if (terms.match !== null) {
    return db
      .prepare(
        `SELECT ${annotationColumns}
         FROM annotations_fts JOIN annotations a ON a.seq = annotations_fts.rowid
         WHERE annotations_fts MATCH ? AND a.briefing_id = ? AND a.deleted_at IS NULL AND a.anchor_kind <> 'ink'
               ${likeConditions(searchable, terms.likes.length)}
         ORDER BY bm25(annotations_fts), a.created_at LIMIT ?`,
      )
      .all(terms.match, briefingId, ...terms.likes, limit) as AnnotationMatch[];
  }
  return db
    .prepare(
      `SELECT ${annotationColumns}
       FROM annotations a
       WHERE a.briefing_id = ? AND a.deleted_at IS NULL AND a.anchor_kind <> 'ink'
             ${likeConditions(searchable, terms.likes.length)}
       ORDER BY ${occurrences(searchable)} DESC, a.created_at LIMIT ?`,
    )
    .all(briefingId, ...terms.likes, terms.rankTerm, terms.rankTerm, limit) as AnnotationMatch[];
}
