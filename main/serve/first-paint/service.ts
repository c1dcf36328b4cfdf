import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { loadDeck, openingBriefingId, resumePosition } from '../../core/deck/load';
import type { HandlerContext } from '../../core/handlers/types';
import { deckStamp, getLastSlide } from '../../core/store/queries/deck';
import type { InlineGlyphFace, SlidePreDrawer } from '../../shared/first-paint';
import { resolveStaticPath } from '../static-files';
import { composeFirstPaintDocument, type FirstPaintDocument } from './document';
import { faceCovers, readFontFaces, withoutFontFaces } from './font-faces';
import { GlyphCache } from './glyph-cache';
import { cutFirstPaintGlyphs } from './glyphs';

/** The cache folder's name inside the app's user-data folder (browser host and desktop app alike). */
export const firstPaintCacheFolder = 'first-paint-cache';

export interface FirstPaint {
  /** The document for the app's address: the opening slide drawn in, or null to serve index.html as built. */
  document(): Promise<FirstPaintDocument | null>;
}

export interface FirstPaintOptions {
  /** The built renderer (index.html and assets/). */
  readonly rendererDir: string;
  /** The renderer's slide drawer (drawer.ts); loaded on first use. Null: nothing is drawn ahead. */
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
 *
 * The composed document is kept while nothing it is made of changes: the briefing opened, its deck (the
 * store's deck stamp), where it resumes, and the built page. A page load then costs three small queries and a
 * stat, not a deck build; and building never writes (loadDeck only reads).
 */
export function createFirstPaint(options: FirstPaintOptions): FirstPaint {
  const glyphs = new GlyphCache(options.cacheDir ?? null);
  let drawer: Promise<SlidePreDrawer | null> | null = null;
  let kept: { readonly key: string; readonly document: FirstPaintDocument | null } | null = null;

  const glyphsFor = async (preDrawer: SlidePreDrawer, css: string, text: string): Promise<InlineGlyphFace[]> => {
    const families = new Set(preDrawer.glyphSources.map((source) => source.family));
    const appFaces = readFontFaces(css).filter((face) => families.has(face.family) && face.style === 'normal');
    const covers = (codePoint: number): boolean => appFaces.some((face) => faceCovers(face, codePoint));
    // Built file names carry a content hash, so they name the glyphs' source exactly.
    const sources = preDrawer.glyphSources;
    const key = JSON.stringify({ sources: sources.map((s) => [s.weight, basename(s.url)]), ranges: appFaces.map((f) => f.ranges), text });
    const cut = async (): Promise<string> => JSON.stringify(await cutFirstPaintGlyphs(sources, covers, text));
    return JSON.parse(await glyphs.get(key, cut)) as InlineGlyphFace[];
  };

  const compose = async (preDrawer: SlidePreDrawer, briefingId: number, template: string): Promise<FirstPaintDocument | null> => {
    const deck = loadDeck(options.context.db, briefingId);
    if (!deck) return null;
    const preDrawn = preDrawer.preDrawFirstSlide(deck, resumePosition(getLastSlide(options.context.db, briefingId), deck.slides.length));
    if (!preDrawn) return null;
    const cssHref = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/.exec(template)?.[1];
    const cssPath = cssHref ? resolveStaticPath(options.rendererDir, cssHref) : null;
    if (!cssHref || !cssPath) throw new Error('index.html links no stylesheet');
    const css = await readFile(cssPath, 'utf8');
    const faces = await glyphsFor(preDrawer, css, textOf(preDrawn.markup));
    return composeFirstPaintDocument({ template, style: withoutFontFaces(css), preDrawn, glyphs: faces, title: deck.title });
  };

  return {
    async document() {
      try {
        drawer ??= options.loadPreDrawer();
        const preDrawer = await drawer;
        if (!preDrawer) return null;
        const { db } = options.context;
        const briefingId = openingBriefingId(db);
        if (briefingId === null) return null;
        const indexPath = join(options.rendererDir, 'index.html');
        const built = await stat(indexPath);
        const key = JSON.stringify([briefingId, deckStamp(db, briefingId), getLastSlide(db, briefingId), built.mtimeMs, built.size]);
        if (kept?.key === key) return kept.document;
        const document = await compose(preDrawer, briefingId, await readFile(indexPath, 'utf8'));
        kept = { key, document };
        return document;
      } catch (error) {
        options.onError?.(error);
        return null;
      }
    },
  };
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
