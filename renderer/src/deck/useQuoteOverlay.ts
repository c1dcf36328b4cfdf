import { useCallback, useState } from 'react';
import type { FigureCard } from '../../../main/shared/deck';
import type { DeckEngine } from './engine';

/** The card whose source sentence is shown, and the action that shows it in the deck's quote overlay. */
export function useQuoteOverlay(deck: DeckEngine): [FigureCard | null, (card: FigureCard) => void] {
  const [quote, setQuote] = useState<FigureCard | null>(null);
  const openQuote = useCallback(
    (card: FigureCard) => {
      setQuote(card);
      deck.openOverlay('quote');
    },
    [deck],
  );
  return [quote, openQuote];
}
