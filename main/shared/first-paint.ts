import type { Deck } from './deck';

/**
 * A slide drawn ahead of the app, inlined into the document that opens it, so the first frame already shows
 * it (main/serve/first-paint/). Drawn by the renderer's own components, built for Node
 * (renderer/src/first-paint/pre-draw.tsx).
 */
export interface PreDrawnSlide {
  /** The layer: a 1920×1080 stage holding the slide, as static HTML with no style attributes. */
  readonly markup: string;
  /**
   * The first-paint script's source: keeps the layer only when it is what the app will show, scales it, and
   * starts the app's entry module once the layer has painted.
   */
  readonly script: string;
  /** The attribute by which the script finds the app's entry: its <link rel="modulepreload"> must carry it. */
  readonly appEntryAttribute: string;
  /** The id of the JSON block (InlineGlyphFace[]) the script reads the slide's glyphs from. */
  readonly glyphDataId: string;
}

/** The pre-drawn slide's glyphs of one weight, cut from the app's typeface: a woff2 font, base64. */
export interface InlineGlyphFace {
  readonly weight: number;
  /** The characters it holds, as a CSS unicode-range. */
  readonly unicodeRange: string;
  readonly woff2: string;
}

/** A whole font file of the app's typeface, one weight, to cut the pre-drawn slide's glyphs from. */
export interface GlyphSource {
  readonly family: string;
  readonly weight: number;
  /** As the drawer module gives it: a URL path under the drawer's own folder (`/assets/….woff2`). */
  readonly url: string;
}

/** What the host and the Electron shell load from out/first-paint/pre-draw.cjs (renderer/src/first-paint/pre-draw.tsx). */
export interface SlidePreDrawer {
  /**
   * The deck's first slide, when it can be drawn ahead (a cover); else null. `resumeSlide` is where an
   * address without a slide number opens (the remembered slide): the layer says so, for its script.
   */
  preDrawFirstSlide(deck: Deck, resumeSlide: number | null): PreDrawnSlide | null;
  /** Whole-typeface files of the app's typeface to cut the layer's glyphs from, one per weight. */
  readonly glyphSources: readonly GlyphSource[];
}
