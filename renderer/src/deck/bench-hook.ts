/**
 * Timing hook for `npm run bench`, active only with `?bench=1` in the address so normal runs carry none of
 * it: when a slide has drawn, the next animation frame's time is recorded for the bench to read.
 */
export interface BenchMark {
  readonly index: number;
  readonly at: number;
}

declare global {
  interface Window {
    __briefingBench?: BenchMark[];
  }
}

const benchEnabled = typeof location !== 'undefined' && new URLSearchParams(location.search).get('bench') === '1';

export function markSlideReadyForBench(index: number): void {
  if (!benchEnabled) return;
  requestAnimationFrame(() => {
    document.documentElement.dataset.slideReady = String(index);
    (window.__briefingBench ??= []).push({ index, at: performance.now() });
  });
}
