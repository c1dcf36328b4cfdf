import { useEffect, useState } from 'react';
import { request, type BriefingApi } from '../api/client';
import type { StoredBriefing } from '../../../main/shared/briefing';
import type { ReviewedFigure } from '../../../main/shared/figure-corrections';

export interface LoadedBriefing {
  readonly briefing: StoredBriefing;
  /** As corrected (each with its correction), excluded ones included. */
  readonly figures: readonly ReviewedFigure[];
}

export type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly data: LoadedBriefing };

/** Load a briefing's report text and figures, for the source view. */
export function useBriefing(api: BriefingApi, briefingId: number): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    Promise.all([request(api, 'briefings:get', { id: briefingId }), request(api, 'figures:list', { briefingId })]).then(
      ([briefing, figures]) => !cancelled && setState({ status: 'ready', data: { briefing, figures } }),
      (error: unknown) => !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, briefingId]);
  return state;
}
