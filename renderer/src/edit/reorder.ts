import type { DeckEdit } from '../../../main/shared/deck-edits';

/** What reordering needs of a slide: its stable key. */
interface Keyed {
  readonly key?: string;
}

/** Where a dragged slide is dropped: before or after the slide under the pointer. */
export type DropSide = 'before' | 'after';

/**
 * The `move` edit that puts the slide at `from` where a drop at `target` (`side` of it) means, or null when
 * it would stay where it is (dropped on itself or next to itself on the side it already is).
 */
export function dropMove(slides: readonly Keyed[], from: number, target: number, side: DropSide): DeckEdit | null {
  const key = slides[from]?.key;
  if (key === undefined || slides[target] === undefined) return null;
  // The slide that will follow the moved one: the target itself, or the one after it.
  const beforeIndex = side === 'before' ? target : target + 1;
  if (beforeIndex === from || beforeIndex === from + 1) return null;
  const before = beforeIndex >= slides.length ? null : (slides[beforeIndex]?.key ?? null);
  if (beforeIndex < slides.length && before === null) return null;
  return { op: 'move', key, before };
}

/** The `move` edit for Alt+↑ (−1) or Alt+↓ (+1) on the slide at `at`; null at either end of the deck. */
export function stepMove(slides: readonly Keyed[], at: number, step: -1 | 1): DeckEdit | null {
  const target = at + step;
  if (target < 0 || target >= slides.length) return null;
  return dropMove(slides, at, target, step === -1 ? 'before' : 'after');
}

/** Which half of a row the pointer is over: the upper half drops before it, the lower half after it. */
export function sideOf(pointerY: number, rowTop: number, rowHeight: number): DropSide {
  return pointerY - rowTop < rowHeight / 2 ? 'before' : 'after';
}

/** Where the moved slide will stand after `edit` (for keeping it selected), given the order before it. */
export function indexAfterMove(slides: readonly Keyed[], edit: Extract<DeckEdit, { op: 'move' }>): number {
  const rest = slides.filter((slide) => slide.key !== edit.key);
  return edit.before === null ? rest.length : rest.findIndex((slide) => slide.key === edit.before);
}
