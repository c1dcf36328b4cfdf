import './deck.css';
import { useEffect, useRef } from 'react';
import type { FigureCard, Slide } from '../../../main/shared/deck';
import type { DeckEngine } from './engine';
import { HelpOverlay } from './HelpOverlay';
import { JumpDialog } from './JumpDialog';
import { Overview } from './Overview';
import { QuotePopover } from './QuotePopover';
import { useDeckState } from './useDeckState';

interface DeckOverlaysProps {
  readonly deck: DeckEngine;
  readonly slides: readonly Slide[];
  readonly quote: FigureCard | null;
  /** In the presenter view a blackout is shown as a notice, not over the presenter's own screen. */
  readonly presenter: boolean;
  /** Where focus goes back when an overlay closes, so the keys reach the deck again. */
  readonly returnFocus: () => void;
}

/** How long "没有第 N 张" stays on screen. */
const refusedNoticeMs = 4000;

/** Whatever lies over the slide: overview, jump dialog, key help, quote, typed number, blackout. */
export function DeckOverlays({ deck, slides, quote, presenter, returnFocus }: DeckOverlaysProps) {
  const overlay = useDeckState(deck, (s) => s.overlay);
  const blackout = useDeckState(deck, (s) => s.blackout);
  const typedNumber = useDeckState(deck, (s) => s.typedNumber);
  const refusedNumber = useDeckState(deck, (s) => s.refusedNumber);
  useEffect(() => {
    if (refusedNumber === null) return;
    const timer = setTimeout(() => deck.clearRefusedNumber(), refusedNoticeMs);
    return () => clearTimeout(timer);
  }, [deck, refusedNumber]);

  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && overlay === 'none') returnFocus();
    wasOpen.current = overlay !== 'none';
  }, [overlay, returnFocus]);

  return (
    <>
      {overlay === 'overview' && <Overview deck={deck} slides={slides} />}
      {overlay === 'jump' && <JumpDialog deck={deck} slides={slides} />}
      {overlay === 'help' && <HelpOverlay deck={deck} presenter={presenter} />}
      {overlay === 'quote' && quote && <QuotePopover deck={deck} card={quote} />}
      {typedNumber && (
        <p className="deck-typed-number" role="status">
          跳转到第 <strong>{typedNumber}</strong> 张　按 Enter 确定
        </p>
      )}
      {refusedNumber !== null && (
        <p className="deck-typed-number is-refused" role="alert">
          没有第 <strong>{refusedNumber}</strong> 张：本简报共 {slides.length} 张，仍停在第 {deck.getState().index + 1} 张
        </p>
      )}
      {blackout !== 'none' &&
        (presenter ? (
          <p className={`presenter-blackout-notice is-${blackout}`} role="status">
            观众屏幕：{blackout === 'black' ? '黑屏' : '白屏'}（按 {blackout === 'black' ? 'B' : 'W'} 恢复）
          </p>
        ) : (
          <div
            className={`deck-curtain is-${blackout}`}
            data-blackout={blackout}
            role="status"
            aria-label={blackout === 'black' ? '黑屏' : '白屏'}
            onClick={() => deck.setBlackout('none')}
          />
        ))}
    </>
  );
}
