/**
 * The first-paint script. Its source text is inlined into the document the host serves (and allowed by a
 * CSP hash), right after the pre-drawn slide, so it runs before the first paint and before any bundle.
 * Both functions below are therefore serialized with Function.prototype.toString: they must not use
 * anything from outside their own bodies but their parameters.
 */

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
 * (when it remembers one) and the slide the address names, or, when it names none, the one it resumes on.
 * The address forms are those of routes.ts / hash.ts: `#/N` is slide N; `#/presenter…` and `#/source` are
 * other views; anything else names no slide.
 */
export function preDrawnSlideApplies(hash: string, rememberedBriefing: string | null, facts: PreDrawnFacts): boolean {
  if (rememberedBriefing !== null && rememberedBriefing !== facts.briefingId) return false;
  if (hash === '#/source' || hash.startsWith('#/presenter')) return false;
  const named = /^#\/(\d{1,6})$/.exec(hash);
  const slide = named ? Math.max(1, Number(named[1])) - 1 : facts.resumeSlide;
  return slide === facts.slide;
}

/**
 * Runs in the page: keeps the pre-drawn layer only when it shows what the app will show, and scales its
 * 1920×1080 stage to the window as the app's Stage does (the app removes the layer once its own slide has drawn).
 */
export interface FirstPaintOptions {
  /** localStorage key of the briefing this browser last opened (remembered.ts). */
  readonly rememberedKey: string;
  /** id of the pre-drawn layer. */
  readonly layerId: string;
  /** The stage's size in stage pixels (Stage.tsx). */
  readonly stageWidth: number;
  readonly stageHeight: number;
  /** Attribute of the <link rel="modulepreload"> naming the app's entry module, which this script starts. */
  readonly appEntryAttribute: string;
  /** The family of the glyphs inlined for the layer, and its weights. */
  readonly glyphFamily: string;
  readonly glyphWeights: readonly number[];
}

export function runFirstPaintScript(applies: typeof preDrawnSlideApplies, options: FirstPaintOptions): void {
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
  // takes the main thread for a while, and the slide should be on screen first.
  // As the module script it replaces was deferred, it runs only once the document is parsed (main.tsx
  // needs #root, which comes after this script).
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
  if (!applies(location.hash, remembered, facts)) {
    layer.remove();
    startApp();
    return;
  }
  const fit = (): void => {
    if (!layer.isConnected) return removeEventListener('resize', fit);
    layer.style.setProperty('--pre-drawn-scale', String(Math.min(innerWidth / options.stageWidth, innerHeight / options.stageHeight)));
  };
  fit();
  addEventListener('resize', fit);
  // Once the layer's glyphs are decoded, let one frame paint it, then start the app. Should a font never
  // load, the app starts anyway after a second.
  const text = layer.textContent ?? '';
  const glyphs = options.glyphWeights.map((weight) => document.fonts.load(`${weight} 16px "${options.glyphFamily}"`, text));
  Promise.all(glyphs).then(
    () => requestAnimationFrame(() => setTimeout(startApp, 0)),
    startApp,
  );
  setTimeout(startApp, 1000);
}

/** The script's text: both functions' source and the call that joins them. */
export function firstPaintScriptSource(options: FirstPaintOptions): string {
  return `(${runFirstPaintScript.toString()})(${preDrawnSlideApplies.toString()}, ${JSON.stringify(options)});`;
}
