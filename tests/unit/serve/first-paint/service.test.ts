import { readFileSync, writeFileSync, mkdirSync, cpSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCore, type AppCore } from '../../../../main/core/app';
import { createFirstPaint, textOf } from '../../../../main/serve/first-paint/service';
import type { InlineGlyphFace, SlidePreDrawer } from '../../../../main/shared/first-paint';
import { setPositionHandler } from '../../../../main/core/handlers/deck';
import * as drawerModule from '../../../../renderer/src/first-paint/pre-draw';
import { dataDir, projectRoot, tempDir } from '../../../support/temp';
import { builtIndexHtml } from '../../../support/built-index';

/**
 * The first-paint service with the renderer's real drawer (its source, as vitest compiles it) and the real
 * whole-typeface files, against a store holding the embedded report. The renderer folder is a stand-in:
 * index.html as vite writes it and a stylesheet with the app's font stack and fontsource-style faces.
 */
const fontFiles = join(createRequire(join(projectRoot, 'package.json')).resolve('@fontsource/noto-sans-sc/package.json'), '..', 'files');
const drawer: SlidePreDrawer = {
  preDrawFirstSlide: drawerModule.preDrawFirstSlide,
  glyphSources: drawerModule.glyphSources.map((source) => ({
    ...source,
    url: join(fontFiles, `noto-sans-sc-chinese-simplified-${source.weight}-normal.woff2`),
  })),
};

const template = builtIndexHtml({ script: '/assets/index-abc.js', stylesheet: '/assets/index-def.css' });
// The CJK block and the ASCII range, as two of fontsource's ~100 files would declare them, in both weights.
const appCss = [
  ':root{--font-sans:"Briefing First Paint","Noto Sans SC",system-ui,sans-serif}.stage{width:1920px}',
  ...[400, 700].flatMap((weight) => [
    `@font-face{font-family:Noto Sans SC;font-style:normal;font-weight:${weight};src:url(/assets/cjk.woff2)format("woff2");unicode-range:U+4E00-9FFF,U+2014,U+201C-201D,U+FF08-FF09}`,
    `@font-face{font-family:Noto Sans SC;font-style:normal;font-weight:${weight};src:url(/assets/latin.woff2)format("woff2");unicode-range:U+0000-00FF}`,
  ]),
].join('');

let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let rendererDir: string;

beforeAll(() => {
  dir = tempDir();
  rendererDir = join(dir.path, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), template);
  writeFileSync(join(rendererDir, 'assets', 'index-def.css'), appCss);
  core = startCore(join(dir.path, 'store.db'), dataDir);
});
afterAll(() => {
  core.close();
  dir.cleanup();
});

const firstPaint = (overrides: Partial<Parameters<typeof createFirstPaint>[0]> = {}) =>
  createFirstPaint({ rendererDir, loadPreDrawer: async () => drawer, context: core, ...overrides });

/** The glyph faces of the document's JSON block, by weight. */
function inlineFaces(html: string): Map<number, { font: Buffer; range: string }> {
  const block = /<script type="application\/json" id="pre-drawn-glyphs">(.*?)<\/script>/.exec(html)?.[1] ?? '[]';
  const faces = JSON.parse(block) as InlineGlyphFace[];
  return new Map(faces.map((face) => [face.weight, { font: Buffer.from(face.woff2, 'base64'), range: face.unicodeRange }]));
}

