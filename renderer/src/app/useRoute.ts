import { useCallback, useEffect, useState } from 'react';
import { parseRoute, type Route } from '../deck/controllers/hash';

/**
 * The view named by the address. Only a change of view re-renders the app: moving between slides is the
 * hash controller's business, and the deck follows `#/N` edits by itself.
 */
export function useRoute(): [Route, (hash: string) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHashChange = (): void => {
      const next = parseRoute(window.location.hash);
      setRoute((current) => (current.view === next.view && next.view !== 'print' ? current : next));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = useCallback((hash: string) => {
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    setRoute(parseRoute(hash));
  }, []);
  return [route, navigate];
}
