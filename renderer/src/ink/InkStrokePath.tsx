import { memo } from 'react';
import type { DrawnStroke } from './stroke-paths';

/** One stroke as an SVG path; a highlighter is see-through so the text under it stays readable. */
export const InkStrokePath = memo(function InkStrokePath({ stroke, state }: { readonly stroke: DrawnStroke; readonly state?: 'saving' | 'failed' }) {
  return (
    <path
      className={`ink-stroke is-${stroke.tool}${state ? ` is-${state}` : ''}`}
      d={stroke.path}
      fill={stroke.colour}
      data-ink-annotation={stroke.annotationId ?? undefined}
    />
  );
});
