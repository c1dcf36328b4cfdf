import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { BriefingApi } from '../api/client';
import type { Deck } from '../../../main/shared/deck';
import { createInkTools, type InkToolsStore } from './ink-tools';
import { connectLaser, createLaserRelay, type LaserRelay } from './laser-relay';
import { createPassageFocus, type PassageFocusStore } from './passage-focus';
import { createNoteActions, type NoteActions } from './actions';
import { indexDeck, type DeckIndex } from './deck-index';
import { createFeedback, type Feedback } from './feedback';
import { createPanelStore, type PanelStore } from './panel-state';
import { createAnnotationStore, type AnnotationStore } from './store';
import { createUndoStack, type UndoStack } from './undo';
import { connectWindows } from './window-sync';
import { CardMarksContext, type CardMarks } from '../slides/card-marks';
import { FigureNoteAction, FigureNoteCount } from './FigureNoteMarks';

/** Everything the annotation views share for one briefing. Each part is its own store; the value never changes. */
export interface Annotations {
  readonly api: BriefingApi;
  readonly briefingId: number;
  readonly deck: DeckIndex;
  readonly store: AnnotationStore;
  readonly history: UndoStack;
  readonly actions: NoteActions;
  readonly feedback: Feedback;
  readonly panel: PanelStore;
  readonly ink: InkToolsStore;
  readonly passage: PassageFocusStore;
  /** The laser pointer of the other window of this briefing, and where this one points. */
  readonly laser: LaserRelay;
}

const AnnotationsContext = createContext<Annotations | null>(null);

/** The notes' marks on every figure card of the slides below the provider (slides/card-marks.tsx). */
const noteMarks: CardMarks = { Action: FigureNoteAction, Count: FigureNoteCount };

function createAnnotations(api: BriefingApi, deck: Deck, announce: () => void, laser: LaserRelay): Annotations {
  const store = createAnnotationStore(api, deck.briefingId, announce);
  const history = createUndoStack(store);
  const feedback = createFeedback();
  return {
    api,
    briefingId: deck.briefingId,
    deck: indexDeck(deck.slides),
    store,
    history,
    actions: createNoteActions(store, history, feedback),
    feedback,
    panel: createPanelStore(),
    ink: createInkTools(),
    passage: createPassageFocus(),
    laser,
  };
}

/**
 * Provides the annotations of one briefing to every view of it (slides, source, presenter). It sits above
 * the views so the undo stack, the open panel and a passage to scroll to survive a change of view.
 */
export function AnnotationsProvider({ api, deck, children }: { readonly api: BriefingApi; readonly deck: Deck; readonly children: ReactNode }) {
  // The channel to the other window is opened by the effect (and closed with it); until then writes announce nothing.
  const [{ annotations, relay, laser }] = useState(() => {
    const relay = { announce: (): void => undefined };
    const laser = createLaserRelay();
    return { annotations: createAnnotations(api, deck, () => relay.announce(), laser.relay), relay, laser };
  });
  useEffect(() => {
    const reload = (): void => void annotations.store.load().catch(() => undefined);
    const windows = connectWindows(annotations.briefingId, reload);
    const laserChannel = connectLaser(annotations.briefingId, annotations.laser.remote);
    relay.announce = () => windows.announce();
    laser.attach(laserChannel);
    reload();
    return () => {
      relay.announce = () => undefined;
      laser.attach(null);
      windows.close();
      laserChannel.close();
    };
  }, [annotations, relay, laser]);
  return (
    <AnnotationsContext.Provider value={annotations}>
      <CardMarksContext.Provider value={noteMarks}>{children}</CardMarksContext.Provider>
    </AnnotationsContext.Provider>
  );
}

/** The briefing's annotations; null outside a provider (a slide rendered on its own shows no annotation UI). */
export function useAnnotations(): Annotations | null {
  return useContext(AnnotationsContext);
}
