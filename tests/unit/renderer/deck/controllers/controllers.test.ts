import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeck } from '../../../../../renderer/src/deck/engine';
import { keyboardController } from '../../../../../renderer/src/deck/controllers/keyboard';
import { hashController, slideFromHash } from '../../../../../renderer/src/deck/controllers/hash';
import { positionMemoryController } from '../../../../../renderer/src/deck/controllers/position-memory';
import { loadSettings, settingsKey, settingsStorageController } from '../../../../../renderer/src/deck/controllers/settings-storage';
import { touchController } from '../../../../../renderer/src/deck/controllers/touch';
import { clickController, isOwnClick } from '../../../../../renderer/src/deck/controllers/click';

const slides = [{ steps: 0 }, { steps: 2 }, { steps: 0 }, { steps: 0 }];

/** A keydown as the browser would send it, on a plain EventTarget (no DOM in these tests). */
function key(target: EventTarget, value: string, mods: { shiftKey?: boolean; ctrlKey?: boolean } = {}): Event {
  const event = Object.assign(new Event('keydown', { cancelable: true }), {
    key: value,
    shiftKey: mods.shiftKey ?? false,
    ctrlKey: mods.ctrlKey ?? false,
    altKey: false,
    metaKey: false,
    isComposing: false,
  });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('keyboard controller', () => {
  it('drives the deck and takes the keys it uses from the browser', () => {
    const target = new EventTarget();
    const deck = createDeck(slides);
    const toggleFullscreen = vi.fn();
    const openPresenter = vi.fn();
    deck.use(keyboardController({ target, toggleFullscreen, openPresenter }));
    expect(key(target, 'ArrowRight').defaultPrevented).toBe(true);
    key(target, ' ');
    expect(deck.getState()).toMatchObject({ index: 1, revealed: 1 });
    key(target, ' ', { shiftKey: true });
    key(target, 'End');
    expect(deck.getState().index).toBe(3);
    key(target, 'Home');
    key(target, '3');
    key(target, 'Enter');
    expect(deck.getState().index).toBe(2);
    key(target, 'f');
    key(target, 'P');
    expect(toggleFullscreen).toHaveBeenCalledTimes(1);
    expect(openPresenter).toHaveBeenCalledTimes(1);
    expect(key(target, 'r', { ctrlKey: true }).defaultPrevented).toBe(false);
  });

  it('Esc closes an overlay first, then clears a blackout, then toggles the overview', () => {
    const target = new EventTarget();
    const deck = createDeck(slides);
    deck.use(keyboardController({ target, toggleFullscreen: () => undefined }));
    key(target, '?');
    key(target, 'b');
    expect(deck.getState()).toMatchObject({ overlay: 'help', blackout: 'black' });
    key(target, 'Escape');
    expect(deck.getState()).toMatchObject({ overlay: 'none', blackout: 'black' });
    key(target, 'Escape');
    expect(deck.getState().blackout).toBe('none');
    key(target, 'Escape');
    expect(deck.getState().overlay).toBe('overview');
    key(target, 'o');
    expect(deck.getState().overlay).toBe('none');
  });

  it('P does nothing without a presenter view to open (in the presenter view itself)', () => {
    const target = new EventTarget();
    const deck = createDeck(slides);
    deck.use(keyboardController({ target, toggleFullscreen: () => undefined }));
    expect(key(target, 'p').defaultPrevented).toBe(false);
  });

  it('forgets typed digits after a pause', () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const deck = createDeck(slides);
    deck.use(keyboardController({ target, toggleFullscreen: () => undefined, typedNumberTimeoutMs: 1000 }));
    key(target, '2');
    vi.advanceTimersByTime(1200);
    key(target, 'Enter');
    expect(deck.getState().index).toBe(1);
  });

  it('stops listening once torn down', () => {
    const target = new EventTarget();
    const deck = createDeck(slides);
    const release = deck.use(keyboardController({ target, toggleFullscreen: () => undefined }));
    release();
    key(target, 'ArrowRight');
    expect(deck.getState().index).toBe(0);
  });
});

describe('touch controller', () => {
  const touch = (target: EventTarget, type: string, x: number, y: number, timeStamp: number): void => {
    const point = [{ clientX: x, clientY: y }];
    const event = Object.assign(new Event(type), { touches: type === 'touchend' ? [] : point, changedTouches: point });
    Object.defineProperty(event, 'timeStamp', { value: timeStamp });
    target.dispatchEvent(event);
  };

  it('a quick horizontal swipe left goes forward, right goes back; short or vertical strokes do nothing', () => {
    const target = new EventTarget();
    const deck = createDeck(slides);
    deck.use(touchController({ target }));
    touch(target, 'touchstart', 600, 300, 0);
    touch(target, 'touchend', 300, 320, 200);
    expect(deck.getState().index).toBe(1);
    touch(target, 'touchstart', 300, 300, 1000);
    touch(target, 'touchend', 320, 300, 1100); // too short
    touch(target, 'touchstart', 300, 100, 2000);
    touch(target, 'touchend', 380, 500, 2100); // mostly vertical
    expect(deck.getState().index).toBe(1);
    touch(target, 'touchstart', 200, 300, 3000);
    touch(target, 'touchend', 600, 300, 3200);
    expect(deck.getState().index).toBe(0);
  });

  it('a stroke that starts where `ignore` says (an overlay being scrolled) turns no slide', () => {
    const target = new EventTarget();
    const deck = createDeck(slides);
    deck.use(touchController({ target, ignore: () => true }));
    touch(target, 'touchstart', 600, 300, 0);
    touch(target, 'touchend', 200, 300, 100);
    expect(deck.getState().index).toBe(0);
  });
});

