import type { Annotation, AnnotationAnchor } from '../../../../main/shared/annotations';

let counter = 0;

/** An annotation as the core returns it, with whatever the test cares about set. */
export function annotation(change: Partial<Annotation> & { anchor?: AnnotationAnchor } = {}): Annotation {
  counter += 1;
  const id = change.id ?? `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  const time = change.createdAt ?? `2025-05-0${(counter % 9) + 1}T08:00:00.000Z`;
  return {
    id,
    briefingId: 1,
    anchor: { kind: 'slide', slideId: 'section-1-2-p1', context: { heading: null, figureKeys: [] } },
    body: '正文',
    author: '王敏',
    tags: [],
    colour: null,
    createdAt: time,
    updatedAt: time,
    editedAt: null,
    deletedAt: null,
    slideId: 'section-1-2-p1',
    paragraphId: null,
    textRange: null,
    orphan: false,
    ...change,
  };
}

export const figureAnchor = (figureKey: string): AnnotationAnchor => ({ kind: 'figure', figureKey, quote: null });

export const inkAnchor = (slideId: string): AnnotationAnchor => ({
  kind: 'ink',
  slideId,
  context: { heading: null, figureKeys: [] },
  strokes: [{ tool: 'pen', colour: '#a61f2b', width: 0.004, points: [[0.1, 0.1, 0.5], [0.2, 0.2, 0.5]] }],
});
