import type { Annotation, InkStroke } from '../../../main/shared/annotations';
import { strokePath } from './ink-geometry';

export interface DrawnStroke {
  readonly key: string;
  readonly annotationId: string | null;
  readonly tool: InkStroke['tool'];
  readonly colour: string;
  readonly path: string;
}

/**
 * Outlines of saved strokes, worked out once per saved annotation: a saved annotation never changes (a new
 * version is a new object), so the cache is keyed by the object and forgets it when the list lets it go.
 */
const cache = new WeakMap<Annotation, readonly DrawnStroke[]>();

export function drawnStrokes(annotation: Annotation): readonly DrawnStroke[] {
  const cached = cache.get(annotation);
  if (cached) return cached;
  const strokes = annotation.anchor.kind === 'ink' ? annotation.anchor.strokes : [];
  const drawn = strokes.map(
    (stroke, i): DrawnStroke => ({
      key: `${annotation.id}-${i}`,
      annotationId: annotation.id,
      tool: stroke.tool,
      colour: stroke.colour,
      path: strokePath(stroke),
    }),
  );
  cache.set(annotation, drawn);
  return drawn;
}
