import { keepFocusOnPress } from '../ui/keep-focus';
import { useAutoHide } from '../ui/useAutoHide';
import type { DeckEngine } from './engine';
import { useDeckState } from './useDeckState';

/**
 * 上一张 / 下一张 for mouse and touch users, at the window's lower right, outside the projected picture's
 * text. Like the toolbar they show while the mouse moves and fade when it rests (a clicker never moves it);
 * on a touch screen, where nothing hovers, they stay faintly shown.
 */
export function DeckNav({ deck }: { readonly deck: DeckEngine }) {
  const [awake, hold] = useAutoHide();
  const atStart = useDeckState(deck, (s) => s.index === 0 && s.revealed === 0);
  const atEnd = useDeckState(deck, (s) => s.index === deck.slideCount - 1 && s.revealed >= deck.stepsOf(s.index));
  return (
    <nav
      className="deck-nav"
      data-awake={awake}
      aria-label="翻页"
      onMouseEnter={() => hold(true)}
      onMouseLeave={() => hold(false)}
      onFocus={() => hold(true)}
      onBlur={() => hold(false)}
      onMouseDown={keepFocusOnPress}
    >
      <button type="button" className="deck-nav-prev" title="上一张（←）" disabled={atStart} onClick={() => deck.prev()}>
        <span aria-hidden="true">‹</span>
        <span className="visually-hidden">上一张</span>
      </button>
      <button type="button" className="deck-nav-next" title="下一张（→ 或单击幻灯片）" disabled={atEnd} onClick={() => deck.next()}>
        <span aria-hidden="true">›</span>
        <span className="visually-hidden">下一张</span>
      </button>
    </nav>
  );
}
