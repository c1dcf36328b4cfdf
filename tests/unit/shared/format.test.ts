import { describe, expect, it } from 'vitest';
import { figurePhrase, figureStatement, meaningStatement, qualifierPlacement, slideMeaning, valueWithUnit } from '../../../main/shared/format';

const figure = (valueText: string, unit: string, qualifier: string | null) => ({ valueText, unit, qualifier });

describe('figure format', () => {
  it('prints the value and unit exactly as stored', () => {
    expect(valueWithUnit(figure('5615.3', '亿元', null))).toBe('5615.3亿元');
    expect(valueWithUnit(figure('九成', '', null))).toBe('九成');
    expect(valueWithUnit(figure('2/3', '', null))).toBe('2/3');
  });

  it('places qualifiers as Chinese reads them', () => {
    expect(qualifierPlacement(figure('4760.5', '亿元', '约'))).toEqual({ inline: '约', lead: '', after: '' });
    expect(qualifierPlacement(figure('4.5', '个', '以上'))).toEqual({ inline: '', lead: '', after: '以上' });
    for (const q of ['突破', '超过', '达到', '累计', '至少']) {
      expect(qualifierPlacement(figure('2.6', '万亿元', q))).toEqual({ inline: '', lead: q, after: '' });
    }
    expect(qualifierPlacement(figure('1', '', null))).toEqual({ inline: '', lead: '', after: '' });
  });

  it('reads the whole phrase, leading verb included', () => {
    expect(figurePhrase(figure('2.6', '万亿元', '突破'))).toBe('突破2.6万亿元');
    expect(figurePhrase(figure('4760.5', '亿元', '约'))).toBe('约4760.5亿元');
    expect(figurePhrase(figure('95', '%', '以上'))).toBe('95%以上');
    expect(figureStatement(figure('95', '%', '以上'))).toBe('95%以上');
  });

  it('states a value with the words that bound it, not with those that only say how it was reached', () => {
    expect(figureStatement(figure('2', '万亿元', '突破'))).toBe('突破2万亿元');
    expect(figureStatement(figure('8000', '万亩', '超过'))).toBe('超过8000万亩');
    expect(figureStatement(figure('3', '个', '至少'))).toBe('至少3个');
    expect(figureStatement(figure('60', '%', '以上'))).toBe('60%以上');
    expect(figureStatement(figure('40', '%', '以下'))).toBe('40%以下');
    expect(figureStatement(figure('84.3', '%', '达到'))).toBe('84.3%');
    expect(figureStatement(figure('103.8', '万人', '累计'))).toBe('103.8万人');
  });
});

describe('word numbers', () => {
  it('print without the unit they imply (九成, 两位数), digits keep theirs', () => {
    expect(valueWithUnit({ valueText: '九成', unit: '%' })).toBe('九成');
    expect(valueWithUnit({ valueText: '两位数', unit: '%' })).toBe('两位数');
    expect(valueWithUnit({ valueText: '90.6', unit: '%' })).toBe('90.6%');
    expect(figureStatement({ valueText: '两位数', unit: '%', qualifier: '以上' })).toBe('两位数以上');
  });
});

describe('meanings', () => {
  const ratio = { valueText: '2.31', meaning: { type: 'ratio', terms: ['城镇', '农村'] } as const };
  const band = { valueText: '两位数', meaning: { type: 'at-least', value: 10, unit: '%' } as const };

  it('state a ratio with its terms, the value as written', () => {
    expect(meaningStatement(ratio)).toBe('城镇:农村 = 2.31:1');
    expect(slideMeaning(ratio)).toBe('城镇:农村 = 2.31:1');
  });

  it('state a band’s bound in the details, never on a slide (the report does not print it)', () => {
    expect(meaningStatement(band)).toBe('不低于10%');
    expect(slideMeaning(band)).toBeNull();
    expect(figureStatement({ valueText: '两位数', unit: '%', qualifier: null })).toBe('两位数');
  });

  it('are absent on figures stored without one', () => {
    expect(meaningStatement({ valueText: '46' })).toBeNull();
    expect(slideMeaning({ valueText: '46', meaning: null })).toBeNull();
  });
});
