import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { openDeckHandler } from '../handlers/deck';
import type { HandlerContext } from '../handlers/types';
import { resolveStaticPath } from '../static-files';
import { composeFirstPaintDocument, type FirstPaintDocument } from './first-paint-document';
import { cutFirstPaintGlyphs } from './first-paint-fonts';
import { faceCovers, readFontFaces, withoutFontFaces } from './font-faces';
import { GlyphCache } from './glyph-cache';
import type { InlineGlyphFace, SlidePreDrawer } from './types';

/** The cache folder's name inside the app's user-data folder (browser host and desktop app alike). */
export const firstPaintCacheFolder = 'first-paint-cache';

export interface FirstPaint {
  /** The document for the app's address: the opening slide drawn in, or null to serve index.html as built. */
  document(): Promise<FirstPaintDocument | null>;
}

export interface FirstPaintOptions {
  /** The built renderer (index.html and assets/). */
  readonly rendererDir: string;
  /** The renderer's slide drawer (load-pre-drawer.ts); loaded on first use. Null: nothing is drawn ahead. */
  readonly loadPreDrawer: () => Promise<SlidePreDrawer | null>;
  readonly context: HandlerContext;
  /** Where cut glyphs are kept between starts; without it they are kept in memory only. */
  readonly cacheDir?: string;
  /** Told why a document could not be drawn ahead (the plain index.html is served then). */
  readonly onError?: (error: unknown) => void;
}

/**
 * Serves the briefing's opening slide inside the document itself, for a first frame that already shows it.
 * The deck is the one deck:open gives an app that remembers no briefing (a remembered other briefing is
 * caught by the first-paint script, which then drops the layer). Any failure falls back to index.html.
 */
export function createFirstPaint(options: FirstPaintOptions): FirstPaint {
  const glyphs = new GlyphCache(options.cacheDir ?? null);
  let drawer: Promise<SlidePreDrawer | null> | null = null;

  const glyphsFor = async (preDrawer: SlidePreDrawer, css: string, text: string): Promise<InlineGlyphFace[]> => {
    const { firstPaintFamily } = preDrawer;
    const family = sourceFamilyOf(css, firstPaintFamily);
    if (!family) return [];
    const sources = preDrawer.glyphSources.filter((source) => source.family === family);
    const appFaces = readFontFaces(css).filter((face) => face.family === family && face.style === 'normal');
    const covers = (codePoint: number): boolean => appFaces.some((face) => faceCovers(face, codePoint));
    // Built file names carry a content hash, so they name the glyphs' source exactly.
    const key = JSON.stringify({ sources: sources.map((s) => [s.weight, basename(s.url)]), ranges: appFaces.map((f) => f.ranges), text });
    const cut = async (): Promise<string> => JSON.stringify(await cutFirstPaintGlyphs(sources, covers, text));
    return JSON.parse(await glyphs.get(key, cut)) as InlineGlyphFace[];
  };

  return {
    async document() {
      try {
        drawer ??= options.loadPreDrawer();
        const preDrawer = await drawer;
        if (!preDrawer) return null;
        const opened = openDeckHandler({}, options.context);
        if (!opened) return null;
        const preDrawn = preDrawer.preDrawFirstSlide(opened.deck, opened.lastSlide);
        if (!preDrawn) return null;
        const template = await readFile(join(options.rendererDir, 'index.html'), 'utf8');
        const cssHref = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/.exec(template)?.[1];
        const cssPath = cssHref ? resolveStaticPath(options.rendererDir, cssHref) : null;
        if (!cssHref || !cssPath) throw new Error('index.html links no stylesheet');
        const css = await readFile(cssPath, 'utf8');
        const glyphs = await glyphsFor(preDrawer, css, textOf(preDrawn.markup));
        return composeFirstPaintDocument({ template, style: withoutFontFaces(css), preDrawn, glyphs, title: opened.deck.title });
      } catch (error) {
        options.onError?.(error);
        return null;
      }
    },
  };
}

/** The family the first-paint glyphs stand in for: the one after them in the app's `--font-sans`. */
export function sourceFamilyOf(css: string, firstPaintFamily: string): string | null {
  const stack = /--font-sans\s*:\s*([^;}]+)/.exec(css)?.[1];
  const families = (stack ?? '').split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''));
  const at = families.indexOf(firstPaintFamily);
  return at >= 0 ? (families[at + 1] ?? null) : null;
}

/** The text a reader sees in static markup: tags dropped, the entities React writes decoded. */
export function textOf(markup: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return named[name] ?? entity;
    });
}
