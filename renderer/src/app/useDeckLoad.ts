import { useEffect, useState } from 'react';
import { request, type BriefingApi } from '../api/client';
import type { Deck } from '../../../main/shared/deck';
import { rememberBriefingId, rememberedBriefingId } from './remembered';

export type DeckLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'empty' }
  | { readonly status: 'ready'; readonly deck: Deck; readonly resumeSlide: number | null };

/** The remembered briefing when it still exists, else the first one of the store: one request (deck:open). */
async function loadDeck(api: BriefingApi, resume: boolean): Promise<DeckLoad> {
  const remembered = rememberedBriefingId();
  const opened = await request(api, 'deck:open', remembered === null ? {} : { briefingId: remembered });
  if (!opened) {
    rememberBriefingId(null);
    return { status: 'empty' };
  }
  rememberBriefingId(opened.deck.briefingId);
  return { status: 'ready', deck: opened.deck, resumeSlide: resume ? opened.lastSlide : null };
}

/** One load per API (per page): started from the first render, not after its commit, to save that time. */
const started = new WeakMap<BriefingApi, Promise<DeckLoad>>();

export function startLoad(api: BriefingApi, resume: boolean): Promise<DeckLoad> {
  let load = started.get(api);
  if (!load) {
    load = loadDeck(api, resume);
    // Marked handled at once: the component reads the failure later, from its effect.
    load.catch(() => undefined);
    started.set(api, load);
  }
  return load;
}

/** Load the deck to show; `resume` also asks for the slide it was left on (when the address names none). */
export function useDeckLoad(api: BriefingApi, resume: boolean): DeckLoad {
  const [load] = useState(() => startLoad(api, resume));
  const [state, setState] = useState<DeckLoad>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    load.then(
      (next) => !cancelled && setState(next),
      (error: unknown) => !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [load]);
  return state;
}
