import type { DeckController } from '../engine';

export interface TouchOptions {
  /** The element swipes are read on (the deck). */
  readonly target: EventTarget;
  /** Shortest horizontal travel, in CSS pixels, that counts as a swipe. */
  readonly minDistance?: number;
  /** A slower drag is someone resting a finger, not a swipe. */
  readonly maxDurationMs?: number;
  /** Touches that start here are not swipes (scrolling a list in an overlay). */
  readonly ignore?: (target: EventTarget | null) => boolean;
}

interface TouchPoint {
  readonly x: number;
  readonly y: number;
  readonly time: number;
}

function firstTouch(event: Event, list: 'touches' | 'changedTouches'): TouchPoint | null {
  const touches = (event as TouchEvent)[list];
  const touch = touches?.[0];
  return touch ? { x: touch.clientX, y: touch.clientY, time: event.timeStamp } : null;
}

/**
 * Swipe left → next, swipe right → previous (a mostly horizontal, quick stroke). The mouse wheel is left
 * alone on purpose: a touchpad's inertial scroll would otherwise skip several slides during a talk.
 */
export function touchController(options: TouchOptions): DeckController {
  const minDistance = options.minDistance ?? 60;
  const maxDuration = options.maxDurationMs ?? 800;
  return {
    id: 'touch',
    setup(deck) {
      let start: TouchPoint | null = null;
      const onStart = (event: Event): void => {
        const single = (event as TouchEvent).touches.length === 1 && !options.ignore?.(event.target);
        start = single ? firstTouch(event, 'touches') : null;
      };
      const onEnd = (event: Event): void => {
        const end = firstTouch(event, 'changedTouches');
        const from = start;
        start = null;
        if (!from || !end) return;
        const dx = end.x - from.x;
        const dy = end.y - from.y;
        if (Math.abs(dx) < minDistance || Math.abs(dx) < Math.abs(dy) * 1.5 || end.time - from.time > maxDuration) return;
        if (dx < 0) deck.next();
        else deck.prev();
      };
      const onCancel = (): void => {
        start = null;
      };
      options.target.addEventListener('touchstart', onStart, { passive: true });
      options.target.addEventListener('touchend', onEnd);
      options.target.addEventListener('touchcancel', onCancel);
      return () => {
        options.target.removeEventListener('touchstart', onStart);
        options.target.removeEventListener('touchend', onEnd);
        options.target.removeEventListener('touchcancel', onCancel);
      };
    },
  };
}

/** For `ignore`: a touch on an overlay (overview, dialogs) scrolls or taps it, it does not turn slides. */
export function startsInOverlay(target: EventTarget | null): boolean {
  const element = target as Partial<Element> | null;
  return typeof element?.closest === 'function' && element.closest('.deck-overlay') !== null;
}
