import { describe, expect, it } from 'vitest';
import { holdPresenterWindowName, presenterWindowName } from '../../../../renderer/src/deck/window-actions';

/** A window as far as its name and page lifecycle events go. */
function fakeWindow(): Window {
  const target = new EventTarget() as EventTarget & { name: string };
  target.name = '';
  return target as unknown as Window;
}

function pageTransition(type: 'pagehide' | 'pageshow', persisted: boolean): Event {
  return Object.assign(new Event(type), { persisted });
}

describe('the presenter window name', () => {
  it('is taken when the presenter view opens, so a second P finds the same window', () => {
    const win = fakeWindow();
    holdPresenterWindowName(win);
    expect(win.name).toBe(presenterWindowName);
  });

  it('is given up as the window goes, so a P pressed meanwhile opens a new window instead of re-aiming the dying one', () => {
    const win = fakeWindow();
    holdPresenterWindowName(win);
    win.dispatchEvent(pageTransition('pagehide', false));
    expect(win.name).toBe('');
  });

  it('is taken back when the page comes back from the back-forward cache', () => {
    const win = fakeWindow();
    holdPresenterWindowName(win);
    win.dispatchEvent(pageTransition('pagehide', true));
    win.dispatchEvent(pageTransition('pageshow', true));
    expect(win.name).toBe(presenterWindowName);
  });

  it('stops listening once released', () => {
    const win = fakeWindow();
    const release = holdPresenterWindowName(win);
    release();
    win.dispatchEvent(pageTransition('pagehide', false));
    expect(win.name).toBe(presenterWindowName);
  });
});
