import { useEffect, useState } from 'react';
import { ApiError, request, type BriefingApi } from '../api/client';
import type { Deck } from '../../../main/core/deck/types';
import { rememberBriefingId, rememberedBriefingId } from './remembered';

export type DeckLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'empty' }
  | { readonly status: 'ready'; readonly deck: Deck; readonly resumeSlide: number | null };

async function firstBriefingId(api: BriefingApi): Promise<number | null> {
  const list = await request(api, 'briefings:list', {});
  return list[0]?.id ?? null;
}

async function loadById(api: BriefingApi, briefingId: number, resume: boolean): Promise<DeckLoad> {
  const [deck, position] = await Promise.all([
    request(api, 'deck:get', { briefingId }),
    // A lost position only means starting on the cover: never fail the load for it.
    resume ? request(api, 'deck:getPosition', { briefingId }).catch(() => null) : null,
  ]);
  rememberBriefingId(briefingId);
  return { status: 'ready', deck, resumeSlide: position?.lastSlide ?? null };
}

/** The remembered briefing when it still exists, else the first one of the store. */
async function loadDeck(api: BriefingApi, resume: boolean): Promise<DeckLoad> {
  const remembered = rememberedBriefingId();
  if (remembered !== null) {
    try {
      return await loadById(api, remembered, resume);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'NOT_FOUND')) throw error;
      rememberBriefingId(null);
    }
  }
  const first = await firstBriefingId(api);
  return first === null ? { status: 'empty' } : loadById(api, first, resume);
}

/** One load per API (per page): started from the first render, not after its commit, to save that time. */
const started = new WeakMap<BriefingApi, Promise<DeckLoad>>();

function startLoad(api: BriefingApi, resume: boolean): Promise<DeckLoad> {
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
