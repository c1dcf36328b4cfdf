import './app.css';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { AnnotationToolbar } from '../annotations/AnnotationToolbar';
import { SourceAnnotations } from '../overlays/AnnotationsChrome';
import { AnnotationsProvider } from '../annotations/context';
import type { BriefingApi } from '../api/client';
import { removePreDrawnLayer } from '../deck/pre-drawn-layer';
import { AppMessage } from './AppMessage';
import { DeckScreen } from './DeckScreen';
import { Toolbar, type ToolbarView } from './Toolbar';
import { useDeckLoad } from './useDeckLoad';
import { useRoute } from './useRoute';

// Views not needed for the first slide load on demand, keeping the initial bundle small.
const PresenterScreen = lazy(() => import('../presenter/PresenterScreen').then((m) => ({ default: m.PresenterScreen })));
const SourceScreen = lazy(() => import('./SourceScreen').then((m) => ({ default: m.SourceScreen })));

export function App({ api }: { readonly api: BriefingApi }) {
  const [route, navigate] = useRoute();
  // Resume the remembered slide only when the address did not name one when the app opened.
  const [resume] = useState(() => route.view === 'deck' && route.slide === null);
  const load = useDeckLoad(api, resume);
  const lastSlide = useRef<number | null>(null);
  const rememberSlide = useCallback((index: number) => {
    lastSlide.current = index;
  }, []);
  // A slide drawn ahead by the host stays over the app until the deck has drawn its own (DeckView); when the
  // app shows anything but the deck (a message, another view), that is what must be seen at once.
  const showsDeck = load.status === 'ready' && load.deck.slides.length > 0 && route.view === 'deck';
  useEffect(() => {
    if (load.status !== 'loading' && !showsDeck) removePreDrawnLayer();
  }, [load.status, showsDeck]);
  const openSlide = useCallback((index: number) => navigate(`#/${index + 1}`), [navigate]);
  const goTo = useCallback(
    (view: ToolbarView) => navigate(view === 'source' ? '#/source' : `#/${(lastSlide.current ?? 0) + 1}`),
    [navigate],
  );

  if (load.status === 'loading') return <AppMessage kind="loading">正在载入简报…</AppMessage>;
  if (load.status === 'error') return <AppMessage kind="error">无法载入简报：{load.message}</AppMessage>;
  if (load.status === 'empty') return <AppMessage kind="info">数据库中还没有简报。</AppMessage>;
  const { deck, resumeSlide } = load;
  if (deck.slides.length === 0) return <AppMessage kind="info">这份简报还没有可放映的幻灯片。</AppMessage>;

  const loadingView = <AppMessage kind="loading">正在打开…</AppMessage>;
  // The annotations provider is the same element in every view (same type, same key), so React keeps one
  // instance across a change of view: the undo stack, the open panel and a passage to show survive it.
  switch (route.view) {
    case 'presenter':
      return (
        <AnnotationsProvider key={deck.briefingId} api={api} deck={deck}>
          <Suspense fallback={loadingView}>
            <PresenterScreen api={api} deck={deck} startIndex={route.slide ?? 0} />
          </Suspense>
        </AnnotationsProvider>
      );
    case 'source':
      return (
        <AnnotationsProvider key={deck.briefingId} api={api} deck={deck}>
          <div className="app app-source">
            <Toolbar view="source" onNavigate={goTo} floating={false}>
              <AnnotationToolbar view="source" />
            </Toolbar>
            <Suspense fallback={loadingView}>
              <SourceScreen api={api} deck={deck} onOpenSlide={openSlide} />
            </Suspense>
            <SourceAnnotations />
          </div>
        </AnnotationsProvider>
      );
    case 'deck':
      return (
        <AnnotationsProvider key={deck.briefingId} api={api} deck={deck}>
          <DeckScreen
            key={deck.briefingId}
            api={api}
            deck={deck}
            startIndex={route.slide ?? lastSlide.current ?? resumeSlide ?? 0}
            onNavigate={goTo}
            onSlide={rememberSlide}
          />
        </AnnotationsProvider>
      );
  }
}
