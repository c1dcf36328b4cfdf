/** Small Chinese numerals (1–99), as used in plan names (十四五) and counts (三大领域). */

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 十四 → 14, 二十 → 20, 九 → 9; null for anything that is not a numeral below 100. */
export function parseChineseNumeral(text: string): number | null {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const [, first, ten, last] = match;
  const digit = (ch: string | undefined): number => (ch === undefined ? 0 : digits.indexOf(ch as (typeof digits)[number]));
  if (!ten) return first && !last ? digit(first) : null; // a lone digit; 一二 is not a numeral
  return (first ? digit(first) : 1) * 10 + digit(last);
}

/** 3 → 三, 14 → 十四, 20 → 二十; null outside 1–99. */
export function formatChineseNumeral(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return digits[ones] ?? null;
  return `${tens === 1 ? '' : (digits[tens] ?? '')}十${digits[ones] ?? ''}`;
}
