import '../styles/slides.css';
import { useCallback, useEffect, useRef, type JSX } from 'react';
import type { FigureCard, Slide } from '../../../main/shared/deck';
import { AgendaSlide } from './layouts/AgendaSlide';
import { ClosingSlide } from './layouts/ClosingSlide';
import { ContentSlide } from './layouts/ContentSlide';
import { CoverSlide } from './layouts/CoverSlide';
import { DividerSlide } from './layouts/DividerSlide';
import { useFit } from './layouts/shared';

export interface SlideViewProps {
  readonly slide: Slide;
  /** How many reveal steps are shown: cards with step ≤ revealed are visible; step 0 always. */
  readonly revealed: number;
  /** False → no transitions or animations at all. */
  readonly animate: boolean;
  /** Called once the slide is fully drawn: at once without a chart, else after the chart's first render + one frame. */
  readonly onReady?: () => void;
  /** The card's small source mark was activated. */
  readonly onOpenQuote?: (card: FigureCard) => void;
}

/**
 * One slide laid out on the 1920×1080 stage (the deck engine wraps it in <Stage>). Everything shown comes
 * from the deck; values are printed exactly as stored.
 */
export function SlideView({ slide, revealed, animate, onReady, onOpenQuote }: SlideViewProps): JSX.Element {
  const root = useRef<HTMLElement>(null);
  useFit(root, slide);

  // onReady fires once per slide, whatever re-renders or redraws happen after.
  const readyCallback = useRef(onReady);
  useEffect(() => {
    readyCallback.current = onReady;
  }, [onReady]);
  const readyFor = useRef<string | null>(null);
  const markReady = useCallback(() => {
    if (readyFor.current === slide.id) return;
    readyFor.current = slide.id;
    readyCallback.current?.();
  }, [slide.id]);
  const hasChart = slide.kind === 'content' && slide.chart !== null;
  useEffect(() => {
    if (!hasChart) markReady();
  }, [hasChart, markReady]);

  return (
    <section
      ref={root}
      className={`slide-view sv-${slide.kind}${animate ? ' is-animated' : ''}`}
      data-slide-kind={slide.kind}
      data-slide-id={slide.id}
      aria-label={slide.title}
    >
      <SlideContent slide={slide} revealed={revealed} animate={animate} onChartReady={markReady} onOpenQuote={onOpenQuote} />
    </section>
  );
}

function SlideContent({
  slide,
  revealed,
  animate,
  onChartReady,
  onOpenQuote,
}: {
  readonly slide: Slide;
  readonly revealed: number;
  readonly animate: boolean;
  readonly onChartReady: () => void;
  readonly onOpenQuote?: ((card: FigureCard) => void) | undefined;
}): JSX.Element {
  switch (slide.kind) {
    case 'cover':
      return <CoverSlide slide={slide} />;
    case 'agenda':
      return <AgendaSlide slide={slide} />;
    case 'divider':
      return <DividerSlide slide={slide} />;
    case 'content':
      return (
        <ContentSlide
          slide={slide}
          revealed={revealed}
          animate={animate}
          onChartReady={onChartReady}
          onOpenQuote={onOpenQuote}
        />
      );
    case 'closing':
      return <ClosingSlide slide={slide} />;
  }
}
