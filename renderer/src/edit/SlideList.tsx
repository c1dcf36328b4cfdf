import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Slide } from '../../../main/shared/deck';
import type { DeckEdit } from '../../../main/shared/deck-edits';
import { kindLabel } from '../deck/kind-labels';
import { dropMove, sideOf, stepMove, type DropSide } from './reorder';
import { SlideThumb } from './SlideThumb';
import { useThumbnailsDrawn } from './useThumbnailsDrawn';

interface SlideListProps {
  readonly slides: readonly Slide[];
  readonly selected: number;
  readonly onSelect: (index: number) => void;
  /** A reorder by drag or by Alt+↑/↓: one `move` edit. */
  readonly onMove: (edit: DeckEdit) => void;
}

/**
 * The deck in order as a column of thumbnails, hidden slides marked. ↑/↓ (Home/End) select, Alt+↑/↓ move the
 * selected slide; a thumbnail dragged onto the upper or lower half of another goes before or after it.
 */
export function SlideList({ slides, selected, onSelect, onMove }: SlideListProps) {
  const list = useRef<HTMLOListElement>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [drop, setDrop] = useState<{ readonly at: number; readonly side: DropSide } | null>(null);
  const drawn = useThumbnailsDrawn(slides, selected);

  // The selected slide stays in sight (after a keyboard move or a selection from the check's findings).
  useEffect(() => {
    const row = list.current?.querySelector<HTMLElement>(`[data-index="${selected}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selected, slides]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    const step = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (step !== 0 && event.altKey) {
      event.preventDefault();
      const edit = stepMove(slides, selected, step);
      if (edit) onMove(edit);
      return;
    }
    const targets: Record<string, number> = { ArrowUp: selected - 1, ArrowDown: selected + 1, Home: 0, End: slides.length - 1 };
    const target = targets[event.key];
    if (target === undefined || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    onSelect(Math.min(slides.length - 1, Math.max(0, target)));
  };

  const onDragOver = (event: DragEvent<HTMLLIElement>, at: number): void => {
    if (dragging === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const rect = event.currentTarget.getBoundingClientRect();
    const side = sideOf(event.clientY, rect.top, rect.height);
    if (drop?.at !== at || drop.side !== side) setDrop({ at, side });
  };
  const onDrop = (event: DragEvent<HTMLLIElement>, at: number): void => {
    event.preventDefault();
    const rect = event.currentTarget.getBoundingClientRect();
    const edit = dragging === null ? null : dropMove(slides, dragging, at, sideOf(event.clientY, rect.top, rect.height));
    setDragging(null);
    setDrop(null);
    if (edit) onMove(edit);
  };

  return (
    <ol
      className="edit-list"
      ref={list}
      role="listbox"
      aria-label="幻灯片（Alt+↑/↓ 或拖动调整顺序）"
      aria-activedescendant={`edit-slide-${selected}`}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {slides.map((slide, at) => (
        <li
          key={slide.key ?? slide.id}
          id={`edit-slide-${at}`}
          className="edit-item"
          role="option"
          aria-selected={at === selected}
          data-index={at}
          data-hidden={slide.hidden === true ? 'true' : undefined}
          data-dragging={at === dragging ? 'true' : undefined}
          data-drop={drop?.at === at ? drop.side : undefined}
          draggable
          onClick={() => onSelect(at)}
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', slide.title);
            setDragging(at);
            onSelect(at);
          }}
          onDragOver={(event) => onDragOver(event, at)}
          onDrop={(event) => onDrop(event, at)}
          onDragEnd={() => {
            setDragging(null);
            setDrop(null);
          }}
        >
          <span className="edit-item-number">{at + 1}</span>
          <div className="edit-item-thumb" aria-hidden="true" inert>
            {drawn.has(slide.key ?? slide.id) && <SlideThumb slide={slide} />}
          </div>
          <span className="edit-item-caption">
            <span className="edit-item-title">{slide.title}</span>
            <span className="edit-item-meta">
              {kindLabel[slide.kind]}
              {slide.kind === 'content' && slide.free === true && ' · 文字页'}
              {slide.minutes != null && ` · ${slide.minutes} 分钟`}
            </span>
          </span>
          {slide.hidden === true && <span className="edit-item-hidden">已隐藏</span>}
        </li>
      ))}
    </ol>
  );
}
