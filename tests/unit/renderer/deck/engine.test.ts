import { describe, expect, it, vi } from 'vitest';
import { createDeck, type DeckController } from '../../../../renderer/src/deck/engine';

/** Cover (no steps), a slide with three reveal steps, a slide with one, closing. */
const slides = [{ steps: 0 }, { steps: 3 }, { steps: 1 }, { steps: 0 }];

describe('stepping through a deck', () => {
  it('opens on the first slide with nothing revealed', () => {
    const deck = createDeck(slides);
    expect(deck.getState()).toMatchObject({ index: 0, revealed: 0, overlay: 'none', blackout: 'none', typedNumber: '' });
  });

  it('next reveals each step before moving to the next slide', () => {
    const deck = createDeck(slides);
    const seen: [number, number][] = [];
    for (let i = 0; i < 6; i++) {
      deck.next();
      seen.push([deck.getState().index, deck.getState().revealed]);
    }
    expect(seen).toEqual([
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
      [2, 0],
      [2, 1],
    ]);
  });

  it('prev hides steps, then goes back to the previous slide shown complete', () => {
    const deck = createDeck(slides, { index: 2 });
    deck.next(); // 2:1
    deck.prev(); // 2:0
    expect(deck.getState()).toMatchObject({ index: 2, revealed: 0 });
    deck.prev();
    expect(deck.getState()).toMatchObject({ index: 1, revealed: 3 });
  });

  it('stays inside the deck at both ends', () => {
    const deck = createDeck(slides);
    deck.prev();
    expect(deck.getState().index).toBe(0);
    deck.last();
    deck.next();
    deck.next();
    expect(deck.getState()).toMatchObject({ index: 3, revealed: 0 });
  });

  it('goTo clamps the slide and the steps, first and last go to the ends', () => {
    const deck = createDeck(slides);
    deck.goTo(99);
    expect(deck.getState().index).toBe(3);
    deck.goTo(-5);
    expect(deck.getState().index).toBe(0);
    deck.goTo(1, 10);
    expect(deck.getState()).toMatchObject({ index: 1, revealed: 3 });
    deck.last();
    expect(deck.getState().index).toBe(3);
    deck.first();
    expect(deck.getState()).toMatchObject({ index: 0, revealed: 0 });
  });

  it('an out-of-range start index is clamped', () => {
    expect(createDeck(slides, { index: 42 }).getState().index).toBe(3);
  });

  it('tells listeners the new and the previous state, and only on a change', () => {
    const deck = createDeck(slides);
    const listener = vi.fn();
    const unsubscribe = deck.subscribe(listener);
    deck.prev(); // nothing to do at the start
    deck.next();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toMatchObject({ index: 1 });
    expect(listener.mock.calls[0]?.[1]).toMatchObject({ index: 0 });
    unsubscribe();
    deck.next();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('show everything at once (全部显示)', () => {
  it('shows every step on arrival, so next moves slide by slide', () => {
    const deck = createDeck(slides, { settings: { revealMode: 'all', animate: true } });
    deck.next();
    expect(deck.getState()).toMatchObject({ index: 1, revealed: 3 });
    deck.next();
    expect(deck.getState()).toMatchObject({ index: 2, revealed: 1 });
    deck.prev();
    expect(deck.getState()).toMatchObject({ index: 1, revealed: 3 });
  });

  it('switching it on mid-slide reveals the rest; switching back keeps what is shown', () => {
    const deck = createDeck(slides, { index: 1 });
    deck.next();
    deck.updateSettings({ revealMode: 'all' });
    expect(deck.getState().revealed).toBe(3);
    deck.updateSettings({ revealMode: 'step' });
    expect(deck.getState().revealed).toBe(3);
    deck.prev();
    expect(deck.getState()).toMatchObject({ index: 1, revealed: 2 });
  });

  it('changing the animation setting alone does not touch the position', () => {
    const deck = createDeck(slides, { index: 1 });
    deck.updateSettings({ animate: false });
    expect(deck.getState()).toMatchObject({ index: 1, revealed: 0, settings: { revealMode: 'step', animate: false } });
  });
});

describe('overlays, blackout and typed numbers', () => {
  it('the first press after a blackout only lifts it', () => {
    const deck = createDeck(slides);
    deck.toggleBlackout('black');
    deck.next();
    expect(deck.getState()).toMatchObject({ index: 0, blackout: 'none' });
    deck.toggleBlackout('white');
    deck.toggleBlackout('black');
    expect(deck.getState().blackout).toBe('black');
    deck.toggleBlackout('black');
    expect(deck.getState().blackout).toBe('none');
  });

  it('goTo is explicit, so it moves and lifts the blackout at once', () => {
    const deck = createDeck(slides);
    deck.toggleBlackout('white');
    deck.goTo(2);
    expect(deck.getState()).toMatchObject({ index: 2, blackout: 'none' });
  });

  it('one overlay at a time; moving to another slide closes help and quotes but not the overview', () => {
    const deck = createDeck(slides);
    deck.openOverlay('help');
    deck.toggleOverlay('overview');
    expect(deck.getState().overlay).toBe('overview');
    deck.goTo(1);
    expect(deck.getState().overlay).toBe('overview');
    deck.openOverlay('quote');
    deck.next(); // a reveal step on the same slide keeps the quote open
    expect(deck.getState().overlay).toBe('quote');
    deck.goTo(2);
    expect(deck.getState().overlay).toBe('none');
  });

  it('digits then commit jumps to that slide number (1-based)', () => {
    const deck = createDeck(slides);
    deck.typeDigit('3');
    expect(deck.getState().typedNumber).toBe('3');
    expect(deck.commitTypedNumber()).toBe(true);
    expect(deck.getState()).toMatchObject({ index: 2, typedNumber: '' });
    deck.typeDigit('0');
    expect(deck.commitTypedNumber()).toBe(false);
    expect(deck.getState().index).toBe(2);
  });

  it('a number past the last slide moves nothing and is kept to be said, until the next digit or move', () => {
    const deck = createDeck(slides);
    deck.goTo(1);
    deck.typeDigit('9');
    deck.typeDigit('9');
    expect(deck.commitTypedNumber()).toBe(false);
    expect(deck.getState()).toMatchObject({ index: 1, typedNumber: '', refusedNumber: 99 });
    deck.typeDigit('4');
    expect(deck.getState().refusedNumber).toBeNull();
    deck.clearTypedNumber();
    deck.typeDigit('0');
    deck.commitTypedNumber();
    expect(deck.getState().refusedNumber).toBe(0);
    deck.next();
    expect(deck.getState().refusedNumber).toBeNull();
    expect(deck.commitTypedNumber()).toBe(false);
    expect(deck.getState().refusedNumber).toBeNull();
  });

  it('typed digits can be erased, are capped, ignore non-digits and are forgotten on a move', () => {
    const deck = createDeck(slides);
    for (const key of ['1', 'x', '2', '3', '4', '5']) deck.typeDigit(key);
    expect(deck.getState().typedNumber).toBe('1234');
    deck.eraseDigit();
    expect(deck.getState().typedNumber).toBe('123');
    deck.next();
    expect(deck.getState().typedNumber).toBe('');
  });

  it('sync takes another window\'s position as it is, blackout included', () => {
    const deck = createDeck(slides);
    deck.sync({ index: 1, revealed: 2, blackout: 'white' });
    expect(deck.getState()).toMatchObject({ index: 1, revealed: 2, blackout: 'white' });
    deck.sync({ index: 9, revealed: 9, blackout: 'none' });
    expect(deck.getState()).toMatchObject({ index: 3, revealed: 0 });
  });

  it('an empty deck does not break', () => {
    const deck = createDeck([]);
    deck.next();
    deck.prev();
    deck.last();
    expect(deck.getState()).toMatchObject({ index: 0, revealed: 0 });
  });
});

describe('controllers', () => {
  it('are set up on use and torn down once, by their handle or by destroy', () => {
    const deck = createDeck(slides);
    const teardown = vi.fn();
    const controller: DeckController = { id: 'probe', setup: vi.fn(() => teardown) };
    const release = deck.use(controller);
    expect(controller.setup).toHaveBeenCalledWith(deck);
    release();
    release();
    expect(teardown).toHaveBeenCalledTimes(1);
    deck.use(controller);
    deck.destroy();
    expect(teardown).toHaveBeenCalledTimes(2);
  });

  it('registering the same id again replaces the earlier one', () => {
    const deck = createDeck(slides);
    const first = vi.fn();
    deck.use({ id: 'keys', setup: () => first });
    deck.use({ id: 'keys', setup: () => () => undefined });
    expect(first).toHaveBeenCalledTimes(1);
  });
});

describe('hidden slides', () => {
  /** Cover, a hidden slide, a slide with a step, a hidden closing. */
  const withHidden = [{ steps: 0 }, { steps: 2, hidden: true }, { steps: 1 }, { steps: 0, hidden: true }];

  it('are passed by when stepping forward and back, and End lands on the last slide shown', () => {
    const deck = createDeck(withHidden, { settings: { revealMode: 'all', animate: false } });
    deck.next();
    expect(deck.getState()).toMatchObject({ index: 2, revealed: 1 });
    deck.next();
    expect(deck.getState().index).toBe(2);
    deck.prev();
    expect(deck.getState().index).toBe(0);
    deck.last();
    expect(deck.getState().index).toBe(2);
    deck.first();
    expect(deck.getState().index).toBe(0);
  });

  it('still open on a jump, and stepping goes on from there', () => {
    const deck = createDeck(withHidden);
    deck.goTo(1);
    expect(deck.getState()).toMatchObject({ index: 1, revealed: 0 });
    deck.next();
    deck.next();
    expect(deck.getState()).toMatchObject({ index: 1, revealed: 2 });
    deck.next();
    expect(deck.getState()).toMatchObject({ index: 2, revealed: 0 });
  });

  it('leave Home on the first slide shown when the cover is hidden', () => {
    const deck = createDeck([{ steps: 0, hidden: true }, { steps: 0 }], { index: 1 });
    deck.first();
    expect(deck.getState().index).toBe(1);
  });
});
