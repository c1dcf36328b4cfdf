/** Where the presenter and audience windows go, from the displays Electron reports. Pure, for tests. */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DisplayArea {
  readonly id: number;
  readonly bounds: Rect;
  readonly workArea: Rect;
}

export interface PresenterLayout {
  /** Bounds for the presenter window. */
  readonly presenter: Rect;
  /** The display the audience window goes to, full screen; null with a single display (nothing moves). */
  readonly audience: DisplayArea | null;
}

/**
 * With two or more displays the presenter keeps the laptop's own (primary) display and the audience window
 * goes full screen on the other one — the projector. With one display, the presenter window opens over the
 * work area and the audience window stays where the user put it.
 */
export function planPresenterLayout(displays: readonly DisplayArea[], primaryId: number): PresenterLayout {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (!primary) return { presenter: { x: 0, y: 0, width: 1280, height: 800 }, audience: null };
  const projector = displays.find((d) => d.id !== primary.id) ?? null;
  return { presenter: primary.workArea, audience: projector };
}
