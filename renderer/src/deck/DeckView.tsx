import './deck.css';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import type { Slide } from '../../../main/shared/deck';
import { Stage } from '../slides/Stage';
import { removePreDrawnLayer } from './pre-drawn-layer';
import { markSlideReadyForBench } from './bench-hook';
import { clickController, hasTextSelection, isOwnClick } from './controllers/click';
import { progressController } from './controllers/progress';
import { startsInOverlay, touchController } from './controllers/touch';
import { DeckNav } from './DeckNav';
import { DeckProgress, onDarkGround } from './DeckProgress';
import { DeckOverlays } from './DeckOverlays';
import type { DeckEngine } from './engine';
import { SlideLayers } from './SlideLayers';
import { useDeckState } from './useDeckState';
import { useQuoteOverlay } from './useQuoteOverlay';
import { useReducedMotion } from './useReducedMotion';
import { warmUpDeck } from './warm-up';

interface DeckViewProps {
  readonly deck: DeckEngine;
  readonly slides: readonly Slide[];
  readonly title: string;
  /** Laid over the slide on the stage, scaled with it (the ink and the 批注 mark, from the app). */
  readonly stageOverlay?: ReactNode;
}

/**
 * The audience's screen: the 16:9 stage with the current slide, progress, and the overlays. It renders
 * again only when the animation setting changes; slide changes are handled below it (SlideLayers) and
 * by controllers writing to the DOM (progress).
 */
export function DeckView({ deck, slides, title, stageOverlay }: DeckViewProps) {
  const root = useRef<HTMLElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const number = useRef<HTMLDivElement>(null);
  const [quote, openQuote] = useQuoteOverlay(deck);
  const animateSetting = useDeckState(deck, (s) => s.settings.animate);
  const reducedMotion = useReducedMotion();
  const animate = animateSetting && !reducedMotion;

  useEffect(() => {
    const element = root.current;
    if (!element || !bar.current || !number.current) return;
    const darkGround = (index: number): boolean => onDarkGround(slides[index]?.kind);
    const releaseProgress = deck.use(progressController({ bar: bar.current, number: number.current, darkGround }));
    const releaseTouch = deck.use(touchController({ target: element, ignore: startsInOverlay }));
    const stage = element.querySelector('.stage-frame') ?? element;
    const releaseClick = deck.use(clickController({ target: stage, ignore: isOwnClick, selecting: hasTextSelection }));
    return () => {
      releaseProgress();
      releaseTouch();
      releaseClick();
    };
  }, [deck, slides]);

  // `data-ready-slide` tells tests (and anyone waiting for a screenshot) that the slide on screen has drawn.
  const onCurrentPending = useCallback((index: number) => {
    root.current?.setAttribute('data-current-slide', String(index + 1));
    root.current?.removeAttribute('data-ready-slide');
  }, []);
  const cancelWarmUp = useRef<(() => void) | null>(null);
  useEffect(() => () => cancelWarmUp.current?.(), []);
  const onCurrentReady = useCallback(
    (index: number) => {
      root.current?.setAttribute('data-ready-slide', String(index + 1));
      markSlideReadyForBench(index);
      // The app's own slide is on screen: the copy the document was served with has done its job.
      removePreDrawnLayer();
      cancelWarmUp.current ??= warmUpDeck(slides);
    },
    [slides],
  );
  const focusDeck = useCallback(() => root.current?.focus({ preventScroll: true }), []);

  return (
    <main className="deck" ref={root} tabIndex={-1} data-motion={animate ? 'on' : 'off'} aria-label={title}>
      <Stage label={title}>
        <SlideLayers
          deck={deck}
          slides={slides}
          animate={animate}
          onOpenQuote={openQuote}
          onCurrentPending={onCurrentPending}
          onCurrentReady={onCurrentReady}
        />
        <DeckProgress barRef={bar} numberRef={number} />
        {stageOverlay}
      </Stage>
      <DeckNav deck={deck} />
      <DeckOverlays deck={deck} slides={slides} quote={quote} presenter={false} returnFocus={focusDeck} />
    </main>
  );
}
