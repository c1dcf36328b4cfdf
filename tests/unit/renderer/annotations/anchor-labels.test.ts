import { describe, expect, it } from 'vitest';
import type { Slide } from '../../../../main/shared/deck';
import { describeAnnotation, describeDraft, quoted, timeLabel } from '../../../../renderer/src/annotations/anchor-labels';
import { indexDeck } from '../../../../renderer/src/annotations/deck-index';
import { annotation, figureAnchor, inkAnchor } from './fixtures';

const slides: Slide[] = [
  { kind: 'cover', id: 'cover', title: '“十四五”成就', notes: [], steps: 0, region: null, period: null, subtitle: null },
  {
    kind: 'content',
    id: 'section-1-2-p2',
    title: '基本民生保障水平显著提升（2/2）',
    notes: [],
    steps: 1,
    partIndex: 0,
    partHeadline: '民生',
    sectionId: 3,
    heading: '基本民生保障水平显著提升',
    page: 2,
    pages: 2,
    chart: null,
    points: [],
    cards: [
      { figureKey: 'k-95', valueText: '95', value: 95, unit: '%', derived: false, label: '基本养老保险参保率', qualifier: '以上', period: null, base: null, meaning: null, rankBadge: null, quote: '', quoteMark: null, step: 1 },
    ],
  },
];
const deck = indexDeck(slides);

describe('how a note names what it is about', () => {
  it('a slide note: its number and title', () => {
    expect(describeAnnotation(annotation({ slideId: 'section-1-2-p2' }), deck)).toEqual({ slideNumber: 2, what: '基本民生保障水平显著提升（2/2）' });
  });

  it('a figure note: the value as printed and what it measures', () => {
    const note = annotation({ slideId: 'section-1-2-p2', anchor: figureAnchor('k-95') });
    expect(describeAnnotation(note, deck)).toEqual({ slideNumber: 2, what: '数据 95%以上 · 基本养老保险参保率' });
  });

  it('a quote: the words, cut short', () => {
    const quote = { exact: '内蒙古实施一系列稳就业、提收入、惠民生、促消费政策，实实在在帮老百姓解决难题。', prefix: '', suffix: '', position: null };
    const label = describeAnnotation(annotation({ slideId: null, anchor: { kind: 'quote', quote } }), deck);
    expect(label.slideNumber).toBeNull();
    expect(label.what).toBe(`原文 ${quoted(quote.exact)}`);
    expect(label.what.endsWith('…」')).toBe(true);
  });

  it('ink: how many strokes', () => {
    expect(describeAnnotation(annotation({ slideId: 'cover', anchor: inkAnchor('cover') }), deck)).toEqual({ slideNumber: 1, what: '墨迹 1 笔' });
  });

  it('a new note on a figure finds the figure’s slide', () => {
    expect(describeDraft({ kind: 'figure', figureKey: 'k-95' }, deck).slideNumber).toBe(2);
    expect(describeDraft({ kind: 'selection', paragraphId: 3, start: 0, end: 4, quote: '稳就业' }, deck)).toEqual({ slideNumber: null, what: '原文 「稳就业」' });
  });
});

describe('times', () => {
  const now = new Date(2025, 4, 3, 18, 0);
  it('today, this year, earlier', () => {
    expect(timeLabel(new Date(2025, 4, 3, 9, 5).toISOString(), now)).toBe('今天 09:05');
    expect(timeLabel(new Date(2025, 0, 12, 14, 30).toISOString(), now)).toBe('1月12日 14:30');
    expect(timeLabel(new Date(2024, 10, 2, 8, 0).toISOString(), now)).toBe('2024年11月2日');
    expect(timeLabel('not a date', now)).toBe('');
  });
});

