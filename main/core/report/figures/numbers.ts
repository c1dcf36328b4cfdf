/**
 * Numerals in a sentence: Arabic decimals (5615.3, 1,234), fractions (2/3, 三分之二), and the word
 * numbers of this register (九成 = 90 %, 两位数 = at least 10 %, 百分之九十).
 *
 * Which of them are figures (and not years, names or ordinals) is decided elsewhere (exclusions.ts).
 */
import { chineseNumeralChars, parseChineseInteger, parseIntegerWord } from '../../../shared/numerals';

export type NumberForm =
  | 'decimal' // 5615.3
  | 'fraction' // 2/3, 三分之二
  | 'tenths' // 九成 → 90 %
  | 'digit-band' // 两位数 → ≥ 10 %
  | 'percent-words'; // 百分之九十 → 90 %

export interface NumberToken {
  readonly start: number;
  readonly end: number;
  /** Exactly as written: "5615.3", "2/3", "九成", "两位数". */
  readonly valueText: string;
  readonly value: number;
  readonly form: NumberForm;
}

const CN = `[${chineseNumeralChars}]`;

/**
 * One alternative per form, each its own numbered group (named groups would give every match an object of
 * seven more properties: this runs for every number of a report, and a 5 MB one has hundreds of thousands).
 */
const NUMBER_PATTERN = new RegExp(
  [
    `(百分之(?:\\d+(?:\\.\\d+)?|${CN}+))`, // 1: percent words
    `(${CN}+分之${CN}+)`, // 2: Chinese fraction
    `(\\d+\\/\\d+)`, // 3: fraction
    `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d))`, // 4: grouped digits
    `(\\d+(?:\\.\\d+)?)`, // 5: decimal
    `([一二两三四五六七八九])成`, // 6: tenths
    `([两三四五六七八九])位数`, // 7: digit band
  ].join('|'),
  'gu',
);
/** The alternatives, by their group's number. */
const Alternative = { PercentWords: 1, CnFraction: 2, Fraction: 3, Grouped: 4, Decimal: 5, Tenths: 6, Band: 7 } as const;
type Alternative = (typeof Alternative)[keyof typeof Alternative];

/** Words in which 一成/三成… is not a share: 一成不变, 三成员, 一成本 (九成新 still is one). */
const NOT_TENTHS_AFTER = new Set([...'员本果绩功立熟型为长就品交效年都不']);

export function scanNumbers(sentence: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  NUMBER_PATTERN.lastIndex = 0; // the scan runs to the end of the sentence, which leaves it at 0 again
  for (let match = NUMBER_PATTERN.exec(sentence); match !== null; match = NUMBER_PATTERN.exec(sentence)) {
    const start = match.index;
    const text = match[0];
    const alternative = alternativeOf(match);
    const token = tokenFor(alternative, text, start, start + text.length, sentence);
    if (token) tokens.push(token);
  }
  return tokens;
}

/** The alternative that matched: the one whose group took part (each group takes at least one character). */
function alternativeOf(match: RegExpExecArray): Alternative {
  for (let group = Alternative.PercentWords; group < Alternative.Band; group++) {
    if (match[group] !== undefined) return group as Alternative;
  }
  return Alternative.Band;
}

const PER_POPULATION = /[万千]/u;

function tokenFor(alternative: Alternative, text: string, start: number, end: number, sentence: string): NumberToken | null {
  if (alternative === Alternative.PercentWords) {
    const amount = text.slice(3);
    const value = /^\d/.test(amount) ? Number(amount) : parseChineseInteger(amount);
    return value === null ? null : { start, end, valueText: text, value, form: 'percent-words' };
  }
  if (alternative === Alternative.CnFraction) {
    const [denominator, numerator] = text.split('分之');
    const over = parseChineseInteger(denominator ?? '');
    const part = parseChineseInteger(numerator ?? '');
    if (over === null || part === null || over === 0) return null;
    return { start, end, valueText: text, value: part / over, form: 'fraction' };
  }
  if (alternative === Alternative.Fraction) {
    if (/[\d/]/.test(sentence.charAt(end)) || sentence.charAt(start - 1) === '/') return null; // a date 2024/5/1
    // 9/10万: a rate per hundred thousand, not nine tenths; its unit (/10万) follows the numerator.
    if (PER_POPULATION.test(sentence.charAt(end))) {
      const numerator = text.slice(0, text.indexOf('/'));
      return { start, end: start + numerator.length, valueText: numerator, value: Number(numerator), form: 'decimal' };
    }
    const [numerator, denominator] = text.split('/').map(Number);
    if (numerator === undefined || !denominator) return null;
    return { start, end, valueText: text, value: numerator / denominator, form: 'fraction' };
  }
  if (alternative === Alternative.Grouped || alternative === Alternative.Decimal) {
    const value = Number(text.replaceAll(',', ''));
    // 人口自然增长率为-2.6‰: a minus sign is part of the number (a dash between digits is a range: 1-10月). Its
    // text has the ASCII sign whichever was written (－, −), so that the exact arithmetic (decimal.ts) reads it.
    if (isMinusSign(sentence, start - 1)) return { start: start - 1, end, valueText: `-${text}`, value: -value, form: 'decimal' };
    return { start, end, valueText: text, value, form: 'decimal' };
  }
  if (alternative === Alternative.Tenths) {
    const before = sentence.charAt(start - 1);
    if (chineseNumeralChars.includes(before) || NOT_TENTHS_AFTER.has(sentence.charAt(end))) return null;
    const tenths = parseIntegerWord(text.charAt(0));
    return tenths === null ? null : { start, end, valueText: text, value: tenths * 10, form: 'tenths' };
  }
  if (alternative === Alternative.Band) {
    const digits = parseIntegerWord(text.charAt(0));
    if (digits === null || !/增长|增速|增幅/.test(sentence.slice(Math.max(0, start - 6), end + 6))) return null;
    return { start, end, valueText: text, value: 10 ** (digits - 1), form: 'digit-band' };
  }
  return null;
}

/** Hyphen-minus, full-width hyphen-minus and the minus sign; not the dashes of a range (— –). */
const MINUS_SIGNS = new Set(['-', '－', '−']);

/**
 * Whether the character at `at` is a minus sign: after a Chinese character, a bracket, a colon or nothing it
 * is one; after a digit or a Latin letter it joins a range (1-10月) or a code (GB-2).
 */
function isMinusSign(sentence: string, at: number): boolean {
  return at >= 0 && MINUS_SIGNS.has(sentence.charAt(at)) && !/[A-Za-z0-9０-９.%\-－−]/u.test(sentence.charAt(at - 1));
}
