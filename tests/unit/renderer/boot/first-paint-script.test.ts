import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { firstPaintScriptSource, preDrawnSlideApplies, type FirstPaintOptions } from '../../../../renderer/src/boot/first-paint-script';

const cover = { briefingId: '1', slide: 0, resumeSlide: 0 };

describe('whether the pre-drawn slide is the one the app will show', () => {
  it.each([
    ['#/1', null, true],
    ['#/01', null, true],
    ['#/0', null, true], // hash.ts reads slide 0 as the first
    ['', null, true], // no slide named: resume, which is the cover
    ['#/', null, true],
    ['#/1', '1', true],
    ['#/2', null, false],
    ['#/12', '1', false],
    ['#/1', '2', false], // this browser last showed another briefing
    ['#/presenter/1', null, false],
    ['#/source', null, false],
  ])('%s with remembered briefing %s → %s', (hash, remembered, expected) => {
    expect(preDrawnSlideApplies(hash, remembered, cover)).toBe(expected);
  });

  it('without a slide in the address, follows where the briefing resumes', () => {
    expect(preDrawnSlideApplies('', null, { ...cover, resumeSlide: 6 })).toBe(false);
    expect(preDrawnSlideApplies('#/bogus', null, { ...cover, resumeSlide: 6 })).toBe(false);
  });
});

const options: FirstPaintOptions = {
  rememberedKey: 'briefing-last-id',
  layerId: 'pre-drawn-slide',
  stageWidth: 1920,
  stageHeight: 1080,
  appEntryAttribute: 'data-app-entry',
  glyphFamily: 'Briefing First Paint',
  glyphWeights: [400, 700],
};

/** The script's text run as the document runs it: in a global scope of its own with a stand-in page. */
function runScript(page: { hash: string; remembered?: string | null; storageThrows?: boolean; fontsFail?: boolean; parsing?: boolean }) {
  const layer = {
    dataset: { briefingId: '1', slide: '0', resumeSlide: '0' },
    textContent: '“十四五”成就',
    isConnected: true,
    remove: vi.fn(function (this: { isConnected: boolean }) {
      this.isConnected = false;
    }),
    style: { setProperty: vi.fn() },
  };
  const appended: { type: string; src: string }[] = [];
  const timers: (() => void)[] = [];
  const fontLoads: string[] = [];
  const documentListeners: (() => void)[] = [];
  const globals = {
    document: {
      readyState: page.parsing ? 'loading' : 'interactive',
      addEventListener: (type: string, listener: () => void) => type === 'DOMContentLoaded' && documentListeners.push(listener),
      getElementById: (id: string) => (id === options.layerId ? layer : null),
      querySelector: (selector: string) => (selector === `link[${options.appEntryAttribute}]` ? { href: 'http://127.0.0.1/assets/index-abc.js' } : null),
      createElement: () => ({ type: '', src: '' }),
      head: { append: (element: { type: string; src: string }) => appended.push(element) },
      fonts: {
        load: (font: string) => {
          fontLoads.push(font);
          return page.fontsFail ? Promise.reject(new Error('bad font')) : Promise.resolve([]);
        },
      },
    },
    localStorage: {
      getItem: (key: string) => {
        if (page.storageThrows) throw new Error('SecurityError');
        return key === options.rememberedKey ? (page.remembered ?? null) : null;
      },
    },
    location: { hash: page.hash },
    innerWidth: 1280,
    innerHeight: 800,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    requestAnimationFrame: (callback: () => void) => timers.push(callback),
    setTimeout: (callback: () => void) => timers.push(callback),
    Promise,
    JSON,
    Math,
    Number,
    String,
  };
  runInNewContext(firstPaintScriptSource(options), globals);
  const parsed = (): void => {
    globals.document.readyState = 'interactive';
    for (const listener of documentListeners.splice(0)) listener();
  };
  return { layer, appended, timers, fontLoads, globals, parsed };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the first-paint script, as inlined', () => {
  it('keeps the layer, scales it to the window, and starts the app once its glyphs have painted', async () => {
    const run = runScript({ hash: '#/1' });
    expect(run.layer.remove).not.toHaveBeenCalled();
    expect(run.layer.style.setProperty).toHaveBeenCalledWith('--pre-drawn-scale', String(Math.min(1280 / 1920, 800 / 1080)));
    expect(run.globals.addEventListener).toHaveBeenCalledWith('resize', expect.any(Function));
    expect(run.fontLoads).toEqual(['400 16px "Briefing First Paint"', '700 16px "Briefing First Paint"']);
    expect(run.appended).toEqual([]);
    await settle();
    // The glyphs are in: one animation frame, then a task after it, runs the app's entry module, once.
    while (run.timers.length > 0) run.timers.shift()?.();
    expect(run.appended).toEqual([{ type: 'module', src: 'http://127.0.0.1/assets/index-abc.js' }]);
  });

  it('drops the layer and starts the app at once when the app will show something else', () => {
    for (const page of [{ hash: '#/7' }, { hash: '#/presenter/1' }, { hash: '#/1', remembered: '2' }]) {
      const run = runScript(page);
      expect(run.layer.remove).toHaveBeenCalled();
      expect(run.appended).toHaveLength(1);
      expect(run.fontLoads).toEqual([]);
    }
  });

  it('runs the app only once the document is parsed, as the deferred module script it replaces did', () => {
    const run = runScript({ hash: '#/7', parsing: true });
    expect(run.appended).toEqual([]);
    run.parsed();
    expect(run.appended).toHaveLength(1);
  });

  it('still shows the layer with storage disabled, and still starts the app if a glyph face fails', async () => {
    const run = runScript({ hash: '', storageThrows: true, fontsFail: true });
    expect(run.layer.remove).not.toHaveBeenCalled();
    await settle();
    expect(run.appended).toHaveLength(1);
  });
});
