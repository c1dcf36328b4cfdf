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

/**
 * The presenter view answers to the name while it is open and gives it up as it closes: a window on its way
 * out can still be found by name for a moment, and a P pressed then would re-aim that dying window instead of
 * opening a new one (nothing would appear).
 */
export function holdPresenterWindowName(target: Window = window): () => void {
  target.name = presenterWindowName;
  const giveUp = (): void => {
    target.name = '';
  };
  const takeBack = (event: PageTransitionEvent): void => {
    if (event.persisted) target.name = presenterWindowName;
  };
  target.addEventListener('pagehide', giveUp);
  target.addEventListener('pageshow', takeBack);
  return () => {
    target.removeEventListener('pagehide', giveUp);
    target.removeEventListener('pageshow', takeBack);
  };
}
