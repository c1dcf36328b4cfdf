import { useEffect } from 'react';
import { toggleInk, toggleTool } from './ink-tools';
import type { Annotations } from './context';
import { annotationCommandForKey, type AnnotationView } from './keys';

/** Where keys belong to typing: the annotation letters must not fire while someone writes a note. */
function isTextField(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/**
 * The annotation keys, listened for on the window in the capture phase: they are decided before the deck's
 * keyboard controller sees the key, and a key taken here is marked (preventDefault) so the deck leaves it.
 */
export function useAnnotationKeys(annotations: Annotations, view: AnnotationView): void {
  useEffect(() => {
    const { panel, ink, actions } = annotations;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = annotationCommandForKey(event, { view, toolInHand: ink.getState().tool !== null, typing: isTextField(event.target) });
      if (command === null) return;
      // The open search box handles its own keys (Esc, Enter, arrows); Ctrl+F there keeps it, not the browser's find.
      if (panel.getState().searchOpen && command !== 'open-search') return;
      event.preventDefault();
      switch (command) {
        case 'toggle-panel':
          return panel.setState(({ open }) => ({ open: !open }));
        case 'open-search':
          return panel.setState({ searchOpen: true });
        case 'toggle-ink':
          return toggleInk(ink);
        case 'toggle-laser':
          return toggleTool(ink, 'laser');
        case 'put-down-tool':
          return ink.setState({ tool: null });
        case 'undo':
          return void actions.undo();
        case 'redo':
          return void actions.redo();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [annotations, view]);
}
