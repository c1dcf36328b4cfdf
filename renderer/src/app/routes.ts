import { slideFromHash } from '../deck/controllers/hash';

/**
 * `#/N` the deck on slide N (1-based), `#/presenter/N` the presenter view, `#/source` the report text.
 * A deck route without a number (no hash, `#/`, anything unknown) has `slide: null`: resume where the
 * briefing was left.
 */
export type Route =
  | { readonly view: 'deck'; readonly slide: number | null }
  | { readonly view: 'presenter'; readonly slide: number }
  | { readonly view: 'source' };

export function parseRoute(hash: string): Route {
  if (hash === '#/source') return { view: 'source' };
  if (hash.startsWith('#/presenter')) return { view: 'presenter', slide: slideFromHash(hash, '#/presenter/') ?? 0 };
  return { view: 'deck', slide: slideFromHash(hash, '#/') };
}
