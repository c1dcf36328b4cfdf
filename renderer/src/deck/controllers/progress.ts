import type { DeckController } from '../engine';

export interface ProgressElements {
  /** Scaled horizontally from 0 to 1 as the talk advances. */
  readonly bar: HTMLElement;
  /** Shows "N / total". */
  readonly number: HTMLElement;
  /** Whether slide `index` has a dark ground, so the number is set light on it (and dark elsewhere). */
  readonly darkGround?: (index: number) => boolean;
}

/**
 * Progress bar and slide number. Written straight to the DOM: they change on every slide and nothing else
 * depends on them, so there is no reason to re-render React for them.
 */
export function progressController(elements: ProgressElements): DeckController {
  return {
    id: 'progress',
    setup(deck) {
      const show = (index: number): void => {
        const total = deck.slideCount;
        const fraction = total > 1 ? index / (total - 1) : 1;
        elements.bar.style.transform = `scaleX(${fraction})`;
        elements.number.textContent = `${index + 1} / ${total}`;
        elements.number.dataset.ground = elements.darkGround?.(index) ? 'dark' : 'light';
      };
      show(deck.getState().index);
      return deck.subscribe((state, previous) => {
        if (state.index !== previous.index) show(state.index);
      });
    },
  };
}