describe('click controller', () => {
  const click = (target: EventTarget, fields: Record<string, unknown> = {}): Event => {
    const event = Object.assign(new Event('click', { cancelable: true }), { button: 0, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...fields });
    target.dispatchEvent(event);
    return event;
  };

  it('a plain click on the slide goes to the next step, then the next slide', () => {
    const target = new EventTarget();
    const deck = createDeck(slides);
    deck.use(clickController({ target }));
    click(target);
    expect(deck.getState()).toMatchObject({ index: 1, revealed: 0 });
    click(target);
    expect(deck.getState()).toMatchObject({ index: 1, revealed: 1 });
  });

  it('ignores other buttons, modified clicks, clicks on controls and the click that ends a selection', () => {
    const target = new EventTarget();
    const deck = createDeck(slides);
    let onControl = false;
    let selecting = false;
    deck.use(clickController({ target, ignore: () => onControl, selecting: () => selecting }));
    click(target, { button: 2 });
    click(target, { button: 1 });
    click(target, { ctrlKey: true });
    click(target, { shiftKey: true });
    onControl = true;
    click(target);
    onControl = false;
    selecting = true;
    click(target);
    expect(deck.getState().index).toBe(0);
    selecting = false;
    const prevented = new Event('click', { cancelable: true });
    prevented.preventDefault();
    target.dispatchEvent(prevented);
    expect(deck.getState().index).toBe(0);
  });

  it('knows a control on the slide from the slide itself', () => {
    const element = (match: string | null) => ({ closest: (selector: string) => (match !== null && selector.includes(match) ? {} : null) });
    expect(isOwnClick(element('button') as unknown as EventTarget)).toBe(true);
    expect(isOwnClick(element('.ink-layer.is-active') as unknown as EventTarget)).toBe(true);
    expect(isOwnClick(element(null) as unknown as EventTarget)).toBe(false);
    expect(isOwnClick(null)).toBe(false);
  });
});

describe('hash controller', () => {
  const fakeWindow = (hash: string) => {
    const events = new EventTarget();
    const location = { hash };
    const history = { replaceState: vi.fn((_data: unknown, _unused: string, url?: string | URL | null) => void (location.hash = String(url))) };
    return { events, location, history };
  };

  it('reads #/N (1-based) and #/presenter/N', () => {
    expect(slideFromHash('#/3', '#/')).toBe(2);
    expect(slideFromHash('#/0', '#/')).toBe(0);
    expect(slideFromHash('#/source', '#/')).toBeNull();
    expect(slideFromHash('#/presenter/4', '#/presenter/')).toBe(3);
    expect(slideFromHash('#/presenter/4', '#/')).toBeNull();
  });

  it('writes the slide to the address with replaceState and follows hand edits', () => {
    const win = fakeWindow('');
    const deck = createDeck(slides);
    deck.use(hashController({ prefix: '#/', ...win }));
    expect(win.location.hash).toBe('#/1');
    deck.next();
    expect(win.location.hash).toBe('#/2');
    deck.next(); // a reveal step does not touch the address
    expect(win.history.replaceState).toHaveBeenCalledTimes(2);
    win.location.hash = '#/4';
    win.events.dispatchEvent(new Event('hashchange'));
    expect(deck.getState().index).toBe(3);
  });
});

describe('position memory', () => {
  it('saves the slide once after the presenter stops moving, and flushes on teardown', async () => {
    vi.useFakeTimers();
    const save = vi.fn(() => Promise.resolve());
    const deck = createDeck(slides);
    const release = deck.use(positionMemoryController({ save, delayMs: 500 }));
    deck.next();
    deck.next();
    deck.next();
    deck.next();
    vi.advanceTimersByTime(499);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledExactlyOnceWith(2);
    deck.next();
    release();
    expect(save).toHaveBeenLastCalledWith(3);
  });

  it('a failed save is swallowed', async () => {
    vi.useFakeTimers();
    const save = vi.fn(() => Promise.reject(new Error('disk full')));
    const deck = createDeck(slides);
    deck.use(positionMemoryController({ save, delayMs: 10 }));
    deck.goTo(2);
    vi.advanceTimersByTime(10);
    await Promise.resolve();
    expect(save).toHaveBeenCalledOnce();
  });
});

describe('settings storage', () => {
  const memoryStorage = (initial: Record<string, string> = {}) => {
    const data = new Map(Object.entries(initial));
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
  };

  it('loads defaults for missing or damaged values', () => {
    expect(loadSettings(memoryStorage())).toEqual({ revealMode: 'step', animate: true });
    expect(loadSettings(memoryStorage({ [settingsKey]: '{not json' }))).toEqual({ revealMode: 'step', animate: true });
    expect(loadSettings(memoryStorage({ [settingsKey]: '{"revealMode":"all","animate":"no"}' }))).toEqual({ revealMode: 'all', animate: true });
  });

  it('persists changes and follows another window\'s change', () => {
    const storage = memoryStorage();
    const events = new EventTarget();
    const deck = createDeck(slides);
    deck.use(settingsStorageController({ storage, events }));
    deck.updateSettings({ animate: false });
    expect(JSON.parse(storage.data.get(settingsKey) ?? '{}')).toEqual({ revealMode: 'step', animate: false });
    storage.setItem(settingsKey, '{"revealMode":"all","animate":false}');
    events.dispatchEvent(Object.assign(new Event('storage'), { key: settingsKey }));
    expect(deck.getState().settings.revealMode).toBe('all');
  });
});
