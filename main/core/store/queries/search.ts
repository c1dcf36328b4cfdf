import type { Db } from '../connection';

/**
 * Search over report paragraphs and annotation bodies. Both FTS tables use the trigram tokenizer, which
 * finds any substring of three or more characters (Chinese has no spaces to split words on). Shorter terms
 * cannot be looked up by trigram, so they are matched with LIKE. Every user value is bound: the MATCH
 * expression arrives here already built from quoted strings (see annotations/search.ts), and LIKE patterns
 * are escaped with `\`.
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
  /** Lower is better: bm25 for FTS matches, minus the occurrence count for LIKE-only ones. */
  readonly score: number;
}

export interface AnnotationMatch {
  readonly annotationId: string;
  readonly body: string;
  readonly author: string;
  readonly slideId: string | null;
  readonly paragraphId: number | null;
  readonly score: number;
}

/** `AND <column> LIKE ? ESCAPE '\'` once per pattern; only the count comes from the input, never its text. */
const likeConditions = (column: string, count: number): string =>
  Array.from({ length: count }, () => ` AND ${column} LIKE ? ESCAPE '\\'`).join('');

const occurrences = (column: string): string =>
  `(length(${column}) - length(replace(${column}, ?, ''))) / max(length(?), 1)`;

export function searchParagraphs(db: Db, briefingId: number, terms: SearchTerms, limit: number): ParagraphMatch[] {
  if (terms.match !== null) {
    return db
      .prepare(
        `SELECT p.id AS paragraphId, p.text AS text, bm25(paragraphs_fts) AS score
         FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
         WHERE paragraphs_fts MATCH ? AND p.briefing_id = ?${likeConditions('p.text', terms.likes.length)}
         ORDER BY score, p.position LIMIT ?`,
      )
      .all(terms.match, briefingId, ...terms.likes, limit) as ParagraphMatch[];
  }
  return db
    .prepare(
      `SELECT p.id AS paragraphId, p.text AS text, -${occurrences('p.text')} AS score
       FROM paragraphs p
       WHERE p.briefing_id = ?${likeConditions('p.text', terms.likes.length)}
       ORDER BY score, p.position LIMIT ?`,
    )
    .all(terms.rankTerm, terms.rankTerm, briefingId, ...terms.likes, limit) as ParagraphMatch[];
}

const annotationColumns = `a.id AS annotationId, a.body AS body, a.author AS author, a.slide_id AS slideId,
  a.paragraph_id AS paragraphId`;

/** Live (not deleted) annotations of a briefing whose body matches. */
export function searchAnnotations(db: Db, briefingId: number, terms: SearchTerms, limit: number): AnnotationMatch[] {
  if (terms.match !== null) {
    return db
      .prepare(
        `SELECT ${annotationColumns}, bm25(annotations_fts) AS score
         FROM annotations_fts JOIN annotations a ON a.seq = annotations_fts.rowid
         WHERE annotations_fts MATCH ? AND a.briefing_id = ? AND a.deleted_at IS NULL
               ${likeConditions('a.body', terms.likes.length)}
         ORDER BY score, a.created_at LIMIT ?`,
      )
      .all(terms.match, briefingId, ...terms.likes, limit) as AnnotationMatch[];
  }
  return db
    .prepare(
      `SELECT ${annotationColumns}, -${occurrences('a.body')} AS score
       FROM annotations a
       WHERE a.briefing_id = ? AND a.deleted_at IS NULL${likeConditions('a.body', terms.likes.length)}
       ORDER BY score, a.created_at LIMIT ?`,
    )
    .all(terms.rankTerm, terms.rankTerm, briefingId, ...terms.likes, limit) as AnnotationMatch[];
}
