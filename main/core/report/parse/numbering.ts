/**
 * The numbering Chinese official documents put before their headings (GB/T 9704: 一、 then （一） then 1.
 * then （1）), and 第一部分 / 第一章 above them. A reader uses it to find headings in plain text; the parser
 * strips it from every heading, since the deck numbers parts and sections itself.
 */

export type NumberingKind = 'chapter' | 'han' | 'paren-han' | 'arabic' | 'paren-arabic';

const HAN_NUMBER = '[一二三四五六七八九十百零〇两]+';

/** In the order of their rank: a kind listed earlier numbers larger divisions. */
const MARKERS: readonly [NumberingKind, RegExp][] = [
  ['chapter', new RegExp(`^第(?:${HAN_NUMBER}|\\d{1,3})(?:部分|章|篇|编)[\\s\\u3000:：、.．]*`, 'u')],
  ['han', new RegExp(`^${HAN_NUMBER}[、.．][\\s\\u3000]*`, 'u')],
  ['paren-han', new RegExp(`^[（(]${HAN_NUMBER}[）)][\\s\\u3000、]*`, 'u')],
  // 1. 1． 1、 but not a decimal (1.5万人) and not a year or a long number (2024.)
  ['arabic', /^\d{1,2}[.．、](?!\d)[\s\u3000]*/u],
  ['paren-arabic', /^[（(]\d{1,2}[）)][\s\u3000、]*/u],
];

export const numberingRank: readonly NumberingKind[] = MARKERS.map(([kind]) => kind);

export interface Numbering {
  readonly kind: NumberingKind;
  /** Length of the marker, the white space after it included. */
  readonly length: number;
}

/** The numbering a line starts with, when what follows it is more than the number itself. */
export function numberingOf(text: string): Numbering | null {
  for (const [kind, pattern] of MARKERS) {
    const match = pattern.exec(text);
    if (match && text.length - match[0].length >= 2) return { kind, length: match[0].length };
  }
  return null;
}
