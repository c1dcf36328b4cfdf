import { afterEach, describe, expect, it } from 'vitest';
import { createDeck, type DeckEngine } from '../../../../../renderer/src/deck/engine';
import { presenterSyncController, syncChannelName } from '../../../../../renderer/src/deck/controllers/presenter-sync';

const slides = [{ steps: 0 }, { steps: 2 }, { steps: 0 }, { steps: 0 }];
const decks: DeckEngine[] = [];

/** Node has BroadcastChannel too, so two engines here talk exactly as two windows do. */
function windowDeck(name: string, index = 0): DeckEngine {
  const deck = createDeck(slides, { index });
  deck.use(presenterSyncController({ open: () => new BroadcastChannel(name) }));
  decks.push(deck);
  return deck;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

afterEach(() => {
  for (const deck of decks.splice(0)) deck.destroy();
});

describe('presenter sync', () => {
  it('a window that opens takes the position of the one already open', async () => {
    const name = syncChannelName(101);
    const audience = windowDeck(name, 2);
    const presenter = windowDeck(name, 0);
    await settle();
    expect(presenter.getState().index).toBe(2);
    expect(audience.getState().index).toBe(2);
  });

  it('navigation in either window moves the other, steps and blackout included, without echo', async () => {
    const name = syncChannelName(102);
    const audience = windowDeck(name);
    const presenter = windowDeck(name);
    await settle();
    const moves: number[] = [];
    audience.subscribe((s) => moves.push(s.index * 10 + s.revealed));
    presenter.next();
    presenter.next();
    await settle();
    expect(audience.getState()).toMatchObject({ index: 1, revealed: 1 });
    audience.prev();
    await settle();
    expect(presenter.getState()).toMatchObject({ index: 1, revealed: 0 });
    presenter.toggleBlackout('black');
    await settle();
    expect(audience.getState().blackout).toBe('black');
    // 1:0, 1:1 from the presenter, 1:0 its own, then the blackout — each once, no ping-pong.
    expect(moves).toEqual([10, 11, 10, 10]);
  });

  it('a move made in a new window before its hello is answered wins over the answer, in both windows', async () => {
    const name = syncChannelName(105);
    const audience = windowDeck(name, 1);
    const presenter = windowDeck(name, 1);
    presenter.next(); // before the audience's answer arrives
    await settle();
    expect(presenter.getState()).toMatchObject({ index: 1, revealed: 1 });
    expect(audience.getState()).toMatchObject({ index: 1, revealed: 1 });
  });

  it('two moves crossing each other end with both windows on the same position', async () => {
    // Window ids are random, so which move wins varies: try a few pairs.
    for (let run = 0; run < 4; run++) {
      const name = syncChannelName(110 + run);
      const audience = windowDeck(name);
      const presenter = windowDeck(name);
      await settle();
      audience.goTo(3);
      presenter.goTo(2);
      await settle();
      expect(audience.getState().index).toBe(presenter.getState().index);
    }
  });

  it('briefings do not hear each other', async () => {
    const a = windowDeck(syncChannelName(103));
    const b = windowDeck(syncChannelName(104));
    await settle();
    a.goTo(3);
    await settle();
    expect(b.getState().index).toBe(0);
  });
});
