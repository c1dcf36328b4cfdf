import { useCallback, useSyncExternalStore } from 'react';
import type { DeckEngine, DeckState } from './engine';

/**
 * One slice of the deck state. Components re-render only when their slice changes, which is what keeps a
 * slide change from re-rendering the whole deck (the overview, the dialogs, the other slides).
 */
export function useDeckState<T>(deck: DeckEngine, select: (state: DeckState) => T): T {
  const subscribe = useCallback((onChange: () => void) => deck.subscribe(onChange), [deck]);
  return useSyncExternalStore(subscribe, () => select(deck.getState()));
}
