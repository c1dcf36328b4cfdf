/** Fullscreen of the whole page. Refusals (no user gesture, kiosk policy) are expected, not errors. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
}

/** The window name makes a second P bring back the same presenter window instead of opening another. */
export const presenterWindowName = 'briefing-presenter';

/** Open (or re-aim) the presenter view on slide `index` (0-based); the token travels in the query. */
export function openPresenterWindow(index: number): void {
  const url = `${location.pathname}${location.search}#/presenter/${index + 1}`;
  const opened = window.open(url, presenterWindowName, 'popup,width=1280,height=800');
  opened?.focus();
}
