import './app.css';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { AnnotationToolbar } from '../annotations/AnnotationToolbar';
import { SourceAnnotations } from '../overlays/AnnotationsChrome';
import { AnnotationsProvider } from '../annotations/context';
import type { BriefingApi } from '../api/client';
import { removePreDrawnLayer } from '../deck/pre-drawn-layer';
import { DropTarget } from '../library/DropTarget';
import { ImportStatus } from '../library/ImportStatus';
import { createImportController } from '../library/import-controller';
import { useMenuCommands } from '../library/menu-commands';
import { AppMessage } from './AppMessage';
import { DeckScreen } from './DeckScreen';
import { Toolbar, type ToolbarView } from './Toolbar';
import { useDeckLoad } from './useDeckLoad';
import { useRoute } from './useRoute';

// Views not needed for the first slide load on demand, keeping the initial bundle small.
const PresenterScreen = lazy(() => import('../presenter/PresenterScreen').then((m) => ({ default: m.PresenterScreen })));
const SourceScreen = lazy(() => import('./SourceScreen').then((m) => ({ default: m.SourceScreen })));
const LibraryScreen = lazy(() => import('../library/LibraryScreen').then((m) => ({ default: m.LibraryScreen })));
const EditScreen = lazy(() => import('../edit/EditScreen').then((m) => ({ default: m.EditScreen })));
const PrintScreen = lazy(() => import('../print/PrintScreen').then((m) => ({ default: m.PrintScreen })));

/** Where a briefing opened from the library starts: a new one on its cover, one seen before where it was left. */
type OpenAt = 'cover' | 'resume';

