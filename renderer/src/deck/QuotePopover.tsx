import type { FigureCard } from '../../../main/shared/deck';
import { figurePhrase } from '../../../main/shared/format';
import { MarkedQuote } from '../text/MarkedQuote';
import type { DeckEngine } from './engine';

/** A card's source mark opened: the sentence of the report the figure was taken from, the figure marked in it. */
export function QuotePopover({ deck, card }: { readonly deck: DeckEngine; readonly card: FigureCard }) {
  return (
    <div className="deck-overlay deck-quote" onClick={() => deck.closeOverlay()}>
      <figure
        className="quote-panel"
        role="dialog"
        aria-modal="true"
        aria-label={`出处：${card.label}`}
        onClick={(event) => event.stopPropagation()}
      >
        <figcaption className="quote-figure">
          <span className="quote-label">{card.label}</span>
          <strong className="quote-value">{figurePhrase(card)}</strong>
          {card.period && <span className="quote-period">{card.period}</span>}
          {card.derived && <span className="quote-derived">推算</span>}
        </figcaption>
        <blockquote className="quote-text">
          <MarkedQuote text={card.quote} mark={card.quoteMark} />
        </blockquote>
        <button type="button" className="overlay-close" autoFocus onClick={() => deck.closeOverlay()}>
          关闭
        </button>
      </figure>
    </div>
  );
}
