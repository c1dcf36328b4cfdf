import { useMemo } from 'react';
import type { Slide } from '../../../main/core/deck/types';
import { ComboboxInput, pickFrom, useCombobox } from '../app/combobox';
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
  const field = useCombobox();
  const matches = useMemo(() => matchSlides(slides, field.query), [slides, field.query]);
  const pick = pickFrom(field, matches, {
    optionKey: (match) => match.index,
    onPick: (match) => go(match),
    onClose: () => deck.closeOverlay(),
  });

  function go(match: Match | undefined): void {
    if (!match) return;
    deck.goTo(match.index);
    deck.closeOverlay();
  }

  return (
    <div className="deck-overlay deck-jump" role="dialog" aria-modal="true" aria-label="按标题跳转">
      <div className="jump-panel">
        <label className="jump-label" htmlFor={`${field.listId}-input`}>
          跳转到幻灯片
        </label>
        <ComboboxInput state={pick.input} id={`${field.listId}-input`} className="jump-input" placeholder="输入标题中的文字" expanded />
        <ul className="jump-results" id={field.listId} role="listbox" aria-label="匹配的幻灯片">
          {matches.map((match) => (
            <li
              key={match.slide.id}
              id={pick.optionId(match)}
              role="option"
              aria-selected={match === pick.chosen}
              className={match === pick.chosen ? 'is-active' : undefined}
              onClick={() => go(match)}
            >
              <span className="jump-number">{match.index + 1}</span>
              <span className="jump-title">{match.slide.title}</span>
            </li>
          ))}
          {matches.length === 0 && <li className="jump-empty">没有标题包含“{field.query}”的幻灯片</li>}
        </ul>
      </div>
    </div>
  );
}
