import type { BriefingApi } from '../api/client';
import type { Deck } from '../../../main/shared/deck';
import { SourceView } from '../source/SourceView';
import { AppMessage } from './AppMessage';
import { useBriefing } from '../source/useBriefing';

/** `#/source`: the report as written with its figures (loaded on demand, kept out of the deck's bundle). */
interface SourceScreenProps {
  readonly api: BriefingApi;
  readonly deck: Deck;
  readonly onOpenSlide: (index: number) => void;
}

export function SourceScreen({ api, deck, onOpenSlide }: SourceScreenProps) {
  const briefingId = deck.briefingId;
  const state = useBriefing(api, briefingId);
  if (state.status === 'loading') return <AppMessage kind="loading">正在载入原文…</AppMessage>;
  if (state.status === 'error') return <AppMessage kind="error">无法载入原文：{state.message}</AppMessage>;
  return <SourceView data={state.data} slides={deck.slides} onOpenSlide={onOpenSlide} />;
}
