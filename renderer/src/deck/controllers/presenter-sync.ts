import type { DeckController, DeckPosition, DeckState } from '../engine';

/**
 * Which of two positions is the later one: a Lamport clock, ties broken by the window that made the move.
 * Every window keeps the position with the greatest stamp it has seen, so two windows always end up
 * agreeing, even when moves cross (a key pressed in each window at the same moment).
 */
interface Stamp {
  readonly version: number;
  readonly holder: string;
}

/** Messages between the audience window and the presenter view of the same briefing. */
type SyncMessage =
  | { readonly kind: 'hello'; readonly from: string }
  | { readonly kind: 'position'; readonly from: string; readonly position: DeckPosition; readonly stamp: Stamp };

export function syncChannelName(briefingId: number): string {
  return `briefing-deck-${briefingId}`;
}

/** The smallest interface of BroadcastChannel this needs, so tests can pass a stand-in. */
export interface SyncChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export interface PresenterSyncOptions {
  readonly open: () => SyncChannel;
}

const samePosition = (a: DeckPosition, b: DeckPosition): boolean =>
  a.index === b.index && a.revealed === b.revealed && a.blackout === b.blackout;

const positionOf = (state: DeckState): DeckPosition => ({ index: state.index, revealed: state.revealed, blackout: state.blackout });

const later = (a: Stamp, b: Stamp): boolean => a.version > b.version || (a.version === b.version && a.holder > b.holder);

function isSyncMessage(data: unknown): data is SyncMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as { kind?: unknown; from?: unknown; position?: Partial<DeckPosition>; stamp?: Partial<Stamp> };
  if (typeof message.from !== 'string') return false;
  if (message.kind === 'hello') return true;
  const { position, stamp } = message;
  return (
    message.kind === 'position' &&
    typeof stamp?.version === 'number' &&
    typeof stamp.holder === 'string' &&
    typeof position?.index === 'number' &&
    typeof position.revealed === 'number' &&
    typeof position.blackout === 'string'
  );
}

/**
 * Keeps the audience window and the presenter view on the same slide, step and blackout, both ways.
 * A position taken from the other window is not sent back (no echo). A window that opens says hello and
 * takes the answer: it starts with a stamp below any window already open (version -1), and a window
 * answering a hello first claims its own position (version 0 at least).
 */
export function presenterSyncController(options: PresenterSyncOptions): DeckController {
  return {
    id: 'presenter-sync',
    setup(deck) {
      const channel = options.open();
      const self = Math.random().toString(36).slice(2);
      let stamp: Stamp = { version: -1, holder: self };
      let applying = false;
      const send = (message: SyncMessage): void => channel.postMessage(message);
      const sendPosition = (): void => send({ kind: 'position', from: self, position: positionOf(deck.getState()), stamp });

      const onMessage = (event: MessageEvent): void => {
        const message: unknown = event.data;
        if (!isSyncMessage(message) || message.from === self) return;
        if (message.kind === 'hello') {
          if (stamp.version < 0) stamp = { version: 0, holder: self };
          return sendPosition();
        }
        if (!later(message.stamp, stamp)) return;
        stamp = message.stamp;
        if (samePosition(message.position, positionOf(deck.getState()))) return;
        applying = true;
        try {
          deck.sync(message.position);
        } finally {
          applying = false;
        }
      };
      channel.addEventListener('message', onMessage);
      const unsubscribe = deck.subscribe((state, previous) => {
        if (applying || samePosition(positionOf(state), positionOf(previous))) return;
        stamp = { version: Math.max(stamp.version, 0) + 1, holder: self };
        sendPosition();
      });
      send({ kind: 'hello', from: self });
      return () => {
        unsubscribe();
        channel.removeEventListener('message', onMessage);
        channel.close();
      };
    },
  };
}
