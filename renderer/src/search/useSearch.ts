import { useEffect, useState } from 'react';
import { request, type BriefingApi } from '../api/client';
import type { SearchResult } from '../../../main/shared/annotations';

export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'searching'; readonly results: readonly SearchResult[] }
  | { readonly status: 'done'; readonly results: readonly SearchResult[] }
  | { readonly status: 'error'; readonly message: string };

/** Wait this long after the last key before asking: one search per pause, not per character. */
const settleMs = 180;

/** Search the report and its annotations as the query is typed; an older answer never replaces a newer one. */
export function useSearch(api: BriefingApi, briefingId: number, query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const trimmed = query.trim();
  useEffect(() => {
    if (trimmed === '') {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((before) => ({ status: 'searching', results: 'results' in before ? before.results : [] }));
    const timer = setTimeout(() => {
      request(api, 'search:query', { briefingId, query: trimmed, limit: 60 }).then(
        (results) => current && setState({ status: 'done', results }),
        (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    }, settleMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, briefingId, trimmed]);
  return state;
}
