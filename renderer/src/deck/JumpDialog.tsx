import { useMemo } from 'react';
import type { Slide } from '../../../main/shared/deck';
import { ComboboxInput, pickFrom, useCombobox } from '../ui/combobox';
import { figurePhrase } from '../../../main/shared/format';
import type { DeckEngine } from './engine';

export interface Match {
  readonly index: number;
  readonly slide: Slide;
  /** What matched when it was not the title: a card's label and value, a point, a section listed. */
  readonly via: string | null;
}

const normalise = (text: string): string => text.replace(/[\s“”"‘’'·、，。：]/g, '').toLowerCase();

/** The texts of a slide besides its title that a presenter may remember it by, each as it would be shown. */
function otherTexts(slide: Slide): string[] {
  switch (slide.kind) {
    case 'content':
      return [
        ...slide.cards.map((card) => `${card.label} ${figurePhrase(card)}`),
        ...(slide.chart ? [slide.chart.title] : []),
        ...slide.points,
      ];
    case 'divider':
      return [slide.headline, ...(slide.slogan ? [slide.slogan] : []), ...slide.sections];
    case 'agenda':
      return slide.items.map((item) => item.headline);
    case 'cover':
      return [slide.region, slide.subtitle, slide.period].filter((text): text is string => text !== null);
    case 'closing':
      return [slide.text];
  }
}

/**
 * Slides whose title or number contains what was typed, then those where a card label, a chart, a key
 * sentence or a listed section does (with that text, so the presenter sees why); all when nothing was typed.
 */
export function matchSlides(slides: readonly Slide[], query: string): Match[] {
  const wanted = normalise(query);
  const all = slides.map((slide, index) => ({ slide, index, via: null }));
  if (!wanted) return all;
  const byTitle = all.filter(({ slide, index }) => normalise(slide.title).includes(wanted) || String(index + 1) === wanted);
  const titled = new Set(byTitle.map((match) => match.index));
  const byContent = all.flatMap(({ slide, index }): Match[] => {
    if (titled.has(index)) return [];
    const via = otherTexts(slide).find((text) => normalise(text).includes(wanted));
    return via === undefined ? [] : [{ slide, index, via }];
  });
  return [...byTitle, ...byContent];
}

/** G: type part of a slide's title or of a figure on it, ↑↓ to choose, Enter to go there, Esc to close. */
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
        <ComboboxInput state={pick.input} id={`${field.listId}-input`} className="jump-input" placeholder="输入标题或数据中的文字" expanded />
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
              <span className="jump-title">
                {match.slide.title}
                {match.via && <span className="jump-via">{match.via}</span>}
              </span>
            </li>
          ))}
          {matches.length === 0 && <li className="jump-empty">没有标题或数据包含“{field.query}”的幻灯片</li>}
        </ul>
      </div>
    </div>
  );
}
