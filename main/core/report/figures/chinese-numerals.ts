/**
 * Chinese numerals as they appear in press releases: ordinals (第一, 第十四), bands (前十), tenths (九成).
 * Only small integers are needed; amounts are written with Arabic digits in this register.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/** 十四 → 14, 二十 → 20, 一百零五 → 105, 三 → 3; null when the text is not a Chinese numeral. */
export function parseChineseInteger(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let pending: number | null = null;
  for (const char of text) {
    const digit = DIGITS[char];
    const multiplier = MULTIPLIERS[char];
    if (digit !== undefined) pending = digit;
    else if (multiplier !== undefined) {
      total += (pending ?? 1) * multiplier; // 十四: an implicit 一 before 十
      pending = null;
    } else return null;
  }
  return total + (pending ?? 0);
}

/** An integer written either way: "2" or "二" / "十". */
export function parseIntegerWord(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return parseChineseInteger(text);
}
