import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fitNowOrWhenSeen } from '../../../../../renderer/src/slides/layouts/shared';

/**
 * When a slide is fitted: at once on screen; for a hidden (warmed-up) slide, when the browser is idle or the
 * moment its layer is shown, whichever comes first, and once only. Browser APIs are stand-ins here.
 */

let observers: { callback: () => void; observed: unknown; disconnected: boolean }[] = [];
let idle: (() => void)[] = [];

beforeEach(() => {
  observers = [];
  idle = [];
  vi.stubGlobal(
    'MutationObserver',
    class {
      private readonly entry: (typeof observers)[number];
      constructor(callback: () => void) {
        this.entry = { callback, observed: null, disconnected: false };
        observers.push(this.entry);
      }
      observe(target: unknown) {
        this.entry.observed = target;
      }
      disconnect() {
        this.entry.disconnected = true;
      }
    },
  );
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
  vi.stubGlobal('cancelIdleCallback', () => (idle = []));
});
afterEach(() => vi.unstubAllGlobals());

function slide(visible: boolean) {
  const layer = { className: visible ? 'slide-layer is-current' : 'slide-layer' };
  return { layer, element: { parentElement: layer, checkVisibility: () => layer.className.includes('is-current') } as unknown as HTMLElement };
}

describe('fitting a slide when it is seen', () => {
  it('fits a slide on screen at once', () => {
    const fit = vi.fn();
    fitNowOrWhenSeen(slide(true).element, fit);
    expect(fit).toHaveBeenCalledTimes(1);
    expect(observers).toEqual([]);
  });

  it('fits a hidden slide when the browser is idle, once', () => {
    const fit = vi.fn();
    const { layer, element } = slide(false);
    fitNowOrWhenSeen(element, fit);
    expect(fit).not.toHaveBeenCalled();
    expect(observers[0]?.observed).toBe(layer);
    idle.shift()?.();
    expect(fit).toHaveBeenCalledTimes(1);
    expect(observers[0]?.disconnected).toBe(true);
  });

  it('fits it the moment its layer is shown, when that comes first, and not again when idle', () => {
    const fit = vi.fn();
    const { layer, element } = slide(false);
    fitNowOrWhenSeen(element, fit);
    observers[0]?.callback(); // a class change that does not show it
    expect(fit).not.toHaveBeenCalled();
    layer.className = 'slide-layer is-current';
    observers[0]?.callback();
    expect(fit).toHaveBeenCalledTimes(1);
    expect(idle).toEqual([]); // the idle fit was cancelled
    expect(observers[0]?.disconnected).toBe(true);
  });

  it('does nothing once cancelled (the slide went away first)', () => {
    const fit = vi.fn();
    const cancel = fitNowOrWhenSeen(slide(false).element, fit);
    cancel();
    expect(idle).toEqual([]);
    expect(observers[0]?.disconnected).toBe(true);
    expect(fit).not.toHaveBeenCalled();
  });
});
