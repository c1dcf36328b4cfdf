import type { TextRange } from '../../shared/figure';
/**
 * Maps offsets in a paragraph's source span onto offsets in its plain text.
 *
 * The plain text is the source with inline markup removed and layout breaks joined, so it is a subsequence
 * of the source span: walking both strings together and skipping source characters that do not match
 * recovers, for every source offset, the plain-text offset it ends up at.
 */
export function sourceToTextOffsets(sourceSpan: string, text: string): Int32Array {
  const map = new Int32Array(sourceSpan.length + 1);
  let t = 0;
  for (let s = 0; s < sourceSpan.length; s++) {
    map[s] = t;
    if (t < text.length && sourceSpan[s] === text[t] && !startsMarkup(sourceSpan, s, text[t])) t++;
  }
  map[sourceSpan.length] = t;
  return map;
}

/** A `<` that opens a tag in the source never stands for a character of the plain text. */
function startsMarkup(sourceSpan: string, at: number, textChar: string | undefined): boolean {
  return sourceSpan[at] === '<' && textChar === '<' && /^<\/?[a-z]+>/i.test(sourceSpan.slice(at, at + 8));
}

/** Plain-text range of a source range that lies inside a paragraph starting at `paragraphSourceStart`. */
export function toTextRange(map: Int32Array, paragraphSourceStart: number, start: number, end: number): TextRange {
  const clamp = (offset: number): number => Math.min(Math.max(offset - paragraphSourceStart, 0), map.length - 1);
  return { start: map[clamp(start)] ?? 0, end: map[clamp(end)] ?? 0 };
}
