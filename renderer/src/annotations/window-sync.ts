/**
 * The audience window and the presenter view each keep their own list of annotations. When one saves a
 * change it says so on a BroadcastChannel of the briefing, and the other reloads its list: a note added
 * during the talk shows up in the presenter's list at once. Nothing but "changed" is sent.
 */
export interface WindowSync {
  announce(): void;
  close(): void;
}

export function connectWindows(briefingId: number, onOtherWindowChanged: () => void): WindowSync {
  if (typeof BroadcastChannel !== 'function') return { announce: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`briefing-annotations-${briefingId}`);
  channel.onmessage = () => onOtherWindowChanged();
  return {
    announce: () => channel.postMessage('changed'),
    close: () => channel.close(),
  };
}
