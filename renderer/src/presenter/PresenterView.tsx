import './presenter.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DeckBudget, Slide } from '../../../main/shared/deck';
import type { EditedDeck } from '../../../main/shared/deck-edits';
import { planMeeting } from '../../../main/shared/meeting-plan';
import type { BriefingApi } from '../api/client';
import { keepFocusOnPress } from '../ui/keep-focus';
import { PresenterAnnotations } from '../overlays/AnnotationsChrome';
import { PresenterNoteList } from '../annotations/PresenterNoteList';
import { clickController, hasTextSelection, isOwnClick } from '../deck/controllers/click';
import { StageOverlay } from '../overlays/StageOverlay';
import { startsInOverlay, touchController } from '../deck/controllers/touch';
import { DeckOverlays } from '../deck/DeckOverlays';
import type { DeckEngine } from '../deck/engine';
import { useDeckState } from '../deck/useDeckState';
import { useQuoteOverlay } from '../deck/useQuoteOverlay';
import { useReducedMotion } from '../deck/useReducedMotion';
import { SlideLayers } from '../deck/SlideLayers';
import { warmUpDeck } from '../deck/warm-up';
import { Stage } from '../slides/Stage';
import { PresenterTimer } from './PresenterTimer';
import { RehearsalPanel } from './RehearsalPanel';
import { WallClock } from './WallClock';

interface PresenterViewProps {
  readonly deck: DeckEngine;
  readonly slides: readonly Slide[];
  readonly briefingId: number;
  readonly budgets: readonly DeckBudget[];
  readonly api: BriefingApi;
}

/** The slides' minutes and the budgets the time plan is read from: the deck's, until a rehearsal sets new ones. */
interface Timing {
  readonly slides: readonly Slide[];
  readonly budgets: readonly DeckBudget[];
}

const sameOrder = (a: readonly Slide[], b: readonly Slide[]): boolean => a.length === b.length && a.every((slide, at) => slide.key === b[at]?.key);

/**
 * The presenter's window: the slide the audience sees, the next one, the speaker notes in large type,
 * the elapsed time and the clock. It follows the audience window and drives it (presenter sync).
 * Both slide panes keep their neighbours mounted (SlideLayers): the presenter window shares its main
 * thread with the audience window that opened it, so it must not set up two slides on every press.
 */
export function PresenterView({ deck, slides, briefingId, budgets, api }: PresenterViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const index = useDeckState(deck, (s) => s.index);
  const revealed = useDeckState(deck, (s) => s.revealed);
  const showAll = useDeckState(deck, (s) => s.settings.revealMode === 'all');
  const animateSetting = useDeckState(deck, (s) => s.settings.animate);
  const reducedMotion = useReducedMotion();
  const animate = animateSetting && !reducedMotion;
  const [quote, openQuote] = useQuoteOverlay(deck);
  const current = slides[index];
  // The next slide the audience will see: hidden slides are passed by, as the deck steps past them.
  const nextIndex = slides.findIndex((slide, at) => at > index && slide.hidden !== true);
  const next = nextIndex < 0 ? undefined : slides[nextIndex];

  const currentPane = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!root.current || !currentPane.current) return;
    const releaseTouch = deck.use(touchController({ target: root.current, ignore: startsInOverlay }));
    // A click on the slide the audience sees goes on, as it does in their window.
    const releaseClick = deck.use(clickController({ target: currentPane.current, ignore: isOwnClick, selecting: hasTextSelection }));
    return () => {
      releaseTouch();
      releaseClick();
    };
  }, [deck]);
  const focusView = useCallback(() => root.current?.focus({ preventScroll: true }), []);
  // The fonts and charts of the whole deck, when idle (deck/warm-up.ts): no loading mid-talk.
  useEffect(() => warmUpDeck(slides), [slides]);
  const [timing, setTiming] = useState<Timing>({ slides, budgets });
  const plan = useMemo(() => planMeeting(timing.slides, timing.budgets), [timing]);
  const [rehearsing, setRehearsing] = useState(false);
  // A rehearsal's times set as the budget count at once here; the slides on screen are unchanged by it.
  const rehearsalApplied = useCallback(
    (edited: EditedDeck) => {
      if (sameOrder(edited.deck.slides, slides)) setTiming({ slides: edited.deck.slides, budgets: edited.deck.budgets ?? [] });
    },
    [slides],
  );
  if (!current) return null;
  const hidden = current.steps - revealed;

  return (
    <div className="presenter" ref={root} tabIndex={-1} data-current-slide={index + 1}>
      <header className="presenter-header">
        <p className="presenter-position">
          第 <strong>{index + 1}</strong> / {slides.length} 张
        </p>
        <h1 className="presenter-title">{current.title}</h1>
        {current.hidden === true && <p className="presenter-hidden-mark">已隐藏：放映时跳过这一张</p>}
        <button
          type="button"
          className="presenter-rehearse"
          aria-pressed={rehearsing}
          onMouseDown={keepFocusOnPress}
          onClick={() => setRehearsing((value) => !value)}
          title="彩排：记录每张幻灯片的用时，可设为时间预算"
        >
          彩排
        </button>
      </header>
      <section className="presenter-current" aria-label="当前幻灯片">
        <div className="presenter-stage" ref={currentPane}>
          <Stage label={`当前：${current.title}`}>
            <SlideLayers deck={deck} slides={slides} animate={animate} onOpenQuote={openQuote} />
            <StageOverlay deck={deck} slides={slides} opensPanel={false} />
          </Stage>
        </div>
        {hidden > 0 && !showAll && <p className="presenter-steps">本张还有 {hidden} 项待显示</p>}
      </section>
      <div className="presenter-notes">
        {/* Staff notes on this slide first: what colleagues asked the presenter to say or check. */}
        <PresenterNoteList slideId={current.id} />
        <section className="presenter-speaker-notes" aria-label="讲稿备注">
          <h2 className="presenter-label">讲稿备注</h2>
          {current.notes.length > 0 ? current.notes.map((note, at) => <p key={at}>{note}</p>) : <p className="presenter-no-notes">本张没有备注。</p>}
        </section>
      </div>
      <aside className="presenter-side">
        <section className="presenter-next" aria-label="下一张">
          <span className="presenter-label">下一张</span>
          {next ? (
            <>
              <div className="presenter-stage">
                <Stage label={`下一张：${next.title}`}>
                  <SlideLayers deck={deck} slides={slides} animate={false} offset={nextIndex - index} complete />
                </Stage>
              </div>
              <p className="presenter-next-title">{next.title}</p>
            </>
          ) : (
            <p className="presenter-end">已是最后一张</p>
          )}
        </section>
        {rehearsing ? (
          <RehearsalPanel
            api={api}
            deck={deck}
            slides={timing.slides}
            briefingId={briefingId}
            onApplied={rehearsalApplied}
            onClose={() => setRehearsing(false)}
          />
        ) : (
          <PresenterTimer deck={deck} briefingId={briefingId} slides={slides} plan={plan} returnFocus={focusView} />
        )}
        <WallClock />
      </aside>
      <DeckOverlays deck={deck} slides={slides} quote={quote} presenter returnFocus={focusView} />
      <PresenterAnnotations engine={deck} />
    </div>
  );
}
