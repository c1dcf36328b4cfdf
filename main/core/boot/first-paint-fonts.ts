import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import { formatUnicodeRange } from './font-faces';
import type { GlyphSource } from './types';

/**
 * The glyphs inlined into the first-paint document, as `family` (the drawer's firstPaintFamily). The app's
 * font stack names that family before its typeface (styles/base.css): where it is defined, the characters it
 * holds come from it, cut from the very same outlines, so the pre-drawn slide's first frame is already in the
 * app's own typeface.
 *
 * One @font-face per weight holding just the characters of `text` that the app's typeface covers (`covers`:
 * what its stylesheet's unicode-ranges say), cut from the whole-typeface file of that weight and inlined as a
 * woff2 data: URL of a few KB. One face per weight rather than one per fontsource file: every face costs the
 * page a font decode before its first layout. Every weight gets the whole text, so bold text never falls on a
 * regular face and gets synthesised. Characters not covered are left to the normal stack.
 */
export async function firstPaintFontFaces(family: string, sources: readonly GlyphSource[], covers: (codePoint: number) => boolean, text: string): Promise<string> {
  const held = [...new Set([...text].map((char) => char.codePointAt(0) ?? 0))].filter((cp) => cp >= 0x20 && covers(cp)).sort((a, b) => a - b);
  if (held.length === 0) return '';
  const rules: string[] = [];
  for (const source of sources) {
    const subset = await subsetFont(await readFile(source.url), String.fromCodePoint(...held), { targetFormat: 'woff2' });
    rules.push(
      `@font-face{font-family:'${family}';font-style:normal;font-weight:${source.weight};font-display:block;` +
        `src:url(data:font/woff2;base64,${Buffer.from(subset).toString('base64')}) format('woff2');unicode-range:${formatUnicodeRange(held)}}`,
    );
  }
  return rules.join('\n');
}
