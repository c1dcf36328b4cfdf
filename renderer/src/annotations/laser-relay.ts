import { createStateStore, type StateStore } from '../ui/state-store';

/** Where the laser points: a slide point (x, y in 0..1 of the slide) on a slide, or nothing. */
export interface LaserSpot {
  readonly slideId: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The laser pointer shared between the audience window and the presenter view of a briefing: the window
 * where the pointer moves sends where it is, the other draws the same dot over the same slide. The audience
 * sees the presenter's pointer, and the presenter sees what the audience sees.
 */
export interface LaserRelay {
  /** The spot the other window points at; null when it points at nothing. */
  readonly remote: StateStore<{ readonly spot: LaserSpot | null }>;
  /** Tell the other window where this one points (null: no longer pointing). At most once a frame is sent. */
  send(spot: LaserSpot | null): void;
}

/** How long a remote dot stays without news: a window closed mid-gesture must not leave it behind. */
export const laserStaleMs = 1500;

export interface LaserConnection {
  send(spot: LaserSpot | null): void;
  close(): void;
}

/**
 * The relay a view holds for the life of the briefing: its remote spot is a store, its sending goes through
 * whichever connection is open (none before the provider's effect has run, and after it is torn down).
 */
export function createLaserRelay(): { relay: LaserRelay; attach(connection: LaserConnection | null): void } {
  let connection: LaserConnection | null = null;
  const remote = createStateStore<{ readonly spot: LaserSpot | null }>({ spot: null });
  return {
    relay: { remote, send: (spot) => connection?.send(spot) },
    attach(next) {
      connection = next;
      if (!next) remote.setState({ spot: null });
    },
  };
}

function isSpot(data: unknown): data is LaserSpot | null {
  if (data === null) return true;
  if (typeof data !== 'object') return false;
  const { slideId, x, y } = data as Partial<LaserSpot>;
  const unit = (value: unknown): boolean => typeof value === 'number' && value >= 0 && value <= 1;
  return typeof slideId === 'string' && unit(x) && unit(y);
}

/** The channel of a briefing's laser, writing what the other window sends into `remote`. */
export function connectLaser(briefingId: number, remote: LaserRelay['remote']): LaserConnection {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`briefing-laser-${briefingId}`) : null;
  let stale: ReturnType<typeof setTimeout> | undefined;
  let pending: LaserSpot | null | undefined;
  let frame = 0;
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      if (!isSpot(event.data)) return;
      clearTimeout(stale);
      remote.setState({ spot: event.data });
      if (event.data) stale = setTimeout(() => remote.setState({ spot: null }), laserStaleMs);
    };
  }
  const flush = (): void => {
    frame = 0;
    if (pending !== undefined) channel?.postMessage(pending);
    pending = undefined;
  };
  return {
    send(spot) {
      if (!channel) return;
      pending = spot;
      if (!frame) frame = requestAnimationFrame(flush);
    },
    close() {
      clearTimeout(stale);
      if (frame) cancelAnimationFrame(frame);
      channel?.close();
    },
  };
}
