/** Run `task` when the browser is idle (soon at the latest), cancellable. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 400 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 50);
  return () => clearTimeout(handle);
}

/** Longer than the slide fade (deck.css), so the slide being faded out is not unmounted under it. */
const fadeMs = 250;

/** `whenIdle`, but not before the fade of a slide change is over. */
export function afterFadeWhenIdle(task: () => void): () => void {
  return afterDelayWhenIdle(fadeMs, task);
}

/** `whenIdle`, but not before `delayMs` has passed. */
export function afterDelayWhenIdle(delayMs: number, task: () => void): () => void {
  let cancelIdle = (): void => undefined;
  const timer = setTimeout(() => (cancelIdle = whenIdle(task)), delayMs);
  return () => {
    clearTimeout(timer);
    cancelIdle();
  };
}
