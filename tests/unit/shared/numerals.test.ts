import { describe, expect, it } from 'vitest';
import { formatChineseNumeral, parseChineseInteger, parseIntegerWord, partNumeral } from '../../../main/shared/numerals';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['二十三', 23],
  ])('%s ⇄ %i', (text, n) => {
    expect(parseChineseInteger(text)).toBe(n);
    expect(formatChineseNumeral(n)).toBe(text);
  });

  it('reads the larger forms reports use', () => {
    expect([parseChineseInteger('一百零五'), parseChineseInteger('两'), parseChineseInteger('两百'), parseChineseInteger('三千零二十')]).toEqual([105, 2, 200, 3020]);
    expect(parseChineseInteger('零')).toBe(0);
    expect(parseIntegerWord('12')).toBe(12);
    expect(parseIntegerWord('十二')).toBe(12);
  });

  it('rejects what is not one numeral', () => {
    for (const text of ['', '一二', '十十', '十四五', '十四五x', '十百', '零五', '一百零', '百零十']) expect(parseChineseInteger(text), text).toBeNull();
    expect(formatChineseNumeral(0)).toBeNull();
    expect(formatChineseNumeral(100)).toBeNull();
  });

  it('numbers parts as a Chinese report does, in digits beyond 99', () => {
    expect([partNumeral(0), partNumeral(9), partNumeral(10), partNumeral(98), partNumeral(99)]).toEqual(['一', '十', '十一', '九十九', '100']);
  });
});
