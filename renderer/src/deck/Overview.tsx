import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Slide } from '../../../main/core/deck/types';
import type { DeckEngine } from './engine';
import { useDeckState } from './useDeckState';

const kindLabel: Readonly<Record<Slide['kind'], string>> = {
  cover: '封面',
  agenda: '目录',
  divider: '篇章',
  content: '内容',
  closing: '结束',
};

/** How many columns the grid has right now (it adapts to the window width). */
function columnsOf(grid: HTMLElement): number {
  return Math.max(1, getComputedStyle(grid).gridTemplateColumns.split(' ').filter(Boolean).length);
}

/**
 * Every slide as a numbered title card (light enough to open instantly, unlike 30 live charts).
 * Arrow keys move between cards, Enter or a click opens one.
 */
export function Overview({ deck, slides }: { readonly deck: DeckEngine; readonly slides: readonly Slide[] }) {
  const index = useDeckState(deck, (s) => s.index);
  const grid = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const card = grid.current?.querySelector<HTMLButtonElement>(`[data-index="${deck.getState().index}"]`);
    card?.focus();
    card?.scrollIntoView({ block: 'nearest' });
  }, [deck]);

  const open = (at: number): void => {
    deck.goTo(at);
    deck.closeOverlay();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    const list = grid.current;
    const focused = document.activeElement instanceof HTMLElement ? Number(document.activeElement.dataset.index) : NaN;
    if (!list || Number.isNaN(focused)) return;
    const columns = columnsOf(list);
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns,
      ArrowUp: -columns,
      Home: -focused,
      End: slides.length - 1 - focused,
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const target = Math.min(slides.length - 1, Math.max(0, focused + move));
    list.querySelector<HTMLButtonElement>(`[data-index="${target}"]`)?.focus();
  };

  return (
    <div className="deck-overlay deck-overview" role="dialog" aria-modal="true" aria-label="幻灯片总览">
      <header className="deck-overlay-header">
        <h2>总览</h2>
        <p>方向键选择，Enter 打开，Esc 返回</p>
      </header>
      <ol className="overview-grid" ref={grid} onKeyDown={onKeyDown}>
        {slides.map((slide, at) => (
          <li key={slide.id}>
            <button
              type="button"
              className={`overview-card kind-${slide.kind}`}
              data-index={at}
              aria-current={at === index ? 'true' : undefined}
              onClick={() => open(at)}
            >
              <span className="overview-number">{at + 1}</span>
              <span className="overview-kind">{kindLabel[slide.kind]}</span>
              <span className="overview-title">{slide.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
