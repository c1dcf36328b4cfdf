import '../annotations/panel.css';
import { useEffect, type ReactNode } from 'react';
import type { DeckEngine } from '../deck/engine';
import { useDeckState } from '../deck/useDeckState';
import { InkPalette } from '../ink/InkPalette';
import { PassageHighlighter } from '../search/PassageHighlighter';
import { SearchOverlay } from '../search/SearchOverlay';
import { AnnotationPanel } from '../annotations/AnnotationPanel';
import { useAnnotations, type Annotations } from '../annotations/context';
import { NotedPassages } from '../annotations/NotedPassages';
import { NoticeBar } from '../annotations/NoticeBar';
import { SelectionNoteButton } from '../annotations/SelectionNoteButton';
import { useAnnotationKeys } from '../annotations/useAnnotationKeys';
import { closedPanel } from '../annotations/panel-state';
import { useStore } from '../ui/use-store';

/** True while the notes panel is open (false where there are no annotations). */
export function useNotesPanelOpen(): boolean {
  const annotations = useAnnotations();
  return useStore(annotations?.panel ?? closedPanel, (s) => s.open);
}

/** Over the slides: the panel, the ink tools, search, notices and the keys, for the slide on screen. */
export function DeckAnnotations({ engine }: { readonly engine: DeckEngine }) {
  const annotations = useAnnotations();
  const index = useDeckState(engine, (s) => s.index);
  // Leaving the slides puts the tool down: coming back should not find the mouse still drawing.
  useEffect(() => () => annotations?.ink.setState({ tool: null }), [annotations]);
  if (!annotations) return null;
  const slideId = annotations.deck.slides[index]?.id ?? null;
  return (
    <Common annotations={annotations} view="deck" currentSlideId={slideId}>
      {slideId !== null && <InkPalette annotations={annotations} slideId={slideId} />}
    </Common>
  );
}

/**
 * In the presenter view: the ink and laser keys (I, L, Esc, Ctrl+Z) and the ink tools for the slide on
 * screen, so the presenter can point and mark from their own screen; what is drawn is saved and appears in
 * the audience window, and the laser is relayed to it. No notes panel and no search there.
 */
export function PresenterAnnotations({ engine }: { readonly engine: DeckEngine }) {
  const annotations = useAnnotations();
  const index = useDeckState(engine, (s) => s.index);
  useEffect(() => () => annotations?.ink.setState({ tool: null }), [annotations]);
  if (!annotations) return null;
  const slideId = annotations.deck.slides[index]?.id ?? null;
  return <PresenterInk annotations={annotations} slideId={slideId} />;
}

function PresenterInk({ annotations, slideId }: { readonly annotations: Annotations; readonly slideId: string | null }) {
  useAnnotationKeys(annotations, 'presenter');
  return (
    <>
      {slideId !== null && <InkPalette annotations={annotations} slideId={slideId} />}
      <NoticeBar feedback={annotations.feedback} />
    </>
  );
}

/** Over the report text: the panel (all notes), notes from a selection, passages to show, search, keys. */
export function SourceAnnotations() {
  const annotations = useAnnotations();
  if (!annotations) return null;
  return (
    <Common annotations={annotations} view="source" currentSlideId={null}>
      <SelectionNoteButton annotations={annotations} />
      <PassageHighlighter annotations={annotations} />
      <NotedPassages annotations={annotations} />
    </Common>
  );
}

interface CommonProps {
  readonly annotations: Annotations;
  readonly view: 'deck' | 'source';
  readonly currentSlideId: string | null;
  readonly children?: ReactNode;
}

function Common({ annotations, view, currentSlideId, children }: CommonProps) {
  useAnnotationKeys(annotations, view);
  const searchOpen = useStore(annotations.panel, (s) => s.searchOpen);
  return (
    <>
      <AnnotationPanel annotations={annotations} view={view} currentSlideId={currentSlideId} />
      {children}
      {searchOpen && <SearchOverlay annotations={annotations} view={view} />}
      <NoticeBar feedback={annotations.feedback} />
    </>
  );
}
