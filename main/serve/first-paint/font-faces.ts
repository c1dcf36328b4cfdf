/**
 * The web-font faces of the renderer's stylesheet, read back from the built CSS: which characters each
 * family and weight covers (fontsource splits Noto Sans SC into ~100 files by unicode-range).
 */
export interface StylesheetFontFace {
  readonly family: string;
  readonly weight: number;
  readonly style: string;
  /** Inclusive code point ranges; empty means every character. */
  readonly ranges: readonly (readonly [number, number])[];
}

const fontFaceRule = /@font-face\s*\{([^}]*)\}/g;

/** The stylesheet without its @font-face rules (what is left styles the page). */
export function withoutFontFaces(css: string): string {
  return css.replace(fontFaceRule, '');
}

export function readFontFaces(css: string): StylesheetFontFace[] {
  const faces: StylesheetFontFace[] = [];
  for (const match of css.matchAll(fontFaceRule)) {
    const body = match[1] ?? '';
    const family = descriptor(body, 'font-family')?.replace(/^["']|["']$/g, '');
    if (!family) continue;
    faces.push({
      family,
      weight: Number(descriptor(body, 'font-weight') ?? 400),
      style: descriptor(body, 'font-style') ?? 'normal',
      ranges: parseUnicodeRange(descriptor(body, 'unicode-range') ?? ''),
    });
  }
  return faces;
}

function descriptor(body: string, name: string): string | undefined {
  // Descriptors are `name:value` separated by `;`, minified or not.
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body);
  return match?.[1]?.trim();
}

/** `U+4E00-4E0F,U+3000,U+30??` → ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const part of value.split(',')) {
    const token = part.trim().toUpperCase().replace(/^U\+/, '');
    if (token === '') continue;
    const [from, to] = token.includes('?')
      ? [token.replaceAll('?', '0'), token.replaceAll('?', 'F')]
      : (token.split('-') as [string, string?]);
    const start = parseInt(from, 16);
    const end = parseInt(to ?? from, 16);
    if (Number.isFinite(start) && Number.isFinite(end)) ranges.push([start, end]);
  }
  return ranges;
}

export function faceCovers(face: StylesheetFontFace, codePoint: number): boolean {
  return face.ranges.length === 0 || face.ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/** `[0x5185, 0x8499]` → `U+5185,U+8499` (ranges joined where the code points run on). */
export function formatUnicodeRange(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const hex = (n: number | undefined): string => (n ?? 0).toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(sorted[i])}` : `U+${hex(sorted[i])}-${hex(sorted[j])}`);
    i = j + 1;
  }
  return parts.join(',');
}
