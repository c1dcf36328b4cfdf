/** The done-criteria of figure extraction, checked on the seed report. */
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import type { Figure } from '../../../../../main/shared/figure';
import { readSeed } from './helpers';

const source = readSeed();
const { report, figures } = analyseReport(source);
const printed = figures.filter((found) => !found.derived);
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('figures of the seed', () => {
  it('finds at least 40 figures', () => {
    expect(figures.length).toBeGreaterThanOrEqual(40);
  });

  it('quotes each figure verbatim: one sentence, exactly source.slice(quoteStart, quoteEnd)', () => {
    for (const found of figures) {
      const { quote, quoteStart, quoteEnd, quoteText } = found.source;
      expect(source.slice(quoteStart, quoteEnd)).toBe(quote);
      expect(squeeze(source)).toContain(squeeze(quote));
      expect(squeeze(quote.replace(/<\/?sub>/g, ''))).toBe(squeeze(quoteText));
      expect(quoteText.slice(0, -1)).not.toMatch(/[。！？；]/); // one sentence, not a paragraph
    }
  });

  it('spans each printed value exactly and finds it in its quote', () => {
    for (const found of printed) {
      expect(source.slice(found.source.valueStart, found.source.valueEnd)).toBe(found.valueText);
      expect(found.source.quote).toContain(found.valueText);
      expect(found.source.valueStart).toBeGreaterThanOrEqual(found.source.quoteStart);
      expect(found.source.valueEnd).toBeLessThanOrEqual(found.source.quoteEnd);
    }
  });

  it('spans a derived value by the phrase that implies it, inside its quote, and never prints it', () => {
    const derived = figures.filter((found) => found.derived);
    expect(derived.map((found) => found.valueText)).toEqual(['4760.5', '5.5']);
    for (const found of derived) {
      expect(found.source.valueStart).toBeGreaterThanOrEqual(found.source.quoteStart);
      expect(found.source.valueEnd).toBeLessThanOrEqual(found.source.quoteEnd);
      expect(source.slice(found.source.valueStart, found.source.valueEnd)).not.toContain(found.valueText);
      expect(found.relations.some((relation) => relation.type === 'derived-from')).toBe(true);
    }
  });

  it('makes no figure of a year, PM2.5, 5G, “十四五”/“十三五” or other names and durations', () => {
    for (const found of printed) {
      const before = source.slice(Math.max(0, found.source.valueStart - 3), found.source.valueStart);
      const after = source.slice(found.source.valueEnd, found.source.valueEnd + 2);
      expect(found.valueText, `${before}[${found.valueText}]${after}`).not.toMatch(/^(?:19|20)\d{2}$/);
      expect(after, found.valueText).not.toMatch(/^(?:年|G|<\/sub>)/);
      expect(before).not.toMatch(/(?:PM|<sub>|第)$/);
      expect(found.valueText).not.toMatch(/十[三四]五/);
    }
    expect(figures.some((found) => found.label.includes('十四届'))).toBe(false);
  });

  it('lists figures in document order, a derived value right after what it comes from', () => {
    expect(figures.map((found) => found.index)).toEqual(figures.map((_, i) => i));
    const starts = printed.map((found) => found.source.valueStart);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const found of figures.filter((candidate) => candidate.derived)) {
      const previous = figures[found.index - 1];
      const from = found.relations.find((relation) => relation.type === 'derived-from');
      expect(from?.type === 'derived-from' && previous && from.fromKeys.includes(previous.key)).toBe(true);
    }
  });

  it('gives unique keys that survive an unrelated paragraph inserted anywhere', () => {
    const keys = figures.map((found) => found.key);
    expect(new Set(keys).size).toBe(keys.length);
    const inserts = [
      ['## 基础设施通达程度显著提升\n\n', '全区各地积极推进文化惠民工程，新建图书馆分馆12个，群众获得感不断增强。\n\n'],
      ['## 综合经济实力实现新跃升\n\n', '全区营商环境持续优化，市场主体活力不断迸发。\n\n'],
    ] as const;
    for (const [anchor, paragraph] of inserts) {
      const at = source.indexOf(anchor) + anchor.length;
      const edited = analyseReport(source.slice(0, at) + paragraph + source.slice(at)).figures;
      const byKey = new Map(edited.map((found) => [found.key, found]));
      for (const found of figures) {
        expect(byKey.get(found.key)?.valueText, found.key).toBe(found.valueText);
        expect(byKey.get(found.key)?.label).toBe(found.label);
      }
    }
  });

  it('keeps every key when the report is analysed again', () => {
    expect(analyseReport(source).figures).toEqual(figures);
  });

  it('places figures in parts and sections', () => {
    for (const found of figures) {
      const part = report.parts[found.source.partIndex];
      expect(part).toBeDefined();
      if (found.source.sectionIndex !== null) {
        const section = part?.sections.find((candidate) => candidate.index === found.source.sectionIndex);
        expect(section?.paragraphs.some((paragraph) => paragraph.index === found.source.paragraphIndex)).toBe(true);
      }
    }
  });
});

