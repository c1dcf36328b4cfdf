import { describe, expect, it } from 'vitest';
import { annotationCommandForKey, type AnnotationKeyContext } from '../../../../renderer/src/annotations/keys';
import { annotationKeys, commandForKey, type KeyPress } from '../../../../renderer/src/deck/controllers/key-map';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });
const onSlides: AnnotationKeyContext = { view: 'deck', toolInHand: false, typing: false };

describe('the annotation keys', () => {
  it('claims no key the deck uses (both maps are checked against each other)', () => {
    for (const key of Object.values(annotationKeys).flat()) {
      expect(commandForKey(press(key), { overlay: 'none', typedNumber: '' }), key).toBeNull();
    }
  });

  it.each([
    ['n', 'toggle-panel'],
    ['N', 'toggle-panel'],
    ['i', 'toggle-ink'],
    ['L', 'toggle-laser'],
    ['/', 'open-search'],
  ])('%s → %s over the slides', (key, command) => {
    expect(annotationCommandForKey(press(key), onSlides)).toBe(command);
  });

  it('Ctrl+F (⌘F on a Mac) opens the search, even from a text box', () => {
    expect(annotationCommandForKey(press('f', { ctrlKey: true }), onSlides)).toBe('open-search');
    expect(annotationCommandForKey(press('f', { metaKey: true }), { ...onSlides, typing: true })).toBe('open-search');
  });

  it('Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo', () => {
    expect(annotationCommandForKey(press('z', { ctrlKey: true }), onSlides)).toBe('undo');
    expect(annotationCommandForKey(press('Z', { ctrlKey: true, shiftKey: true }), onSlides)).toBe('redo');
    expect(annotationCommandForKey(press('y', { ctrlKey: true }), onSlides)).toBe('redo');
  });

  it('leaves typing alone: letters and the text box’s own Ctrl+Z', () => {
    const typing = { ...onSlides, typing: true };
    expect(annotationCommandForKey(press('n'), typing)).toBeNull();
    expect(annotationCommandForKey(press('/'), typing)).toBeNull();
    expect(annotationCommandForKey(press('z', { ctrlKey: true }), typing)).toBeNull();
  });

  it('Esc puts the tool down only when one is in hand (otherwise it is the deck’s)', () => {
    expect(annotationCommandForKey(press('Escape'), { ...onSlides, toolInHand: true })).toBe('put-down-tool');
    expect(annotationCommandForKey(press('Escape'), onSlides)).toBeNull();
  });

  it('in the presenter view: ink, laser, Esc and undo, but no panel and no search (it has neither)', () => {
    const presenter: AnnotationKeyContext = { view: 'presenter', toolInHand: false, typing: false };
    expect(annotationCommandForKey(press('i'), presenter)).toBe('toggle-ink');
    expect(annotationCommandForKey(press('l'), presenter)).toBe('toggle-laser');
    expect(annotationCommandForKey(press('Escape'), { ...presenter, toolInHand: true })).toBe('put-down-tool');
    expect(annotationCommandForKey(press('z', { ctrlKey: true }), presenter)).toBe('undo');
    expect(annotationCommandForKey(press('n'), presenter)).toBeNull();
    expect(annotationCommandForKey(press('/'), presenter)).toBeNull();
    expect(annotationCommandForKey(press('f', { ctrlKey: true }), presenter)).toBeNull();
  });

  it('has no ink or laser over the source text, but the panel and search', () => {
    const source: AnnotationKeyContext = { view: 'source', toolInHand: false, typing: false };
    expect(annotationCommandForKey(press('i'), source)).toBeNull();
    expect(annotationCommandForKey(press('l'), source)).toBeNull();
    expect(annotationCommandForKey(press('n'), source)).toBe('toggle-panel');
  });

  it('keeps navigation keys for the deck while inking', () => {
    const inking = { ...onSlides, toolInHand: true };
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'PageDown', 'Home', 'End']) expect(annotationCommandForKey(press(key), inking)).toBeNull();
  });

  it('takes no letter with Alt and no other Ctrl shortcut', () => {
    expect(annotationCommandForKey(press('n', { altKey: true }), onSlides)).toBeNull();
    expect(annotationCommandForKey(press('n', { ctrlKey: true }), onSlides)).toBeNull();
    expect(annotationCommandForKey(press('c', { ctrlKey: true }), onSlides)).toBeNull();
  });
});
