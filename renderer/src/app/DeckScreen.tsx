import { useEffect } from 'react';
import { AnnotationToolbar } from '../annotations/AnnotationToolbar';
import { DeckAnnotations, useNotesPanelOpen } from '../overlays/AnnotationsChrome';
import type { BriefingApi } from '../api/client';
import type { Deck } from '../../../main/shared/deck';
import { DeckView } from '../deck/DeckView';
import { SettingsControls } from '../deck/SettingsControls';
import { useDeckEngine } from '../deck/useDeckEngine';
import { registerControllers, windowControllers } from '../deck/window-controllers';
import { Toolbar, type ToolbarView } from './Toolbar';
import { StageOverlay } from '../overlays/StageOverlay';

interface DeckScreenProps {
  readonly api: BriefingApi;
  readonly deck: Deck;
  readonly startIndex: number;
  readonly onNavigate: (view: ToolbarView) => void;
  /** Told of every slide change, so coming back from the source view returns to the same slide. */
  readonly onSlide: (index: number) => void;
}

/** The audience window: the deck with its controllers, and the floating toolbar. */
export function DeckScreen({ api, deck, startIndex, onNavigate, onSlide }: DeckScreenProps) {
  const engine = useDeckEngine(deck.slides, startIndex);
  useEffect(() => {
    const release = registerControllers(engine, windowControllers(engine, { api, briefingId: deck.briefingId, role: 'audience' }));
    const unsubscribe = engine.subscribe((state) => onSlide(state.index));
    onSlide(engine.getState().index);
    return () => {
      unsubscribe();
      release();
    };
  }, [engine, api, deck.briefingId, onSlide]);
  useEffect(() => {
    document.title = deck.title;
  }, [deck.title]);
  // The audience sees no staff notes and no counts of them unless the notes are opened (N): the marks on
  // the slide and on its cards show only while the panel is.
  const notesOpen = useNotesPanelOpen();

  return (
    <div className="app app-deck" data-notes-shown={notesOpen}>
      <Toolbar view="deck" api={api} onNavigate={onNavigate} floating briefingId={deck.briefingId}>
        <SettingsControls deck={engine} />
        <AnnotationToolbar view="deck" />
      </Toolbar>
      <DeckView deck={engine} slides={deck.slides} title={deck.title} stageOverlay={<StageOverlay deck={engine} slides={deck.slides} />} />
      <DeckAnnotations engine={engine} />
    </div>
  );
}
