import { describe, expect, it } from 'vitest';
import { addDecimalTexts, shiftDecimalText } from '../../../../../main/core/report/figures/decimal';
import { normalise, readUnit, withSizeClass } from '../../../../../main/core/report/figures/units';

const unitAfter = (text: string) => {
  const at = text.search(/[^\d.]/);
  return readUnit(text, at);
};
const normalised = (text: string) => {
  const valueText = /^[\d.]+/.exec(text)?.[0] ?? '';
  return normalise(valueText, Number(valueText), unitAfter(text));
};

describe('readUnit', () => {
  it('reads a magnitude and a base unit', () => {
    const cases: [string, string, string | null, number][] = [
      ['103.8万人', '万人', '人', 4], ['5615.3亿元', '亿元', '元', 8], ['2202万亩', '万亩', '亩', 4], ['7500万千瓦', '万千瓦', '千瓦', 4],
      ['1.35亿千瓦', '亿千瓦', '千瓦', 8], ['23.8万公里', '万公里', '公里', 4], ['820亿斤', '亿斤', '斤', 8], ['10亿吨', '亿吨', '吨', 8],
      ['20万吨', '万吨', '吨', 4], ['2.6万亿元', '万亿元', '元', 12], ['3000万人次', '万人次', '人次', 4], ['5千瓦', '千瓦', '千瓦', 0],
      ['8千米', '千米', '千米', 0], ['46个', '个', '个', 0], ['17条', '条', '条', 0], ['42处', '处', '处', 0], ['9种', '种', '种', 0],
      ['12家', '家', '家', 0], ['0.6个百分点', '个百分点', '个百分点', 0], ['90.6%', '%', '%', 0], ['90.6％', '％', '%', 0],
      ['1.15倍', '倍', '倍', 0], ['100MW', 'MW', '千瓦', 3], ['2400万', '万', '', 4], ['28微克/立方米', '微克/立方米', '微克/立方米', 0],
    ];
    for (const [text, unit, base, power] of cases) {
      expect(unitAfter(text), text).toMatchObject({ unit, base, power });
    }
  });

  it('reads 多/余 (more than) between a value and its unit', () => {
    expect(unitAfter('3000多家')).toMatchObject({ unit: '家', approximate: true });
    expect(unitAfter('5万余人')).toMatchObject({ unit: '万人', approximate: true, power: 4 });
  });

  it('reads no unit where there is none', () => {
    expect(unitAfter('2.26，优于')).toMatchObject({ unit: '', category: 'none', base: null });
  });

  it('reads no unit in 10大 (ten major …): 大 is no measure word, the value counts the noun after it', () => {
    expect(unitAfter('10大产业集群')).toMatchObject({ unit: '', category: 'count', base: null, end: 3 });
    expect(unitAfter('10大关')).toMatchObject({ unit: '', category: 'none', end: 2 });
  });

  it('reads a measure word right after the value as its unit (7500车, 353家, 1200列, 86架次)', () => {
    expect(unitAfter('7500车，')).toMatchObject({ unit: '车', category: 'count' });
    expect(unitAfter('353家。')).toMatchObject({ unit: '家', category: 'count' });
    expect(unitAfter('1200列中欧班列')).toMatchObject({ unit: '列', category: 'count' });
    expect(unitAfter('86架次')).toMatchObject({ unit: '架次', category: 'count' });
    expect(unitAfter('35宗，')).toMatchObject({ unit: '宗', category: 'count' });
    // One character the lists do not know, ending the phrase, is a measure word too; a bound or a time is not.
    expect(unitAfter('4200箱。')).toMatchObject({ unit: '箱', category: 'count' });
    expect(unitAfter('30余，')).toMatchObject({ unit: '', approximate: true });
    expect(unitAfter('3前，')).toMatchObject({ unit: '', category: 'none' });
  });

  it('reads a size class after a unit (10万吨级码头) as part of the written unit', () => {
    const classed = withSizeClass(unitAfter('10万吨级码头'), '10万吨级码头');
    expect(classed).toMatchObject({ sizeClass: true, unit: { unit: '万吨级', base: '吨', power: 4, end: 5 } });
    expect(withSizeClass(unitAfter('95%级'), '95%级').sizeClass).toBe(false);
  });
});

describe('normalise', () => {
  it('normalises exactly on the digits, never with float artefacts', () => {
    expect(normalised('5615.3亿元')).toEqual({ value: 561530000000, unit: '元' });
    expect(normalised('103.8万人')).toEqual({ value: 1038000, unit: '人' });
    expect(normalised('1.35亿千瓦')).toEqual({ value: 135000000, unit: '千瓦' });
    expect(normalised('0.07万亩')).toEqual({ value: 700, unit: '亩' });
    expect(normalised('2.6万亿元')).toEqual({ value: 2600000000000, unit: '元' });
    expect(normalised('1.1万元')).toEqual({ value: 11000, unit: '元' }); // 1.1 * 1e4 is 11000.000000000002 in floats
    expect(normalised('46个')).toEqual({ value: 46, unit: '个' });
    expect(normalised('90.6%')).toEqual({ value: 90.6, unit: '%' });
    expect(normalised('2.26')).toBeNull();
  });
});

describe('decimal arithmetic', () => {
  it('adds and subtracts the written digits exactly', () => {
    expect(addDecimalTexts('5615.3', '854.8', -1)).toBe('4760.5');
    expect(addDecimalTexts('0.3', '0.1', -1)).toBe('0.2');
    expect(addDecimalTexts('6.1', '0.6', -1)).toBe('5.5');
    expect(addDecimalTexts('4.5', '0.8', 1)).toBe('5.3');
    expect(addDecimalTexts('2345.67', '345.8', -1)).toBe('1999.87');
    expect(addDecimalTexts('1', '2.5', -1)).toBe('-1.5');
    expect(addDecimalTexts('1,234.5', '0.5', 1)).toBe('1235.0');
  });

  it('shifts the decimal point exactly', () => {
    expect(shiftDecimalText('5615.3', 8)).toBe('561530000000');
    expect(shiftDecimalText('0.0005', 2)).toBe('0.05');
    expect(shiftDecimalText('12', 0)).toBe('12');
  });
});
