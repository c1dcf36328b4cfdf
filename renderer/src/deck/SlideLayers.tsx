import { memo, startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FigureCard, Slide } from '../../../main/shared/deck';
import { SlideView } from '../slides/SlideView';
import type { DeckEngine } from './engine';
import { afterDelayWhenIdle, afterFadeWhenIdle, whenIdle } from '../ui/idle';
import { useDeckState } from './useDeckState';

/**
 * How long after the slide on screen has drawn the warming of its neighbours starts: past the next few
 * frames, which show the step (a slide laid out in between would push them back), well before the
 * presenter's next press.
 */
const warmDelayMs = 100;

interface SlideLayersProps {
  readonly deck: DeckEngine;
  readonly slides: readonly Slide[];
  readonly animate: boolean;
  /** Show the slide this far after the deck's current one (the presenter view's "next slide" pane uses 1). */
  readonly offset?: number;
  /** Show every reveal step (the "next slide" pane previews the whole slide). */
  readonly complete?: boolean;
  readonly onOpenQuote?: (card: FigureCard) => void;
  /** The slide on screen changed and has not drawn yet. */
  readonly onCurrentPending?: (index: number) => void;
  /** The slide on screen (and its chart) has drawn its first frame. */
  readonly onCurrentReady?: (index: number) => void;
}

/**
 * The slide on screen plus its neighbours, already mounted and drawn but hidden, so → and ← only swap
 * which layer is visible: no mount, no chart set-up, no re-render of the slides that did not change.
 * Neighbours are mounted when the browser is idle after the current slide has drawn.
 */
export const SlideLayers = memo(function SlideLayers(props: SlideLayersProps) {
  const { deck, slides, animate, offset = 0, complete = false, onOpenQuote, onCurrentPending, onCurrentReady } = props;
  const index = useDeckState(deck, (s) => s.index) + offset;
  const deckRevealed = useDeckState(deck, (s) => s.revealed);
  const showAll = useDeckState(deck, (s) => s.settings.revealMode === 'all') || complete;
  const revealed = complete ? (slides[index]?.steps ?? 0) : deckRevealed;
  /** Slides kept mounted (hidden) besides the current one. */
  const [warm, setWarm] = useState<readonly number[]>([]);
  const warmNow = useRef<readonly number[]>([]);
  // The slide just left stays mounted: it is painted under the new one while that fades in, and ← brings
  // it back at once. (Adjusting state while rendering, as React recommends for state derived from props.)
  const [shown, setShown] = useState(index);
  if (shown !== index) {
    setShown(index);
    // Functional, so it also applies on top of a warm-up still pending in a transition.
    if (!warm.includes(shown)) setWarm((before) => (before.includes(shown) ? before : [...before, shown]));
  }
  useLayoutEffect(() => {
    warmNow.current = warm;
  }, [warm]);

  const readyIds = useRef(new Set<string>());
  const current = useRef({ index, id: slides[index]?.id });
  const cancelWarm = useRef<() => void>(() => undefined);
  /** The index already announced, so a slide that reports ready twice is announced once. */
  const announced = useRef<number | null>(null);

  /**
   * Mount the neighbours of slide `at` one per idle period, the next slide first, shortly after the slide on
   * screen has drawn: each mount lays out a slide and may set up a chart, and two in one task would make a
   * long task a key press could wait on; started early, they are over long before the presenter's next press
   * (a press rarely comes within a third of a second). Slides no longer needed are let go only after the
   * fade, so the slide fading out is never unmounted under it.
   */
  const warmAround = useCallback(
    (at: number) => {
      const wanted = [at + 1, at - 1].filter((i) => i >= 0 && i < slides.length);
      const commit = (next: readonly number[]): void => {
        if (next.join() === warmNow.current.join()) return;
        warmNow.current = next;
        // A transition: React renders the new slide in slices and gives way to a key press meanwhile.
        startTransition(() => setWarm(next));
      };
      const step = (): void => {
        const missing = wanted.find((i) => !warmNow.current.includes(i));
        if (missing !== undefined) {
          commit([...warmNow.current, missing]);
          cancelWarm.current = whenIdle(step);
          return;
        }
        cancelWarm.current = afterFadeWhenIdle(() => commit(warmNow.current.filter((i) => wanted.includes(i))));
      };
      cancelWarm.current();
      cancelWarm.current = afterDelayWhenIdle(warmDelayMs, step);
    },
    [slides.length],
  );

  const announce = useCallback(
    (at: number) => {
      if (announced.current === at) return;
      announced.current = at;
      onCurrentReady?.(at);
      warmAround(at);
    },
    [onCurrentReady, warmAround],
  );

  const onLayerReady = useCallback(
    (id: string) => {
      readyIds.current.add(id);
      if (id === current.current.id) announce(current.current.index);
    },
    [announce],
  );
  const onLayerGone = useCallback((id: string) => readyIds.current.delete(id), []);

  const currentId = slides[index]?.id;
  useLayoutEffect(() => {
    current.current = { index, id: currentId };
    announced.current = null;
    onCurrentPending?.(index);
    if (currentId !== undefined && readyIds.current.has(currentId)) announce(index);
  }, [index, currentId, announce, onCurrentPending]);
  useEffect(() => () => cancelWarm.current(), []);

  const mounted = [...new Set([index, ...warm])].sort((a, b) => a - b);
  return (
    <>
      {mounted.map((at) => {
        const slide = slides[at];
        if (!slide) return null;
        // What a hidden neighbour will show on arrival: complete when coming back to it, else per the setting.
        const revealedHere = at === index ? revealed : at < index || showAll ? slide.steps : 0;
        return (
          <SlideLayer
            key={slide.id}
            slide={slide}
            current={at === index}
            revealed={revealedHere}
            animate={animate}
            onReady={onLayerReady}
            onGone={onLayerGone}
            onOpenQuote={onOpenQuote}
          />
        );
      })}
    </>
  );
});

interface SlideLayerProps {
  readonly slide: Slide;
  readonly current: boolean;
  readonly revealed: number;
  readonly animate: boolean;
  readonly onReady: (id: string) => void;
  readonly onGone: (id: string) => void;
  readonly onOpenQuote?: (card: FigureCard) => void;
}

const SlideLayer = memo(function SlideLayer({ slide, current, revealed, animate, onReady, onGone, onOpenQuote }: SlideLayerProps) {
  const { id } = slide;
  const ready = useCallback(() => onReady(id), [onReady, id]);
  useEffect(() => () => onGone(id), [onGone, id]);
  return (
    <div className={current ? 'slide-layer is-current' : 'slide-layer'} inert={!current} data-slide-layer={id}>
      <MemoSlideView slide={slide} revealed={revealed} animate={animate} onReady={ready} onOpenQuote={onOpenQuote} />
    </div>
  );
});

/** A slide whose props did not change is not rendered again when it becomes (or stops being) current. */
const MemoSlideView = memo(SlideView);