export function App({ api }: { readonly api: BriefingApi }) {
  const [route, navigate] = useRoute();
  // Resume the remembered slide only when the address did not name one when the app opened.
  const [resume] = useState(() => route.view === 'deck' && route.slide === null);
  const [load, openDeck] = useDeckLoad(api, resume);
  const lastSlide = useRef<number | null>(null);
  const rememberSlide = useCallback((index: number) => {
    lastSlide.current = index;
  }, []);

  // Imports run over every view but the presenter's; the one that ends with a new briefing opens it.
  const opened = useRef<(briefingId: number) => void>(() => undefined);
  const [imports] = useState(() => createImportController(api, { onImported: (briefingId) => opened.current(briefingId) }));
  // The library's changes (a rename, a new version, a deletion) may concern the deck on screen: it is read
  // afresh before it is shown again when the library has changed since it was read.
  const deckReadAt = useRef(0);
  const deckOutdated = (): boolean => imports.state.getState().changes !== deckReadAt.current;
  // The editing view changes the deck behind the one loaded for presenting: it is read afresh on leaving the
  // editor, and presenting resumes on the slide selected there (by key: its place may have changed).
  const deckEdited = useRef(false);
  const editorSlide = useRef<string | null>(null);
  const onDeckEdited = useCallback(() => {
    deckEdited.current = true;
  }, []);
  const onEditorSelect = useCallback((key: string) => {
    editorSlide.current = key;
  }, []);

  const openBriefing = useCallback(
    async (briefingId: number | null, at: OpenAt, view: 'deck' | 'source' = 'deck', atKey: string | null = null) => {
      deckReadAt.current = imports.state.getState().changes;
      deckEdited.current = false;
      const next = await openDeck(briefingId);
      if (next.status !== 'ready') return navigate('#/library');
      const sameBriefing = next.deck.briefingId === briefingId;
      if (!sameBriefing || at === 'cover') lastSlide.current = null;
      const keyed = sameBriefing && atKey !== null ? next.deck.slides.findIndex((slide) => slide.key === atKey) : -1;
      if (keyed >= 0) lastSlide.current = keyed;
      const slide = at === 'cover' ? 0 : (lastSlide.current ?? next.resumeSlide ?? 0);
      navigate(view === 'source' ? '#/source' : `#/${slide + 1}`);
    },
    [openDeck, navigate, imports],
  );
  useEffect(() => {
    opened.current = (briefingId) => void openBriefing(briefingId, 'cover');
  }, [openBriefing]);

  const current = load.status === 'ready' ? load.deck.briefingId : null;
  const loadedSlides = load.status === 'ready' ? load.deck.slides : null;
  const goTo = useCallback(
    (view: ToolbarView) => {
      if (view === 'library') return navigate('#/library');
      if (view === 'edit') return navigate('#/edit');
      const atKey = route.view === 'edit' ? editorSlide.current : null;
      if (current !== null && (deckOutdated() || deckEdited.current)) return void openBriefing(current, 'resume', view, atKey);
      const keyed = atKey === null ? -1 : (loadedSlides?.findIndex((slide) => slide.key === atKey) ?? -1);
      if (keyed >= 0) lastSlide.current = keyed;
      navigate(view === 'source' ? '#/source' : `#/${(lastSlide.current ?? 0) + 1}`);
    },
    // deckOutdated reads the store when called: it needs no dependency of its own.
    [navigate, current, openBriefing, route.view, loadedSlides],
  );
  const showLibrary = useCallback(() => navigate('#/library'), [navigate]);
  useMenuCommands(imports, showLibrary);

  // A slide drawn ahead by the host stays over the app until the deck has drawn its own (DeckView); when the
  // app shows anything but the deck (a message, another view), that is what must be seen at once.
  const showsDeck = load.status === 'ready' && load.deck.slides.length > 0 && route.view === 'deck';
  useEffect(() => {
    if (load.status !== 'loading' && !showsDeck) removePreDrawnLayer();
  }, [load.status, showsDeck]);
  // A figure corrected in the source view changes the deck: it is read afresh before a slide is shown again.
  const markDeckChanged = useCallback(() => {
    deckReadAt.current = -1;
  }, []);
  const openSlide = useCallback(
    (index: number) => {
      if (current === null || !deckOutdated()) return navigate(`#/${index + 1}`);
      lastSlide.current = index;
      void openBriefing(current, 'resume');
    },
    // deckOutdated reads the store when called: it needs no dependency of its own.
    [navigate, current, openBriefing],
  );

  const loadingView = <AppMessage kind="loading">正在打开…</AppMessage>;
  // Dropping a file anywhere, and what an import shows, belong to every view but the presenter's.
  const withImports = (view: ReactNode): ReactNode => (
    <>
      {view}
      <DropTarget imports={imports} />
      <ImportStatus imports={imports} onOpen={(briefingId) => void openBriefing(briefingId, 'resume')} />
    </>
  );

  // A print route names its briefing, else prints the one the app has open; it has no toolbar and no imports.
  if (route.view === 'print') {
    if (route.briefingId === null && load.status === 'loading') return loadingView;
    return (
      <Suspense fallback={loadingView}>
        <PrintScreen api={api} kind={route.kind} briefingId={route.briefingId ?? current} />
      </Suspense>
    );
  }
  if (load.status === 'loading') return <AppMessage kind="loading">正在载入简报…</AppMessage>;
  if (route.view === 'library' || load.status === 'empty') {
    return withImports(
      <div className="app app-library">
        <Toolbar view="library" api={api} onNavigate={goTo} floating={false} libraryOnly={load.status !== 'ready'} briefingId={current} />
        <Suspense fallback={loadingView}>
          <LibraryScreen api={api} imports={imports} currentId={current} onOpen={(briefingId) => void openBriefing(briefingId, 'resume')} />
        </Suspense>
      </div>,
    );
  }
  if (load.status === 'error') return withImports(<AppMessage kind="error">无法载入简报：{load.message}</AppMessage>);
  const { deck, resumeSlide, serial } = load;
  if (deck.slides.length === 0) return withImports(<AppMessage kind="info">这份简报还没有可放映的幻灯片。</AppMessage>);

  // The annotations provider is the same element in every view (same type, same key), so React keeps one
  // instance across a change of view: the undo stack, the open panel and a passage to show survive it. A
  // deck read afresh (another briefing, a new version) is a new key.
  const deckKey = `${deck.briefingId}:${serial}`;
  switch (route.view) {
    case 'edit':
      return withImports(
        <Suspense fallback={loadingView}>
          <EditScreen
            api={api}
            briefingId={deck.briefingId}
            startKey={deck.slides[lastSlide.current ?? resumeSlide ?? 0]?.key ?? null}
            toolbar={(actions) => (
              <Toolbar view="edit" api={api} onNavigate={goTo} floating={false} briefingId={deck.briefingId}>
                {actions}
              </Toolbar>
            )}
            onEdited={onDeckEdited}
            onSelect={onEditorSelect}
          />
        </Suspense>,
      );
    case 'presenter':
      return (
        <AnnotationsProvider key={deckKey} api={api} deck={deck}>
          <Suspense fallback={loadingView}>
            <PresenterScreen api={api} deck={deck} startIndex={route.slide ?? 0} />
          </Suspense>
        </AnnotationsProvider>
      );
    case 'source':
      return withImports(
        <AnnotationsProvider key={deckKey} api={api} deck={deck}>
          <div className="app app-source">
            <Toolbar view="source" api={api} onNavigate={goTo} floating={false} briefingId={deck.briefingId}>
              <AnnotationToolbar view="source" />
            </Toolbar>
            <Suspense fallback={loadingView}>
              <SourceScreen api={api} deck={deck} onOpenSlide={openSlide} onDeckChanged={markDeckChanged} />
            </Suspense>
            <SourceAnnotations />
          </div>
        </AnnotationsProvider>,
      );
    case 'deck':
      return withImports(
        <AnnotationsProvider key={deckKey} api={api} deck={deck}>
          <DeckScreen
            key={deckKey}
            api={api}
            deck={deck}
            startIndex={route.slide ?? lastSlide.current ?? resumeSlide ?? 0}
            onNavigate={goTo}
            onSlide={rememberSlide}
          />
        </AnnotationsProvider>,
      );
  }
}
