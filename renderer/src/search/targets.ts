import type { SearchResult } from '../../../main/shared/annotations';
import type { Passage } from '../annotations/passage-focus';

/** Where a search result can take the reader: a slide (0-based index in the deck) and/or a passage. */
export interface ResultTargets {
  readonly slideIndex: number | null;
  readonly passage: Passage | null;
}

/**
 * The slide comes from the slide id (its index in the deck gives #/N); the passage from the paragraph and,
 * for a paragraph hit, the first match in it. An annotation on a quote highlights the quoted span.
 */
export function targetsOf(
  result: SearchResult,
  slideIndexById: ReadonlyMap<string, number>,
  quotedRange: (annotationId: string) => { start: number; end: number } | null,
): ResultTargets {
  const slideIndex = result.slideId === null ? null : (slideIndexById.get(result.slideId) ?? null);
  if (result.kind === 'paragraph') {
    return { slideIndex, passage: { paragraphId: result.paragraphId, start: result.offset, end: result.offset + result.length } };
  }
  if (result.paragraphId === null) return { slideIndex, passage: null };
  const range = quotedRange(result.annotationId) ?? { start: 0, end: 0 };
  return { slideIndex, passage: { paragraphId: result.paragraphId, ...range } };
}

/** What Enter does: on the slides, go to the slide (else the passage); in the source view, the passage first. */
export function primaryTarget(targets: ResultTargets, view: 'deck' | 'source'): 'slide' | 'passage' | null {
  const order: readonly ('slide' | 'passage')[] = view === 'deck' ? ['slide', 'passage'] : ['passage', 'slide'];
  return order.find((kind) => (kind === 'slide' ? targets.slideIndex !== null : targets.passage !== null)) ?? null;
}

export interface SnippetPiece {
  readonly text: string;
  readonly highlighted: boolean;
}

/** A snippet cut into plain and highlighted pieces (rendered as elements: no markup is ever injected). */
export function snippetPieces(text: string, highlights: readonly { start: number; end: number }[]): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let at = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    const from = Math.max(at, Math.min(text.length, start));
    const to = Math.max(from, Math.min(text.length, end));
    if (from > at) pieces.push({ text: text.slice(at, from), highlighted: false });
    if (to > from) pieces.push({ text: text.slice(from, to), highlighted: true });
    at = Math.max(at, to);
  }
  if (at < text.length) pieces.push({ text: text.slice(at), highlighted: false });
  return pieces;
}
