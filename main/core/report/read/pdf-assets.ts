/**
 * Where pdf.js finds its CMaps (the encodings of Chinese, Japanese and Korean fonts a PDF names but does not
 * embed: without them such text reads as nothing) and its standard fonts. pdf.js reads them with fs in Node,
 * so they are given as folder paths.
 *
 *   - the desktop app: the Electron main bundle (CommonJS, in app.asar, where the package's node_modules are
 *     not shipped) has them copied next to it by scripts/build-electron.ts, in readers/pdfjs/;
 *   - from source (tsx, vitest): the pdfjs-dist package itself, resolved from this file's folder (vitest and
 *     the bundle give modules a __dirname), else from the running script or the working folder (tsx runs ES
 *     modules, which have none; import.meta is ruled out as it is empty in the CommonJS bundle).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The asset folders as pdfjs-dist names them, copied under this folder beside the Electron main bundle. */
export const pdfAssetFolders = ['cmaps', 'standard_fonts'] as const;
export const bundledPdfAssetsDir = join('readers', 'pdfjs');

export interface PdfAssetUrls {
  readonly cMapUrl: string;
  readonly cMapPacked: true;
  readonly standardFontDataUrl: string;
}

const withAssets = (dir: string): boolean => pdfAssetFolders.every((folder) => existsSync(join(dir, folder)));

/** The folder holding cmaps/ and standard_fonts/, or null when none is found. */
export function pdfAssetsDir(): string | null {
  const moduleDir = typeof __dirname === 'string' ? __dirname : null;
  if (moduleDir && withAssets(join(moduleDir, bundledPdfAssetsDir))) return join(moduleDir, bundledPdfAssetsDir);
  const from = [moduleDir && join(moduleDir, 'index.js'), process.argv[1], join(process.cwd(), 'index.js')];
  for (const start of from) {
    if (!start) continue;
    try {
      const dir = dirname(createRequire(start).resolve('pdfjs-dist/package.json'));
      if (withAssets(dir)) return dir;
    } catch {
      // try the next place
    }
  }
  return null;
}

let found: PdfAssetUrls | null | undefined;

/** getDocument's options for the assets (paths ending in a separator, as pdf.js wants); null when not found. */
export function pdfAssetUrls(): PdfAssetUrls | null {
  if (found === undefined) {
    const dir = pdfAssetsDir();
    found = dir ? { cMapUrl: `${join(dir, 'cmaps')}/`, cMapPacked: true, standardFontDataUrl: `${join(dir, 'standard_fonts')}/` } : null;
  }
  return found;
}
