import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Slide } from '../../../main/core/deck/types';
import type { DeckEngine } from './engine';

interface Match {
  readonly index: number;
  readonly slide: Slide;
}

const normalise = (text: string): string => text.replace(/[\s“”"‘’'·、，。：]/g, '').toLowerCase();

/** Slides whose title (or number) contains what was typed; everything when nothing was typed. */
export function matchSlides(slides: readonly Slide[], query: string): Match[] {
  const wanted = normalise(query);
  const all = slides.map((slide, index) => ({ slide, index }));
  if (!wanted) return all;
  return all.filter(({ slide, index }) => normalise(slide.title).includes(wanted) || String(index + 1) === wanted);
}

/** G: type part of a slide's title, ↑↓ to choose, Enter to go there, Esc to close. */
export function JumpDialog({ deck, slides }: { readonly deck: DeckEngine; readonly slides: readonly Slide[] }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchSlides(slides, query), [slides, query]);
  const listId = useId();
  const chosen = matches[Math.min(active, matches.length - 1)];

  const go = (match: Match | undefined): void => {
    if (!match) return;
    deck.goTo(match.index);
    deck.closeOverlay();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return; // Enter confirms the IME candidate, not the jump
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step) {
      event.preventDefault();
      setActive((a) => Math.min(matches.length - 1, Math.max(0, Math.min(a, matches.length - 1) + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(chosen);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      deck.closeOverlay();
    }
  };

  return (
    <div className="deck-overlay deck-jump" role="dialog" aria-modal="true" aria-label="按标题跳转">
      <div className="jump-panel">
        <label className="jump-label" htmlFor={`${listId}-input`}>
          跳转到幻灯片
        </label>
        <input
          id={`${listId}-input`}
          className="jump-input"
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={chosen ? `${listId}-${chosen.index}` : undefined}
          autoComplete="off"
          placeholder="输入标题中的文字"
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul className="jump-results" id={listId} role="listbox" aria-label="匹配的幻灯片">
          {matches.map((match) => (
            <li
              key={match.slide.id}
              id={`${listId}-${match.index}`}
              role="option"
              aria-selected={match === chosen}
              className={match === chosen ? 'is-active' : undefined}
              onClick={() => go(match)}
            >
              <span className="jump-number">{match.index + 1}</span>
              <span className="jump-title">{match.slide.title}</span>
            </li>
          ))}
          {matches.length === 0 && <li className="jump-empty">没有标题包含“{query}”的幻灯片</li>}
        </ul>
      </div>
    </div>
  );
}
