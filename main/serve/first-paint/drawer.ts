import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SlidePreDrawer } from '../../shared/first-paint';

/** Where `npm run build:renderer` puts the renderer's server-side entry (vite.config.ts, SSR build). */
export function preDrawerPath(outDir: string): string {
  return join(outDir, 'first-paint', 'pre-draw.cjs');
}

/**
 * Load the renderer's slide drawer, built for Node (its glyph sources then name absolute file paths). It is a
 * build artifact, not a source import: the serving layer stays free of renderer code, as the layer rules
 * require. Null when it is missing or not what it should be.
 */
export async function loadPreDrawer(path: string): Promise<SlidePreDrawer | null> {
  if (!existsSync(path)) return null;
  // CommonJS and require (not import()): it must load from inside app.asar too.
  const loaded = createRequire(path)(path) as Partial<SlidePreDrawer>;
  const draw = loaded.preDrawFirstSlide;
  if (typeof draw !== 'function' || !Array.isArray(loaded.glyphSources)) return null;
  // Asset URLs are paths under the drawer's own folder: make them file paths.
  const glyphSources = loaded.glyphSources.map((source) => ({ ...source, url: join(dirname(path), source.url) }));
  return { preDrawFirstSlide: draw, glyphSources };
}
