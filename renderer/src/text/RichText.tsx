import type { ReactNode } from 'react';
import type { TextMark } from '../../../main/shared/report';

export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly selected?: boolean;
  /** A figure a staff member corrected, or left off the deck: marked so in the text too. */
  readonly review?: 'corrected' | 'excluded';
}

interface RichTextProps {
  readonly text: string;
  readonly marks?: readonly TextMark[];
  readonly highlights?: readonly Highlight[];
  readonly onSelectHighlight?: (id: string) => void;
}

/**
 * Plain report text with its sub/superscripts and optional highlighted ranges, built as React elements:
 * nothing of the source is ever injected as HTML.
 */
export function RichText({ text, marks = [], highlights = [], onSelectHighlight }: RichTextProps): ReactNode {
  const cuts = new Set<number>([0, text.length]);
  for (const range of [...marks, ...highlights]) {
    cuts.add(Math.max(0, Math.min(text.length, range.start)));
    cuts.add(Math.max(0, Math.min(text.length, range.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: ReactNode[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    let node: ReactNode = text.slice(start, end);
    const mark = marks.find((m) => m.start <= start && end <= m.end);
    if (mark) node = mark.kind === 'sub' ? <sub key={`s${start}`}>{node}</sub> : <sup key={`s${start}`}>{node}</sup>;
    const highlight = highlights.find((h) => h.start <= start && end <= h.end);
    if (highlight) {
      node = (
        <mark
          key={`h${start}`}
          className={highlight.selected ? 'figure-mark is-selected' : 'figure-mark'}
          data-figure={highlight.id}
          data-review={highlight.review}
          title={highlight.review === 'excluded' ? '已更正：不在幻灯片中显示' : highlight.review === 'corrected' ? '已更正' : undefined}
          tabIndex={onSelectHighlight ? 0 : undefined}
          role={onSelectHighlight ? 'button' : undefined}
          onClick={onSelectHighlight ? () => onSelectHighlight(highlight.id) : undefined}
          onKeyDown={
            onSelectHighlight
              ? (event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    event.stopPropagation();
                    onSelectHighlight(highlight.id);
                  }
                }
              : undefined
          }
        >
          {node}
        </mark>
      );
    }
    pieces.push(typeof node === 'string' ? <span key={`t${start}`}>{node}</span> : node);
  }
  return <>{pieces}</>;
}
