import type { Db } from '../store/connection';
import { searchAnnotations, searchParagraphs, type SearchTerms } from '../store/queries/search';
import { reportIndexOf } from './report-index';
import { briefingNotFound } from '../store/queries/briefings';
import type { SearchResult, Snippet } from '../../shared/annotations';

export interface SearchQuery {
  readonly briefingId: number;
  readonly query: string;
  readonly limit: number;
}

const maxTerms = 8;
/** The trigram tokenizer indexes three-character sequences: shorter terms can only be found by LIKE. */
const trigramChars = 3;

/**
 * Search a briefing's report text and its annotations at once. Terms are split on white space and must all
 * match (substring match, so 就业 finds 城镇新增就业); a note matches by its text, its author or its tags.
 * Notes come first, best match first (they are what colleagues wrote about the text), then the report's
 * passages in the order of the report. Each result says where to jump: a paragraph (id and offset of the
 * match in its plain text, and the slide it is on) or an annotation (id, and its slide).
 */
export function searchBriefing(db: Db, { briefingId, query, limit }: SearchQuery): SearchResult[] {
  const index = reportIndexOf(db, briefingId);
  if (!index) throw briefingNotFound(briefingId);
  const words = splitTerms(query);
  if (words.length === 0) return [];
  const terms = toSearchTerms(words);

  const paragraphs = searchParagraphs(db, briefingId, terms, limit).map((row): SearchResult => {
    const first = firstMatch(row.text, words);
    const slideId = index.slideOfParagraph.get(row.paragraphId) ?? null;
    return {
      kind: 'paragraph',
      paragraphId: row.paragraphId,
      offset: first.start,
      length: first.end - first.start,
      slideId,
      slideTitle: slideId === null ? null : (index.slideById.get(slideId)?.title ?? null),
      snippet: snippetOf(row.text, words),
    };
  });
  const annotations = searchAnnotations(db, briefingId, terms, limit).map(
    (row): SearchResult => ({
      kind: 'annotation',
      annotationId: row.annotationId,
      author: row.author,
      tags: JSON.parse(row.tagsJson) as string[],
      slideId: row.slideId,
      paragraphId: row.paragraphId,
      snippet: snippetOf(row.body, words),
    }),
  );
  return [...annotations, ...paragraphs].slice(0, limit);
}

export function splitTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/u).filter((term) => term !== ''))].slice(0, maxTerms);
}

export function toSearchTerms(words: readonly string[]): SearchTerms {
  const long = words.filter((w) => [...w].length >= trigramChars);
  const short = words.filter((w) => [...w].length < trigramChars);
  return {
    match: long.length > 0 ? long.map(ftsString).join(' AND ') : null,
    likes: short.map(likePattern),
    rankTerm: words[0] ?? '',
  };
}

/** A term as an FTS5 string: in double quotes, inner quotes doubled, so no input is read as query syntax. */
export const ftsString = (term: string): string => `"${term.replaceAll('"', '""')}"`;

/** `%term%` with LIKE's wildcards and the escape character itself escaped by `\`. */
export const likePattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function matchesOf(text: string, words: readonly string[]): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  const found: { start: number; end: number }[] = [];
  for (const word of words) {
    const needle = word.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      found.push({ start: at, end: at + needle.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function firstMatch(text: string, words: readonly string[]): { start: number; end: number } {
  return matchesOf(text, words)[0] ?? { start: 0, end: 0 };
}

const before = 24;
const windowChars = 96;

/** About 96 characters around the first match, with every match inside marked. */
export function snippetOf(text: string, words: readonly string[]): Snippet {
  const matches = matchesOf(text, words);
  const first = matches[0]?.start ?? 0;
  const start = Math.max(0, Math.min(first - before, text.length - windowChars));
  const end = Math.min(text.length, start + windowChars);
  const lead = start > 0 ? '…' : '';
  const highlights = matches
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => ({ start: m.start - start + lead.length, end: m.end - start + lead.length }));
  return { text: `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`, highlights };
}
