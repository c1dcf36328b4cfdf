/**
 * The first-paint script. Its source text is inlined into the document the host serves (and allowed by a
 * CSP hash), right after the pre-drawn slide, so it runs before the first paint and before any bundle.
 * Its functions (and the app's parseRoute) are therefore serialized with Function.prototype.toString: they
 * must not use anything from outside their own bodies but their parameters.
 */
import { parseRoute, type Route } from '../deck/controllers/hash';

/** What the pre-drawn layer states about itself, from its data-* attributes. */
export interface PreDrawnFacts {
  /** The briefing whose slide is drawn (as a string: it is compared with localStorage's). */
  readonly briefingId: string;
  /** The 0-based slide drawn. */
  readonly slide: number;
  /** The 0-based slide an address without a slide number opens on (the remembered one, else the cover). */
  readonly resumeSlide: number;
}

/**
 * Whether the app is about to show exactly the pre-drawn slide: same briefing as this browser remembers
 * (when it remembers one) and, in the deck, the slide the address names, or, when it names none, the one it
 * resumes on. `route` is the address as the app reads it (parseRoute, passed in with its own source text).
 */
export function preDrawnSlideApplies(route: Route, rememberedBriefing: string | null, facts: PreDrawnFacts): boolean {
  if (rememberedBriefing !== null && rememberedBriefing !== facts.briefingId) return false;
  if (route.view !== 'deck') return false;
  return (route.slide ?? facts.resumeSlide) === facts.slide;
}

export interface FirstPaintOptions {
  /** localStorage key of the briefing this browser last opened (remembered.ts). */
  readonly rememberedKey: string;
  /** id of the pre-drawn layer. */
  readonly layerId: string;
  /** id of the JSON block holding the layer's glyphs (InlineGlyphFace[]), written by the host. */
  readonly glyphDataId: string;
  /** The family those glyphs are given: first in the app's font stack (styles/base.css). */
  readonly glyphFamily: string;
  /** The stage's size in stage pixels (Stage.tsx). */
  readonly stageWidth: number;
  readonly stageHeight: number;
  /** Attribute of the <link rel="modulepreload"> naming the app's entry module, which this script starts. */
  readonly appEntryAttribute: string;
}

/**
 * Runs in the page, before the first layout: keeps the pre-drawn layer only when it shows what the app will
 * show, gives it its glyphs, makes sure its 1920×1080 stage is scaled to the window as the app's Stage does,
 * and starts the app once the layer has painted (the app removes the layer once its own slide has drawn).
 * It reads nothing that needs a layout: a layout now, before the glyphs, would lay the slide out in
 * fallback fonts, and looking those up for Chinese text is slow.
 */
export function runFirstPaintScript(applies: typeof preDrawnSlideApplies, readRoute: typeof parseRoute, options: FirstPaintOptions): void {
  const layer = document.getElementById(options.layerId);
  if (!layer) return;
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(options.rememberedKey);
  } catch {
    // Storage disabled: the app then opens the first briefing, which is the one drawn.
  }
  const facts = {
    briefingId: layer.dataset.briefingId ?? '',
    slide: Number(layer.dataset.slide),
    resumeSlide: Number(layer.dataset.resumeSlide),
  };
  // The app's module is fetched and compiled from the start (modulepreload) but run from here: running it
  // takes the main thread for a while, and the slide should be on screen first. As the deferred module
  // script it replaces, it runs only once the document is parsed (main.tsx needs #root, further down).
  let started = false;
  const startApp = (): void => {
    if (document.readyState === 'loading') return void document.addEventListener('DOMContentLoaded', startApp, { once: true });
    const entry = document.querySelector<HTMLLinkElement>(`link[${options.appEntryAttribute}]`);
    if (started || !entry) return;
    started = true;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = entry.href;
    document.head.append(script);
  };
  if (!applies(readRoute(location.hash), remembered, facts)) {
    layer.remove();
    startApp();
    return;
  }
  // Font faces made from bytes are ready at once (an @font-face with a data: URL would load later, after the
  // first layout). A face that fails leaves its characters to the app's own fonts.
  const glyphData = document.getElementById(options.glyphDataId)?.textContent ?? '[]';
  try {
    for (const face of JSON.parse(glyphData) as { weight: number; unicodeRange: string; woff2: string }[]) {
      const bytes = Uint8Array.from(atob(face.woff2), (char) => char.charCodeAt(0));
      document.fonts.add(new FontFace(options.glyphFamily, bytes, { weight: String(face.weight), style: 'normal', unicodeRange: face.unicodeRange }));
    }
  } catch {
    // Unreadable glyph data: the slide is drawn in the app's fonts as they arrive.
  }
  // pre-drawn.css scales the layer by itself where CSS can divide lengths; elsewhere the factor is written
  // here, at the price of that early layout.
  if (!CSS.supports('scale', `calc(100vw / ${options.stageWidth}px)`)) {
    const fit = (): void => {
      if (!layer.isConnected) return removeEventListener('resize', fit);
      layer.style.setProperty('--pre-drawn-scale', String(Math.min(innerWidth / options.stageWidth, innerHeight / options.stageHeight)));
    };
    fit();
    addEventListener('resize', fit);
  }
  // One frame to paint the layer, then the app. (Should frames not come, as in a hidden window, a second.)
  requestAnimationFrame(() => setTimeout(startApp, 0));
  setTimeout(startApp, 1000);
}

/** The script's text: the functions' source (the address grammar is the app's own) and the call that joins them. */
export function firstPaintScriptSource(options: FirstPaintOptions): string {
  return `(${runFirstPaintScript.toString()})(${preDrawnSlideApplies.toString()}, ${parseRoute.toString()}, ${JSON.stringify(options)});`;
}
