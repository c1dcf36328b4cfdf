import { describe, expect, it } from 'vitest';
import { firstSentence, keySentences, maxPointChars, shortenSentence } from '../../../../main/core/deck/points';

describe('key sentences', () => {
  it('takes the first sentence of a paragraph', () => {
    expect(firstSentence('集大原高铁开通运行。包银高铁即将开通。')).toBe('集大原高铁开通运行');
    expect(firstSentence('没有句号的一句话')).toBe('没有句号的一句话');
  });

  it('keeps a short sentence whole', () => {
    expect(shortenSentence('集大原高铁开通运行，群众的出行效率大大提高')).toBe('集大原高铁开通运行，群众的出行效率大大提高');
  });

  it('cuts a long sentence at the last clause boundary that fits, preferring ；', () => {
    const sentence =
      '乌兰牧骑将党的声音和关怀送到草原深处；长城、黄河国家文化公园（内蒙古段）、红山遗址群、万里茶道（内蒙古段）让历史文脉在北疆大地焕发新生';
    expect(shortenSentence(sentence)).toBe('乌兰牧骑将党的声音和关怀送到草原深处');
    const commas = '内蒙古坚持“以文化人、以体育人”，公共文化服务体系日益完善，图书馆、文化馆、博物馆、基层综合文化服务中心覆盖城乡，三级公共体育设施全覆盖';
    const cut = shortenSentence(commas);
    expect(cut.length).toBeLessThanOrEqual(maxPointChars);
    expect(commas.startsWith(cut)).toBe(true);
    expect(commas[cut.length]).toBe('，');
  });

  it('never cuts inside a quote', () => {
    const sentence = `这是一个“${'很长的引用、里面还有顿号、'.repeat(5)}”之后还有很多文字，真的很多很多很多很多很多很多很多很多很多很多`;
    const cut = shortenSentence(sentence);
    const open = (cut.match(/“/g) ?? []).length;
    const close = (cut.match(/”/g) ?? []).length;
    expect(open).toBe(close);
  });

  it('never cuts inside a number when it has to cut without a boundary', () => {
    const sentence = `${'甲'.repeat(57)}123456.78亿元之后的文字还很长很长很长`;
    const cut = shortenSentence(sentence);
    expect(cut).toBe('甲'.repeat(57));
  });

  it('gives at most four points, from the report’s own words', () => {
    const paragraphs = ['一。', '二。', '三。', '四。', '五。'];
    expect(keySentences(paragraphs)).toEqual(['一', '二', '三', '四']);
  });
});
