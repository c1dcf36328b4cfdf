import './marks.css';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { FigureCard } from '../../../main/shared/deck';
import { useAnnotations } from './context';
import { startDraft } from './panel-state';
import { noAnnotations } from './store';
import { useStore } from '../ui/use-store';


/** A press on these must not also reach the deck (a click on the slide, Enter/Space on the deck). */
const keepClick = (event: MouseEvent): void => event.stopPropagation();
const keepKeys = (event: KeyboardEvent): void => {
  if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
};

/**
 * 批注 N on a figure card that has notes: a tab on the card's top edge, outside the text (it takes no room,
 * so the card's layout and text fitting are untouched). It opens the slide's notes.
 */
export function FigureNoteCount({ card }: { readonly card: FigureCard }) {
  const annotations = useAnnotations();
  const count = useStore(annotations?.store.state ?? noAnnotations, (s) =>
    s.annotations.reduce((n, a) => n + (a.anchor.kind === 'figure' && a.anchor.figureKey === card.figureKey ? 1 : 0), 0),
  );
  if (!annotations || count === 0) return null;
  return (
    <button
      type="button"
      className="figure-note-count"
      data-figure-notes={count}
      aria-label={`这项数据有 ${count} 条批注，查看`}
      onClick={(event) => {
        keepClick(event);
        annotations.panel.setState({ open: true, scope: 'slide' });
      }}
      onKeyDown={keepKeys}
    >
      <span aria-hidden="true">批注 {count}</span>
    </button>
  );
}

/**
 * The small 批注 action beside the card's 出处 mark: invisible (and not in the way) until the card is
 * hovered or focused, so a projected slide shows no editing controls. It sits in a zero-width slot so the
 * label keeps its full width.
 */
export function FigureNoteAction({ card }: { readonly card: FigureCard }) {
  const annotations = useAnnotations();
  if (!annotations) return null;
  return (
    <span className="figure-note-slot">
      <button
        type="button"
        className="figure-note-add"
        aria-label="为这项数据添加批注"
        title="添加批注"
        onClick={(event) => {
          keepClick(event);
          startDraft(annotations.panel, { kind: 'figure', figureKey: card.figureKey });
        }}
        onKeyDown={keepKeys}
      >
        <span aria-hidden="true">批注</span>
      </button>
    </span>
  );
}
