/**
 * Highlights in the source view through the CSS Custom Highlight API: ranges are styled by the stylesheet
 * (::highlight(name)) without touching the DOM that React renders, and without any injected markup.
 */
export const passageHighlight = 'briefing-passage';
export const notedHighlight = 'briefing-noted';

const supported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export function setHighlight(name: string, ranges: readonly Range[]): void {
  if (!supported()) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

export function clearHighlight(name: string): void {
  if (supported()) CSS.highlights.delete(name);
}

/**
 * Call `found` with the element `find` returns as soon as it exists (the source view loads after the
 * route changes); gives up after `timeoutMs`. Returns a cancel function.
 */
export function whenPresent<T>(find: () => T | null, found: (value: T) => void, timeoutMs = 10_000): () => void {
  const now = find();
  if (now !== null) {
    found(now);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const value = find();
    if (value === null) return;
    stop();
    found(value);
  });
  const timer = setTimeout(() => stop(), timeoutMs);
  const stop = (): void => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
