import { annotationKeys, type KeyPress } from '../deck/controllers/key-map';

/** What a key asks of the annotation tools. */
export type AnnotationCommand = 'toggle-panel' | 'toggle-ink' | 'toggle-laser' | 'open-search' | 'undo' | 'redo' | 'put-down-tool';

/** Where the keys are pressed: the audience window's slides, the report text, or the presenter view. */
export type AnnotationView = 'deck' | 'source' | 'presenter';

export interface AnnotationKeyContext {
  /** Ink and the laser exist only over slides; the presenter view has no notes panel and no search. */
  readonly view: AnnotationView;
  readonly toolInHand: boolean;
  /** The key goes to a text field: typing (and the field's own Ctrl+Z) comes first. */
  readonly typing: boolean;
}

const is = (list: readonly string[], key: string): boolean => list.includes(key);

/**
 * The annotation key map. Null means "not ours": the deck's key map (or the browser) gets the key.
 * Letters are taken only without Ctrl / Alt / ⌘, like the deck's; the Ctrl shortcuts follow the platform
 * (⌘ on a Mac).
 */
export function annotationCommandForKey(press: KeyPress, context: AnnotationKeyContext): AnnotationCommand | null {
  const command = press.ctrlKey || press.metaKey ? withModifier(press, context) : plain(press, context);
  return command;
}

function withModifier(press: KeyPress, context: AnnotationKeyContext): AnnotationCommand | null {
  if (press.altKey) return null;
  const key = press.key.toLowerCase();
  // Ctrl+F is the search of this app, not the browser's find (which cannot see text drawn on the stage).
  if (key === 'f' && !press.shiftKey) return context.view === 'presenter' ? null : 'open-search';
  if (context.typing) return null;
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  return null;
}

function plain(press: KeyPress, context: AnnotationKeyContext): AnnotationCommand | null {
  if (press.altKey) return null;
  const overSlides = context.view !== 'source';
  if (press.key === 'Escape') return context.toolInHand && overSlides ? 'put-down-tool' : null;
  if (context.typing) return null;
  if (context.view !== 'presenter' && is(annotationKeys.panel, press.key)) return 'toggle-panel';
  if (context.view !== 'presenter' && is(annotationKeys.search, press.key)) return 'open-search';
  if (!overSlides) return null;
  if (is(annotationKeys.ink, press.key)) return 'toggle-ink';
  if (is(annotationKeys.laser, press.key)) return 'toggle-laser';
  return null;
}
