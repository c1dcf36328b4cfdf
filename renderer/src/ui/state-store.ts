/**
 * A tiny observable value, the shape `useSyncExternalStore` wants. The annotation pieces (data, panel, ink
 * tools, toasts) each keep their state in one, so they run and are tested without React, and a component
 * re-renders only for the slice it selects.
 */
export interface StateStore<T> {
  getState(): T;
  setState(change: Partial<T> | ((state: T) => Partial<T>)): void;
  subscribe(listener: () => void): () => void;
}

export function createStateStore<T extends object>(initial: T): StateStore<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState(change) {
      const patch = typeof change === 'function' ? change(state) : change;
      const next = { ...state, ...patch };
      const changed = (Object.keys(patch) as (keyof T)[]).some((key) => next[key] !== state[key]);
      if (!changed) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
