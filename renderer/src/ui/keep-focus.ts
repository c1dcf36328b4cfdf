import type { MouseEvent } from 'react';

/**
 * For the onMouseDown of a bar of controls around the slides (timer, toolbar, page buttons): a press on a
 * button, a checkbox or its label does what it says but does not take the focus. Otherwise the focus stays
 * on that control, and the presenter's next Space or Enter presses it again (pausing the timer) instead of
 * going to the next slide. Text fields still take the focus: typing needs it.
 */
export function keepFocusOnPress(event: MouseEvent): void {
  const target = event.target as Partial<Element> | null;
  if (typeof target?.closest !== 'function') return;
  if (target.closest('button, input[type="checkbox"], input[type="radio"], label')) event.preventDefault();
}
