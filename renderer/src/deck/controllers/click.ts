import type { DeckController } from '../engine';

export interface ClickOptions {
  /** The element clicks are read on (the slide's frame). */
  readonly target: EventTarget;
  /** Clicks that land here are not a request for the next slide (a control, a tool, an overlay). */
  readonly ignore?: (target: EventTarget | null) => boolean;
  /** True while text is selected: a click that ends a selection is not a click on the slide. */
  readonly selecting?: () => boolean;
}

/** The parts of a MouseEvent the controller reads. */
interface ClickLike {
  readonly button?: number;
  readonly ctrlKey?: boolean;
  readonly shiftKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

/**
 * A click (or a tap) on the slide goes to the next step or slide, as a presenter's clicker and every slide
 * program do. Only a plain primary click counts: not a right or middle click, not one with a modifier, not
 * one on a control on the slide (出处, 批注) or over a tool in hand, and not the click that ends a text
 * selection. Going back stays on the keys, the swipe and the on-screen button.
 */
export function clickController(options: ClickOptions): DeckController {
  return {
    id: 'click',
    setup(deck) {
      const onClick = (event: Event): void => {
        const click = event as Event & ClickLike;
        if (event.defaultPrevented || (click.button ?? 0) !== 0) return;
        if (click.ctrlKey || click.shiftKey || click.altKey || click.metaKey) return;
        if (options.ignore?.(event.target) || options.selecting?.()) return;
        deck.next();
      };
      options.target.addEventListener('click', onClick);
      return () => options.target.removeEventListener('click', onClick);
    },
  };
}

/** Where a click belongs to something on or over the slide rather than to the deck. */
export function isOwnClick(target: EventTarget | null): boolean {
  const element = target as Partial<Element> | null;
  if (typeof element?.closest !== 'function') return false;
  return (
    element.closest(
      'button, a[href], input, textarea, select, label, [role="button"], [role="dialog"], [contenteditable="true"], .deck-overlay, .ink-layer.is-active',
    ) !== null
  );
}

/** True while the page has a non-empty text selection. */
export function hasTextSelection(): boolean {
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().trim() !== '';
}