describe('the document that opens on the drawn cover', () => {
  it('draws the cover of the embedded report with its own glyphs, one face per weight', async () => {
    const document = await firstPaint().document();
    if (!document) throw new Error('no document');
    const { html, policy } = document;
    expect(html).toContain('<title>“十四五”成就</title>');
    expect(html).toMatch(/<div id="pre-drawn-slide" class="pre-drawn" aria-hidden="true" data-briefing-id="1" data-slide="0" data-resume-slide="0">/);
    expect(html).toContain('<p class="sv-cover-region">内蒙古</p>');
    expect(html).toContain('<p class="sv-cover-period">“十四五”时期（2021—2025年）</p>');
    expect(html).toMatch(/<div class="deck-slide-number"[^>]*>1 \/ \d+<\/div>/);
    expect(html).toContain('.stage{width:1920px}');
    expect(html).not.toContain('/assets/cjk.woff2'); // the app's own faces stay in its stylesheet

    const faces = inlineFaces(html);
    expect([...faces.keys()]).toEqual([400, 700]);
    for (const { font, range } of faces.values()) {
      expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(font.length).toBeLessThan(12_000); // a handful of glyphs, not the 1.1 MB typeface
      expect(range).toContain('U+8499'); // 蒙
      expect(range).toContain('U+20'); // the space, so no other face is needed for the slide
    }
    expect(policy).toMatch(/style-src 'self' 'sha256-/);
    expect(html).not.toMatch(/@font-face\s*\{/); // no face of its own: the script makes them from the bytes
  });

  it("names in the glyph faces only characters the app's typeface covers", async () => {
    // A stylesheet whose typeface lacks the full-width brackets of the period line, （ and ）.
    const narrower = join(dir.path, 'narrower');
    cpSync(rendererDir, narrower, { recursive: true });
    writeFileSync(join(narrower, 'assets', 'index-def.css'), appCss.replaceAll(',U+FF08-FF09', ''));
    const document = await firstPaint({ rendererDir: narrower }).document();
    const range = inlineFaces(document?.html ?? '').get(400)?.range ?? '';
    expect(range).toContain('U+8499');
    expect(range).not.toMatch(/U\+FF0[89]/);
  });

  it('keeps the cut glyphs on disk: the next start cuts nothing', async () => {
    const cacheDir = join(dir.path, 'glyph-cache');
    const first = await firstPaint({ cacheDir }).document();
    expect(readdirSync(cacheDir)).toHaveLength(1);
    // Same file names (they carry the content hash), but nothing there to read: only the cache can answer.
    const unreadable = { ...drawer, glyphSources: drawer.glyphSources.map((source) => ({ ...source, url: join(dir.path, 'gone', basename(source.url)) })) };
    const second = await firstPaint({ cacheDir, loadPreDrawer: async () => unreadable }).document();
    expect(second?.html).toBe(first?.html);
  });

  it('states where an address without a slide number resumes, for the script to drop the cover then', async () => {
    setPositionHandler({ briefingId: 1, slide: 4 }, core);
    try {
      expect((await firstPaint().document())?.html).toContain('data-slide="0" data-resume-slide="4"');
    } finally {
      setPositionHandler({ briefingId: 1, slide: 0 }, core);
    }
  });

  it('keeps the composed document while nothing it is made of changes, and composes anew when something does', async () => {
    const draw = vi.fn(drawer.preDrawFirstSlide);
    const service = firstPaint({ loadPreDrawer: async () => ({ ...drawer, preDrawFirstSlide: draw }) });
    const first = await service.document();
    expect(await service.document()).toBe(first);
    expect(draw).toHaveBeenCalledTimes(1);
    setPositionHandler({ briefingId: 1, slide: 3 }, core);
    try {
      const moved = await service.document();
      expect(draw).toHaveBeenCalledTimes(2);
      expect(moved?.html).toContain('data-resume-slide="3"');
    } finally {
      setPositionHandler({ briefingId: 1, slide: 0 }, core);
    }
  });

  it('serving the page writes nothing to the store', async () => {
    const changes = () => Number(core.db.prepare('SELECT total_changes()').pluck().get());
    const before = changes();
    await firstPaint().document();
    expect(changes()).toBe(before);
  });

  it('falls back to index.html as built, saying why, when anything is missing', async () => {
    expect(await firstPaint({ loadPreDrawer: async () => null }).document()).toBeNull();
    const onError = vi.fn();
    const empty = join(dir.path, 'empty-renderer');
    mkdirSync(empty);
    expect(await firstPaint({ rendererDir: empty, onError }).document()).toBeNull();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'ENOENT' }));
    const noCss = join(dir.path, 'no-css');
    cpSync(rendererDir, noCss, { recursive: true });
    writeFileSync(join(noCss, 'index.html'), readFileSync(join(rendererDir, 'index.html'), 'utf8').replace(/<link[^>]*>/, ''));
    expect(await firstPaint({ rendererDir: noCss, onError }).document()).toBeNull();
    expect(onError).toHaveBeenLastCalledWith(new Error('index.html links no stylesheet'));
  });
});

describe('reading the drawn slide', () => {
  it('reads the text of static markup as a reader sees it', () => {
    expect(textOf('<p class="a">“十四五”&amp;<b>A&lt;B</b> &#x27;x&#39; &quot;</p>')).toBe(`“十四五”&A<B 'x' "`);
  });

  it('the app puts the first-paint family first in its font stack, right before the typeface its glyphs come from', () => {
    // The two sides of one name: the drawer names the inline faces, the stylesheet must put them first.
    const baseCss = readFileSync(join(projectRoot, 'renderer/src/styles/base.css'), 'utf8');
    const stack = (/--font-sans\s*:\s*([^;}]+)/.exec(baseCss)?.[1] ?? '').split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''));
    expect(stack.slice(0, 2)).toEqual([drawerModule.firstPaintFamily, ...new Set(drawerModule.glyphSources.map((source) => source.family))]);
  });
});
