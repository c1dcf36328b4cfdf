import type { Ref } from 'react';

export interface DeckProgressProps {
  /** The bar scaled from 0 to 1 as the talk advances, and the "N / total" number (progressController writes both). */
  readonly barRef?: Ref<HTMLDivElement>;
  readonly numberRef?: Ref<HTMLDivElement>;
  /** What they show before any controller runs: the drawn-ahead cover (first paint) shows slide 1 on its navy. */
  readonly initial?: { readonly index: number; readonly total: number; readonly darkGround: boolean };
}

/**
 * The progress bar and slide number on the stage, as the audience's deck draws them. The first-paint drawer
 * draws the very same parts around the cover it serves, so the app takes its own frame over unchanged.
 */
export function DeckProgress({ barRef, numberRef, initial }: DeckProgressProps) {
  return (
    <>
      <div className="deck-progress" aria-hidden="true">
        <div className="deck-progress-bar" ref={barRef} />
      </div>
      <div
        className="deck-slide-number"
        ref={numberRef}
        aria-hidden="true"
        data-ground={initial ? (initial.darkGround ? 'dark' : 'light') : undefined}
      >
        {initial ? `${initial.index + 1} / ${initial.total}` : null}
      </div>
    </>
  );
}

/** Slides on the navy ground at the corner where the number sits: the number is set light on them. */
export const onDarkGround = (kind: string | undefined): boolean => kind === 'cover' || kind === 'closing';
