import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import { formatUnicodeRange } from './font-faces';
import type { GlyphSource, InlineGlyphFace } from '../../shared/first-paint';

/**
 * The glyphs of the pre-drawn slide, one face per weight: just the characters of `text` that the app's
 * typeface covers (`covers`: what its stylesheet's unicode-ranges say), cut from the whole-typeface file of
 * that weight, a few KB of woff2 each. The first-paint script makes them font faces of the drawer's
 * firstPaintFamily, which the app's font stack names before its typeface (styles/base.css): the characters
 * they hold come from them, the very same outlines, so the slide's first frame is already in the app's own
 * typeface. One face per weight rather than one per fontsource file: fewer fonts to decode. Every weight gets
 * the whole text, so bold text never falls on a regular face and gets synthesised.
 */
export async function cutFirstPaintGlyphs(sources: readonly GlyphSource[], covers: (codePoint: number) => boolean, text: string): Promise<InlineGlyphFace[]> {
  const held = [...new Set([...text].map((char) => char.codePointAt(0) ?? 0))].filter((cp) => cp >= 0x20 && covers(cp)).sort((a, b) => a - b);
  if (held.length === 0) return [];
  const faces: InlineGlyphFace[] = [];
  for (const source of sources) {
    const subset = await subsetFont(await readFile(source.url), String.fromCodePoint(...held), { targetFormat: 'woff2' });
    faces.push({ weight: source.weight, unicodeRange: formatUnicodeRange(held), woff2: Buffer.from(subset).toString('base64') });
  }
  return faces;
}
