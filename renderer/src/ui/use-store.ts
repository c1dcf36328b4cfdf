import { useCallback, useSyncExternalStore } from 'react';
import type { StateStore } from './state-store';

/** One slice of a store; the component re-renders only when that slice changes (compared with ===). */
export function useStore<T, S>(store: StateStore<T>, select: (state: T) => S): S {
  const subscribe = useCallback((onChange: () => void) => store.subscribe(onChange), [store]);
  return useSyncExternalStore(subscribe, () => select(store.getState()));
}
