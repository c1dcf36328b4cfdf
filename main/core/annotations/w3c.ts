import { randomUUID } from 'node:crypto';
import type { Annotation, AnnotationAnchor, QuoteSelector } from '../../shared/annotations';
import { sourceIri } from './source-iri';
import { figureFragment, ns, slideFragment } from './w3c-schema';

/**
 * Export as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): one AnnotationCollection
 * whose first page holds every annotation.
 *
 * How our anchors map onto the model:
 * - every target's `source` is the briefing's report IRI, `urn:sha256:<sha256 of the report text>`;
 * - quote → TextQuoteSelector (exact, prefix, suffix) + TextPositionSelector (start, end in the source),
 *   listed as alternative selectors as the model allows, so any W3C tool can find the text;
 * - figure → FragmentSelector conformsTo `urn:briefing:ns#figure` whose value is the figure key, followed by
 *   the quote of the figure's sentence (so other tools still see which text it is about);
 * - slide → FragmentSelector conformsTo `urn:briefing:ns#slide` whose value is the slide id, with the heading
 *   and figure keys it showed (`briefing:heading`, `briefing:figureKeys`) for re-anchoring;
 * - ink → the same slide selector carrying the strokes in `briefing:ink`; motivation "highlighting".
 * Our additions are JSON-LD terms under the `briefing:` prefix (`urn:briefing:ns#`), which W3C processors
 * ignore: `briefing:colour`; `briefing:edited`, when the text was last edited (`modified` also moves on a
 * delete or a restore); and `briefing:deleted`, the time of deletion.
 *
 * A deleted annotation is exported as a tombstone: its id, its times, `briefing:deleted` and the report it
 * was on, nothing else. Whoever receives the file cannot read what it said, who wrote it, what it was
 * about or what it drew; a colleague's import still deletes their copy (see w3c-import.ts), and a later
 * restore travels as the whole annotation again.
 */

export interface W3CSelector {
  readonly type: string;
  readonly [term: string]: unknown;
}

export interface W3CAnnotation {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'commenting' | 'highlighting';
  readonly created: string;
  readonly modified: string;
  readonly creator: { readonly type: 'Person'; readonly name: string };
  readonly body?: readonly W3CTextualBody[];
  readonly target: { readonly source: string; readonly selector: W3CSelector | readonly W3CSelector[] };
  readonly 'briefing:colour'?: string;
  readonly 'briefing:edited'?: string;
}

/** A deleted annotation: that it was deleted and when, of which report; see above. */
export interface W3CTombstone {
  readonly id: string;
  readonly type: 'Annotation';
  readonly created: string;
  readonly modified: string;
  readonly target: string;
  readonly 'briefing:deleted': string;
}

export interface W3CTextualBody {
  readonly type: 'TextualBody';
  readonly value: string;
  readonly purpose: 'commenting' | 'tagging';
  readonly format?: 'text/plain';
  readonly language?: 'zh-CN';
}

export interface W3CCollection {
  readonly '@context': readonly [string, { readonly briefing: string }];
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly generator: { readonly type: 'Software'; readonly name: 'Briefing' };
  readonly generated: string;
  readonly first: {
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    readonly items: readonly (W3CAnnotation | W3CTombstone)[];
  };
}

/** The report hash each annotation's briefing has, by briefing id. */
export type SourceHashes = ReadonlyMap<number, string>;

export function toW3CCollection(annotations: readonly Annotation[], sources: SourceHashes, label: string, now: Date): W3CCollection {
  const items = annotations.map((annotation) => {
    const sha = sources.get(annotation.briefingId);
    if (sha === undefined) throw new Error(`no report hash for briefing ${annotation.briefingId}`);
    const source = sourceIri(sha);
    return annotation.deletedAt === null ? toW3CAnnotation(annotation, source) : toTombstone(annotation, annotation.deletedAt, source);
  });
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { briefing: ns }],
    id: `urn:uuid:${randomUUID()}`,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generator: { type: 'Software', name: 'Briefing' },
    generated: now.toISOString(),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** A live annotation, whole. */
function toW3CAnnotation(annotation: Annotation, source: string): W3CAnnotation {
  const bodies: W3CTextualBody[] = [];
  if (annotation.body !== '') {
    bodies.push({ type: 'TextualBody', value: annotation.body, purpose: 'commenting', format: 'text/plain', language: 'zh-CN' });
  }
  for (const tag of annotation.tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: `urn:uuid:${annotation.id}`,
    type: 'Annotation',
    motivation: annotation.anchor.kind === 'ink' ? 'highlighting' : 'commenting',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    creator: { type: 'Person', name: annotation.author },
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target: { source, selector: selectorsOf(annotation.anchor) },
    ...(annotation.colour !== null ? { 'briefing:colour': annotation.colour } : {}),
    ...(annotation.editedAt !== null ? { 'briefing:edited': annotation.editedAt } : {}),
  };
}

function toTombstone(annotation: Annotation, deletedAt: string, source: string): W3CTombstone {
  return {
    id: `urn:uuid:${annotation.id}`,
    type: 'Annotation',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    target: source,
    'briefing:deleted': deletedAt,
  };
}

function selectorsOf(anchor: AnnotationAnchor): W3CSelector | W3CSelector[] {
  switch (anchor.kind) {
    case 'quote':
      return quoteSelectors(anchor.quote);
    case 'figure':
      return [
        { type: 'FragmentSelector', conformsTo: figureFragment, value: anchor.figureKey },
        ...(anchor.quote ? quoteSelectors(anchor.quote) : []),
      ];
    case 'slide':
    case 'ink':
      return {
        type: 'FragmentSelector',
        conformsTo: slideFragment,
        value: anchor.slideId,
        'briefing:heading': anchor.context.heading,
        'briefing:figureKeys': anchor.context.figureKeys,
        ...(anchor.kind === 'ink' ? { 'briefing:ink': anchor.strokes } : {}),
      };
  }
}

function quoteSelectors(quote: QuoteSelector): W3CSelector[] {
  const textQuote = { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  return quote.position
    ? [textQuote, { type: 'TextPositionSelector', start: quote.position.start, end: quote.position.end }]
    : [textQuote];
}
