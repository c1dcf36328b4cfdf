/**
 * Chinese numerals as reports and slides use them: counts and ordinals (十四五, 第二, 前十, 九成, 一百零五)
 * read, and part numbers written (第三部分, 十一、). One implementation for the report analysis, the deck
 * builder and the slides.
 */

const digits: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const multipliers: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const written = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Every character a Chinese integer below 10 000 is written with (for patterns that find one in text). */
export const chineseNumeralChars = '零〇一二两三四五六七八九十百千';

/**
 * 十四 → 14, 二十 → 20, 一百零五 → 105, 两 → 2; null when the text is not one Chinese integer below 10 000.
 * Strict, so that a run of numeral characters that is not a number (一二, 十十, 十四五) is not read as one.
 */
export function parseChineseInteger(text: string): number | null {
  if (text === '零' || text === '〇') return 0;
  let total = 0;
  let pending: number | null = null;
  let lastMultiplier = Infinity;
  let afterZero = false;
  for (const char of text) {
    const digit = digits[char];
    const multiplier = multipliers[char];
    if (digit === 0) {
      // 零 only stands between a multiplier and a later digit: 一百零五.
      if (pending !== null || lastMultiplier === Infinity || afterZero) return null;
      afterZero = true;
    } else if (digit !== undefined) {
      if (pending !== null) return null; // 一二: two digits in a row are no number
      pending = digit;
      afterZero = false;
    } else if (multiplier !== undefined) {
      if (multiplier >= lastMultiplier || afterZero) return null; // 十十, 十百, 百零十
      // 十四: an implicit 一 before a leading 十.
      if (pending === null && total > 0) return null;
      total += (pending ?? 1) * multiplier;
      pending = null;
      lastMultiplier = multiplier;
    } else return null;
  }
  if (pending === null && (total === 0 || afterZero)) return null;
  return total + (pending ?? 0);
}

/** An integer written either way: "2" or "二" / "十". */
export function parseIntegerWord(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return parseChineseInteger(text);
}

/** 3 → 三, 14 → 十四, 20 → 二十; null outside 1–99 (the part numbers and counts slides write). */
export function formatChineseNumeral(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return written[ones] ?? null;
  return `${tens === 1 ? '' : (written[tens] ?? '')}十${written[ones] ?? ''}`;
}

/** 0-based part index → 一, 二 … 十, 十一 … 九十九, the part numbers of a Chinese report (digits beyond). */
export function partNumeral(partIndex: number): string {
  return formatChineseNumeral(partIndex + 1) ?? String(partIndex + 1);
}
