import { useState } from 'react';
import { request, type BriefingApi } from '../api/client';
import type { Deck, Slide } from '../../../main/shared/deck';
import { SourceView } from '../source/SourceView';
import type { CorrectionDraft } from '../source/CorrectionPanel';
import { AppMessage } from './AppMessage';
import { useBriefing } from '../source/useBriefing';

/** `#/source`: the report as written with its figures (loaded on demand, kept out of the deck's bundle). */
interface SourceScreenProps {
  readonly api: BriefingApi;
  readonly deck: Deck;
  readonly onOpenSlide: (index: number) => void;
  /** A figure was corrected here: the deck the app holds is out of date and is read again before it is shown. */
  readonly onDeckChanged: () => void;
}

export function SourceScreen({ api, deck, onOpenSlide, onDeckChanged }: SourceScreenProps) {
  const briefingId = deck.briefingId;
  const state = useBriefing(api, briefingId);
  // The deck as corrected, for the figure → slide links (an excluded figure is on no slide any more).
  const [slides, setSlides] = useState<readonly Slide[]>(deck.slides);
  const afterCorrection = async <T,>(saved: T): Promise<T> => {
    onDeckChanged();
    setSlides((await request(api, 'deck:edited', { briefingId })).deck.slides);
    return saved;
  };
  const correct = async (figureKey: string, draft: CorrectionDraft) =>
    afterCorrection(await request(api, 'figures:correct', { briefingId, figureKey, ...draft }));
  const uncorrect = async (figureKey: string) => afterCorrection(await request(api, 'figures:uncorrect', { briefingId, figureKey }));
  if (state.status === 'loading') return <AppMessage kind="loading">正在载入原文…</AppMessage>;
  if (state.status === 'error') return <AppMessage kind="error">无法载入原文：{state.message}</AppMessage>;
  return <SourceView data={state.data} slides={slides} onOpenSlide={onOpenSlide} onCorrect={correct} onUncorrect={uncorrect} />;
}
