import { useLayoutEffect, type JSX, type RefObject } from 'react';
import { whenIdle } from '../../ui/idle';
import { splitPhrases } from '../../text/phrases';

/**
 * Chinese has no spaces, so a browser breaks a heading anywhere: 内蒙古民生福祉实 / 现“四个显著提升”. Set
 * as phrases (each kept whole when it fits the line), it breaks where a reader pauses instead:
 * 内蒙古民生福祉实现 / “四个显著提升”. The text itself is unchanged.
 */
export function Phrases({ text }: { readonly text: string }): JSX.Element {
  const parts = splitPhrases(text);
  if (parts.length <= 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) => (
        <span key={i} className="phrase">
          {part}
        </span>
      ))}
    </>
  );
}

/** 0-based part index → 01, 02 … */
export function partNumber(partIndex: number): string {
  return String(partIndex + 1).padStart(2, '0');
}

/** The heading block of a content or agenda slide: kicker line, title and an optional page count. */
export function SlideHeader({
  kicker,
  heading,
  page,
}: {
  readonly kicker: string | null;
  readonly heading: string;
  readonly page?: { readonly page: number; readonly pages: number } | undefined;
}): JSX.Element {
  return (
    <header className="sv-head">
      {kicker && <p className="sv-kicker">{kicker}</p>}
      <h2 className="sv-heading">
        <Phrases text={heading} />
        {page && page.pages > 1 && (
          <span className="sv-page">
            （{page.page}/{page.pages}）
          </span>
        )}
      </h2>
    </header>
  );
}

/** Steps of the `--fit` factor tried, largest first, when text overflows its box. */
const fitSteps = [1, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64, 0.58, 0.52];
/** Steps of `--fit-head` (headings), tried only when the body overflows at every `--fit` step. */
const headSteps = [0.88, 0.76];

function overflows(element: HTMLElement): boolean {
  const mode = element.dataset.fit;
  const tall = element.scrollHeight > element.clientHeight;
  const wide = element.scrollWidth > element.clientWidth + 1;
  return mode === 'height' ? tall : mode === 'both' ? tall || wide : wide;
}

/**
 * Shrink lines (cards' values) on their own until each fits its width: text scales with its font size.
 * All lines are measured in one pass and written in one pass, so a slide of six cards costs one forced layout
 * per round rather than one per card.
 */
function fitOwnLines(lines: readonly HTMLElement[]): void {
  const factors = lines.map(() => 1);
  for (const line of lines) line.style.setProperty('--fit-own', '1');
  for (let round = 0; round < 3; round++) {
    const sizes = lines.map((line) => [line.scrollWidth, line.clientWidth] as const); // one layout
    let changed = false;
    sizes.forEach(([scrollWidth, clientWidth], i) => {
      if (scrollWidth <= clientWidth + 1 || clientWidth === 0) return;
      factors[i] = Math.floor((factors[i] ?? 1) * (clientWidth / scrollWidth) * 100) / 100;
      changed = true;
    });
    if (!changed) return;
    lines.forEach((line, i) => line.style.setProperty('--fit-own', (factors[i] ?? 1).toFixed(2)));
  }
}

/** True when the slide is set at full size (no factor, no compact or overflow mark) and nothing overflows. */
function fitsAtFullSize(element: HTMLElement, all: readonly HTMLElement[], own: readonly HTMLElement[], boxes: readonly HTMLElement[]): boolean {
  const full = (target: HTMLElement, property: string): boolean => target.style.getPropertyValue(property) === '1';
  if (!full(element, '--fit') || !full(element, '--fit-head')) return false;
  if (all.some((box) => box.hasAttribute('data-overflow') || box.hasAttribute('data-compact'))) return false;
  if (!own.every((line) => full(line, '--fit-own'))) return false;
  return own.every((line) => line.scrollWidth <= line.clientWidth + 1) && !boxes.some(overflows);
}

/**
 * Run `fit` now if `element` is on screen. A slide warmed up out of sight (a hidden deck layer) is fitted
 * when the browser is idle instead, not in the task that mounts it: that task already lays the whole slide
 * out once, and the two together make a long task a key press could wait on. Should the slide come on
 * screen first (its layer's class changes), it is fitted right then, before that frame is painted: mutation
 * observers run before rendering. Returns a cancel.
 */
