import { useCallback, useEffect, useState } from 'react';
import { request, type BriefingApi } from '../api/client';
import type { Deck } from '../../../main/shared/deck';
import { rememberBriefingId, rememberedBriefingId } from './remembered';

export type DeckLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'empty' }
  | {
      readonly status: 'ready';
      readonly deck: Deck;
      readonly resumeSlide: number | null;
      /** Counts the loads of this page: a deck read afresh (a new version, a new name) is a new deck to show. */
      readonly serial: number;
    };

let loads = 0;

/**
 * The briefing asked for (else the remembered one) when it still exists, else the first one of the store:
 * one request (deck:open).
 */
async function loadDeck(api: BriefingApi, resume: boolean, asked: number | null = rememberedBriefingId()): Promise<DeckLoad> {
  const opened = await request(api, 'deck:open', asked === null ? {} : { briefingId: asked });
  if (!opened) {
    rememberBriefingId(null);
    return { status: 'empty' };
  }
  rememberBriefingId(opened.deck.briefingId);
  loads += 1;
  return { status: 'ready', deck: opened.deck, resumeSlide: resume ? opened.lastSlide : null, serial: loads };
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

/** Opens another briefing (or the same one again, read afresh); resolves to what was loaded. */
export type OpenBriefing = (briefingId: number | null) => Promise<DeckLoad>;

const failed = (error: unknown): DeckLoad => ({ status: 'error', message: error instanceof Error ? error.message : String(error) });

/**
 * Load the deck to show; `resume` also asks for the slide it was left on (when the address names none). The
 * second value opens another briefing (from the library): the deck on screen stays until the new one is read.
 */
export function useDeckLoad(api: BriefingApi, resume: boolean): [DeckLoad, OpenBriefing] {
  const [load] = useState(() => startLoad(api, resume));
  const [state, setState] = useState<DeckLoad>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    load.then(
      (next) => !cancelled && setState(next),
      (error: unknown) => !cancelled && setState(failed(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [load]);
  const open = useCallback<OpenBriefing>(
    async (briefingId) => {
      const next = await loadDeck(api, true, briefingId).catch(failed);
      setState(next);
      return next;
    },
    [api],
  );
  return [state, open];
}
