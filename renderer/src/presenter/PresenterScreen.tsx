import { useEffect } from 'react';
import type { BriefingApi } from '../api/client';
import type { Deck } from '../../../main/shared/deck';
import { useDeckEngine } from '../deck/useDeckEngine';
import { registerControllers, windowControllers } from '../deck/window-controllers';
import { PresenterView } from './PresenterView';

/** `#/presenter/N`: the presenter's window, synced both ways with the audience window. */
export function PresenterScreen({ api, deck, startIndex }: { readonly api: BriefingApi; readonly deck: Deck; readonly startIndex: number }) {
  const engine = useDeckEngine(deck.slides, startIndex);
  useEffect(
    () => registerControllers(engine, windowControllers(engine, { api, briefingId: deck.briefingId, role: 'presenter' })),
    [engine, api, deck.briefingId],
  );
  useEffect(() => {
    document.title = `演讲者视图 · ${deck.title}`;
  }, [deck.title]);
  return <PresenterView deck={engine} slides={deck.slides} briefingId={deck.briefingId} budgets={deck.budgets ?? []} api={api} />;
}