export function fitNowOrWhenSeen(element: HTMLElement, fit: () => void): () => void {
  const onScreen = (): boolean => element.checkVisibility({ visibilityProperty: true });
  if (onScreen()) {
    fit();
    return () => undefined;
  }
  const shown = new MutationObserver(() => {
    if (!onScreen()) return;
    cancel();
    fit();
  });
  if (element.parentElement) shown.observe(element.parentElement, { attributes: true, attributeFilter: ['class'] });
  const cancelIdle = whenIdle(() => {
    shown.disconnect();
    fit();
  });
  const cancel = (): void => {
    shown.disconnect();
    cancelIdle();
  };
  return cancel;
}

/**
 * Make a slide's text fit its boxes. Boxes marked `data-fit` ("height", "width" or "both") are checked after
 * layout; while any overflows, the slide's `--fit` factor steps down (CSS sizes read it and never go below
 * their readable minimum). Lines marked `data-fit="own"` (a card's big number) also shrink on their own via
 * `--fit-own`. If that is not enough, overflowing boxes get `data-compact` (tighter spacing) and the sizes are
 * tried again; whatever still overflows gets `data-overflow`, where CSS lets it wrap.
 * Re-runs when the web fonts finish loading, since they change text metrics.
 */
export function useFit(root: RefObject<HTMLElement | null>, key: unknown): void {
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    let cancelled = false;
    const fit = (): void => {
      if (cancelled) return;
      const all = [...element.querySelectorAll<HTMLElement>('[data-fit]')];
      const own = all.filter((box) => box.dataset.fit === 'own');
      const boxes = all.filter((box) => box.dataset.fit !== 'own');
      // Already at full size with everything fitting (the usual case, and every refit after a font load that
      // changed nothing): one read of the layout, no write, so no relayout of the slide.
      if (fitsAtFullSize(element, all, own, boxes)) return;
      for (const box of all) {
        box.removeAttribute('data-overflow');
        box.removeAttribute('data-compact');
      }
      const tryScales = (): boolean => {
        for (const step of fitSteps) {
          element.style.setProperty('--fit', String(step));
          fitOwnLines(own);
          if (!boxes.some(overflows)) return true;
        }
        return false;
      };
      element.style.setProperty('--fit-head', '1');
      if (tryScales()) return;
      // Still too much: tighten the spacing of the boxes that overflow, then try the sizes again.
      for (const box of boxes) if (overflows(box)) box.setAttribute('data-compact', '');
      if (tryScales()) return;
      // Only a body that cannot fit at its smallest makes the title give way (a very long heading).
      for (const step of headSteps) {
        element.style.setProperty('--fit-head', String(step));
        if (tryScales()) return;
      }
      for (const box of all) if (overflows(box)) box.setAttribute('data-overflow', '');
    };
    let cancelDeferred = fitNowOrWhenSeen(element, fit);
    const fonts = document.fonts;
    // Each font subset that finishes loading fires an event (while stepping, for every slide with new
    // characters); one fit per frame is enough, and a slide out of sight refits when it is next seen or the
    // browser is idle, not in the frame: a dozen warm slides refitting at once made long tasks.
    // A burst of loads (a step to a slide with new characters) ends in one refit, once they have all landed.
    let pending = 0;
    let waiting = false;
    const onFonts = (): void => {
      if (waiting || !fonts) return;
      waiting = true;
      void fonts.ready.then(() => {
        waiting = false;
        if (cancelled || pending) return;
        pending = requestAnimationFrame(() => {
          pending = 0;
          cancelDeferred();
          cancelDeferred = fitNowOrWhenSeen(element, fit);
        });
      });
    };
    fonts?.addEventListener?.('loadingdone', onFonts);
    // Loads already under way when the slide mounts end in a refit too (and none: nothing to wait for).
    if (fonts?.status === 'loading') onFonts();
    // The stage is scaled with a CSS transform, so the slide's layout size rarely changes; refit only when it
    // does. The observer's first report is the size the slide starts with, which the fit above handles (and
    // is not read here: reading a size now would force the very layout a hidden slide defers).
    let lastSize: string | null = null;
    const observer = new ResizeObserver(() => {
      const size = `${element.clientWidth}x${element.clientHeight}`;
      if (lastSize !== null && size !== lastSize) fit();
      lastSize = size;
    });
    observer.observe(element);
    return () => {
      cancelled = true;
      cancelDeferred();
      if (pending) cancelAnimationFrame(pending);
      fonts?.removeEventListener?.('loadingdone', onFonts);
      observer.disconnect();
    };
  }, [root, key]);
}
