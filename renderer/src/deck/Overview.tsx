import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Slide } from '../../../main/shared/deck';
import { SlideView } from '../slides/SlideView';
import { Stage } from '../slides/Stage';
import type { DeckEngine } from './engine';
import { whenIdle } from '../ui/idle';
import { kindLabel } from './kind-labels';
import { useDeckState } from './useDeckState';


/** How many columns the grid has right now (it adapts to the window width). */
function columnsOf(grid: HTMLElement): number {
  return Math.max(1, getComputedStyle(grid).gridTemplateColumns.split(' ').filter(Boolean).length);
}

/**
 * The order thumbnails are drawn in: the slide on screen first, then outwards from it, so what the presenter
 * looks at first is drawn first.
 */
export function thumbnailOrder(count: number, current: number): number[] {
  const order: number[] = [];
  for (let distance = 0; order.length < count; distance++) {
    for (const at of distance === 0 ? [current] : [current + distance, current - distance]) {
      if (at >= 0 && at < count) order.push(at);
    }
    if (distance > count) break;
  }
  return order;
}

/** Thumbnails drawn per idle period: each lays out a slide (and may set up a chart). */
const thumbnailsPerIdle = 2;

/**
 * Every slide as a small rendering of itself, numbered and titled. The grid opens at once with its titles;
 * the renderings are drawn when the browser is idle, the slide on screen and its neighbours first, a couple
 * at a time, so opening the overview never waits on twenty slides and their charts.
 * Arrow keys move between slides, Enter or a click opens one.
 */
export function Overview({ deck, slides }: { readonly deck: DeckEngine; readonly slides: readonly Slide[] }) {
  const index = useDeckState(deck, (s) => s.index);
  const grid = useRef<HTMLOListElement>(null);
  const [drawn, setDrawn] = useState(0);
  const [order] = useState(() => thumbnailOrder(slides.length, deck.getState().index));
  const shown = new Set(order.slice(0, drawn));

  useEffect(() => {
    const card = grid.current?.querySelector<HTMLButtonElement>(`[data-index="${deck.getState().index}"]`);
    card?.focus();
    card?.scrollIntoView({ block: 'nearest' });
  }, [deck]);

  useEffect(() => {
    if (drawn >= order.length) return;
    return whenIdle(() => setDrawn((n) => Math.min(order.length, n + thumbnailsPerIdle)));
  }, [drawn, order.length]);

  const open = (at: number): void => {
    deck.goTo(at);
    deck.closeOverlay();
  };

  // The editing view opens on the slide chosen here (the app reads `#/edit` as a change of view).
  const edit = (at: number): void => {
    deck.goTo(at);
    deck.closeOverlay();
    window.location.replace('#/edit');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    const list = grid.current;
    const focused = document.activeElement instanceof HTMLElement ? Number(document.activeElement.dataset.index) : NaN;
    if (!list || Number.isNaN(focused)) return;
    if (event.key.toLowerCase() === 'e' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      return edit(focused);
    }
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
    const card = list.querySelector<HTMLButtonElement>(`[data-index="${target}"]`);
    card?.focus();
    card?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <div className="deck-overlay deck-overview" role="dialog" aria-modal="true" aria-label="幻灯片总览">
      <header className="deck-overlay-header">
        <h2>总览</h2>
        <p>方向键选择，Enter 打开，E 编辑，Esc 返回</p>
        <button type="button" className="overview-edit" onClick={() => edit(deck.getState().index)}>
          编辑幻灯片
        </button>
      </header>
      <ol className="overview-grid" ref={grid} onKeyDown={onKeyDown}>
        {slides.map((slide, at) => (
          <li
            key={slide.id}
            className={`overview-item kind-${slide.kind}`}
            data-current={at === index ? 'true' : undefined}
            data-hidden={slide.hidden === true ? 'true' : undefined}
          >
            {/* The rendering is a picture of the slide: not read out, not clickable in itself (the button over it is). */}
            <div className="overview-thumb" aria-hidden="true" inert data-drawn={shown.has(at)}>
              {shown.has(at) && (
                <Stage label={slide.title}>
                  <SlideView slide={slide} revealed={slide.steps} animate={false} />
                </Stage>
              )}
            </div>
            <button
              type="button"
              className="overview-card"
              data-index={at}
              aria-current={at === index ? 'true' : undefined}
              onClick={() => open(at)}
            >
              <span className="overview-number">{at + 1}</span>
              <span className="overview-kind">{kindLabel[slide.kind]}</span>
              <span className="overview-title">{slide.title}</span>
              {slide.hidden === true && <span className="overview-hidden">已隐藏</span>}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