describe('figures named by the issue', () => {
  const byText = (valueText: string): Figure[] => figures.filter((found) => found.valueText === valueText && !found.derived);
  const one = (valueText: string, label?: string): Figure => {
    const found = byText(valueText).filter((candidate) => label === undefined || candidate.label === label);
    expect(found, valueText).toHaveLength(1);
    return found[0] as Figure;
  };

  it('reads the counts the layout break splits and the value after the second break', () => {
    expect(one('8')).toMatchObject({ unit: '个', label: '投用国家级临床重点专科' });
    expect(one('8').source.quote).toContain('投用8\n\n个国家级');
    expect(one('100')).toMatchObject({ unit: '%', label: '绿电制氢比例' });
    expect(one('100').source.quote).toContain('在赤峰实现\n\n100%绿电制氢');
  });

  it('reads 9种大中型矿产地42处 as two figures', () => {
    expect([one('9').unit, one('42').unit]).toEqual(['种', '处']);
  });

  it('reads the before/after pairs', () => {
    const before = one('0.8');
    const after = one('4.5');
    expect([before.period, after.period, after.qualifier]).toEqual(['“十三五”末', '现在', '以上']);
    expect(before.relations).toContainEqual({ type: 'before-after', role: 'before', otherKey: after.key });
    const total2021 = one('2');
    const total2024 = one('2.6');
    expect([total2021.label, total2021.period, total2024.period]).toEqual(['经济总量', '2021年', '2024年']);
    expect(total2024.relations).toContainEqual({ type: 'before-after', role: 'after', otherKey: total2021.key });
  });

  it('derives 2020年 社会消费品零售总额 4760.5亿元 and the national GDP growth 5.5%', () => {
    const [retail, national] = figures.filter((found) => found.derived);
    expect(retail).toMatchObject({ label: '社会消费品零售总额', period: '2020年', valueText: '4760.5', unit: '亿元', qualifier: null });
    expect(retail?.relations).toContainEqual({ type: 'derived-from', fromKeys: [one('5615.3').key, one('854.8').key], formula: '5615.3 − 854.8' });
    expect(national).toMatchObject({ valueText: '5.5', unit: '%', label: '全国GDP年均增速' });
    const [green, compared] = byText('6.1');
    expect(compared?.relations).toEqual([{ type: 'vs-nation', comparison: 'higher-by', nationKey: national?.key, byKey: one('0.6').key }]);
    expect(green?.relations).toEqual([]);
  });

  it('reads comparisons with the nation and ranks', () => {
    expect(one('2.26').relations).toEqual([{ type: 'vs-nation', comparison: 'better-than', nationKey: null }]);
    expect(one('1.15')).toMatchObject({ kind: 'ratio', unit: '倍' });
    expect(one('1.15').relations).toEqual([{ type: 'vs-nation', comparison: 'multiple-of', nationKey: null, ofKey: one('11').key }]);
    expect(one('11').relations).toEqual([{ type: 'vs-nation', comparison: 'multiple-of', nationKey: null, byKey: one('1.15').key }]);
    expect(one('7500').rank).toMatchObject({ position: 1, scope: '全国', text: '居全国第一位' });
    for (const valueText of ['2202', '8000', '4319']) expect(one(valueText).rank).toMatchObject({ position: 1, text: '均居全国首位' });
    expect(one('第2').rank).toMatchObject({ position: 2, from: 'top', previous: { position: 3, from: 'bottom', period: '2020年' } });
    expect(one('1/6').rank).toMatchObject({ position: 1, text: '连续20年居全国首位' });
    expect(one('2.6').rank).toMatchObject({ position: null, text: '时隔5年重新回到全国中游' });
    expect(one('第一').rank).toMatchObject({ position: 1, text: '均稳居全国第一' });
  });

  it('reads word numbers and fractions', () => {
    expect(one('九成')).toMatchObject({ value: 90, unit: '%', label: '农业机械化率' });
    const atLeastTen = { type: 'at-least', value: 10, unit: '%' };
    expect(byText('两位数').map((found) => [found.kind, found.value, found.unit, found.qualifier, found.meaning, found.label])).toEqual([
      ['qualitative', 10, '%', null, atLeastTen, '脱贫人口人均纯收入增速'],
      ['qualitative', 10, '%', null, atLeastTen, '投资增速'],
    ]);
    expect(one('2/3')).toMatchObject({ kind: 'fraction', value: 2 / 3, qualifier: '以上' });
    expect(one('1/6')).toMatchObject({ kind: 'fraction', value: 1 / 6, qualifier: '以上' });
  });

  it('says the figures of issue 14 (point 13) as the report says them', () => {
    // 2.26 is a current ratio (缩小至), urban to rural; “十四五”以来 is the period of 103.8万人 only.
    expect(one('2.26')).toMatchObject({ period: null, unit: '', meaning: { type: 'ratio', terms: ['城镇', '农村'] } });
    expect(one('103.8').period).toBe('“十四五”以来');
    // 增长率全国领先 is the growth's lead, not the 4.5个's.
    expect(one('4.5').rank).toBeNull();
    // 10大产业集群 counts 10 产业集群: 大 is no unit.
    expect(one('10', '谋划产业集群')).toMatchObject({ unit: '', kind: 'amount' });
    // The same 6.1 % is GDP年均增速 on both slides.
    expect(byText('6.1').map((found) => found.label)).toEqual(['GDP年均增速', 'GDP年均增速']);
    // 较2020年 is the base of 854.8, not its period.
    expect(one('854.8')).toMatchObject({ base: '较2020年', period: null });
  });
});
