import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { parseRoute } from '../../../../renderer/src/deck/controllers/hash';
import { firstPaintScriptSource, preDrawnSlideApplies, type FirstPaintOptions } from '../../../../renderer/src/first-paint/first-paint-script';

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
    ['#/library', null, false], // the library: no slide drawn over it
    ['#/print/slides', null, false], // a print route: the pages, not the cover
    ['#/print/handout?briefing=1', '1', false],
  ])('%s with remembered briefing %s → %s', (hash, remembered, expected) => {
    expect(preDrawnSlideApplies(parseRoute(hash), remembered, cover)).toBe(expected);
  });

  it('without a slide in the address, follows where the briefing resumes', () => {
    expect(preDrawnSlideApplies(parseRoute(''), null, { ...cover, resumeSlide: 6 })).toBe(false);
    expect(preDrawnSlideApplies(parseRoute('#/bogus'), null, { ...cover, resumeSlide: 6 })).toBe(false);
  });
});

const options: FirstPaintOptions = {
  rememberedKey: 'briefing-last-id',
  layerId: 'pre-drawn-slide',
  glyphDataId: 'pre-drawn-glyphs',
  glyphFamily: 'Briefing First Paint',
  stageWidth: 1920,
  stageHeight: 1080,
  appEntryAttribute: 'data-app-entry',
};
const glyphData = JSON.stringify([
  { weight: 400, unicodeRange: 'U+5185', woff2: Buffer.from('wOF2-regular').toString('base64') },
  { weight: 700, unicodeRange: 'U+5185', woff2: Buffer.from('wOF2-bold').toString('base64') },
]);

/** The script's text run as the document runs it: in a global scope of its own with a stand-in page. */
interface StandInPage {
  readonly hash: string;
  readonly remembered?: string | null;
  readonly storageThrows?: boolean;
  readonly glyphs?: string;
  readonly parsing?: boolean;
  /** A browser that cannot divide lengths in CSS (pre-drawn.css then needs the script's factor). */
  readonly noTypedArithmetic?: boolean;
}

function runScript(page: StandInPage) {
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
  const fonts: { family: string; bytes: string; weight: string; unicodeRange: string }[] = [];
  const documentListeners: (() => void)[] = [];
  const globals = {
    document: {
      readyState: page.parsing ? 'loading' : 'interactive',
      addEventListener: (type: string, listener: () => void) => type === 'DOMContentLoaded' && documentListeners.push(listener),
      getElementById: (id: string) =>
        id === options.layerId ? layer : id === options.glyphDataId ? { textContent: page.glyphs ?? glyphData } : null,
      querySelector: (selector: string) => (selector === `link[${options.appEntryAttribute}]` ? { href: 'http://127.0.0.1/assets/index-abc.js' } : null),
      createElement: () => ({ type: '', src: '' }),
      head: { append: (element: { type: string; src: string }) => appended.push(element) },
      fonts: { add: (face: (typeof fonts)[number]) => fonts.push(face) },
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
    FontFace: class {
      readonly bytes: string;
      readonly weight: string;
      readonly unicodeRange: string;
      constructor(
        readonly family: string,
        data: Uint8Array,
        descriptors: { weight: string; unicodeRange: string },
      ) {
        this.bytes = Buffer.from(data).toString('latin1');
        this.weight = descriptors.weight;
        this.unicodeRange = descriptors.unicodeRange;
      }
    },
    CSS: { supports: (property: string, value: string) => !page.noTypedArithmetic && property === 'scale' && value === 'calc(100vw / 1920px)' },
    atob,
    Uint8Array,
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
  return { layer, appended, timers, fonts, globals, parsed };
}

describe('the first-paint script, as inlined', () => {
  it('keeps the layer, gives it its glyphs at once, and starts the app after one painted frame', () => {
    const run = runScript({ hash: '#/1' });
    expect(run.layer.remove).not.toHaveBeenCalled();
    expect(run.fonts.map((face) => `${face.family} ${face.weight} ${face.unicodeRange} ${face.bytes}`)).toEqual([
      'Briefing First Paint 400 U+5185 wOF2-regular',
      'Briefing First Paint 700 U+5185 wOF2-bold',
    ]);
    // CSS scales the layer: the script reads no size (a forced layout before the first frame).
    expect(run.layer.style.setProperty).not.toHaveBeenCalled();
    expect(run.globals.addEventListener).not.toHaveBeenCalled();
    expect(run.appended).toEqual([]);
    // An animation frame, then a task after it, runs the app's entry module, once (the fallback timer too).
    while (run.timers.length > 0) run.timers.shift()?.();
    expect(run.appended).toEqual([{ type: 'module', src: 'http://127.0.0.1/assets/index-abc.js' }]);
  });

  it('scales the layer itself where CSS cannot divide lengths', () => {
    const run = runScript({ hash: '#/1', noTypedArithmetic: true });
    expect(run.layer.style.setProperty).toHaveBeenCalledWith('--pre-drawn-scale', String(Math.min(1280 / 1920, 800 / 1080)));
    expect(run.globals.addEventListener).toHaveBeenCalledWith('resize', expect.any(Function));
  });

  it('drops the layer and starts the app at once when the app will show something else', () => {
    for (const page of [{ hash: '#/7' }, { hash: '#/presenter/1' }, { hash: '#/1', remembered: '2' }]) {
      const run = runScript(page);
      expect(run.layer.remove).toHaveBeenCalled();
      expect(run.appended).toHaveLength(1);
      expect(run.fonts).toEqual([]);
    }
  });

  it('runs the app only once the document is parsed, as the deferred module script it replaces did', () => {
    const run = runScript({ hash: '#/7', parsing: true });
    expect(run.appended).toEqual([]);
    run.parsed();
    expect(run.appended).toHaveLength(1);
  });

  it('still shows the layer with storage disabled or unreadable glyphs, and still starts the app', () => {
    const run = runScript({ hash: '', storageThrows: true, glyphs: '{not json' });
    expect(run.layer.remove).not.toHaveBeenCalled();
    expect(run.fonts).toEqual([]);
    while (run.timers.length > 0) run.timers.shift()?.();
    expect(run.appended).toHaveLength(1);
  });
});
