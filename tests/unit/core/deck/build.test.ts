import { describe, expect, it } from 'vitest';
import { buildDeck, slideIdsOf } from '../../../../main/core/deck/build';
import { contentSlideId, dividerSlideId, parseSlideId } from '../../../../main/core/deck/ids';
import type { ContentSlide, Deck, Slide } from '../../../../main/shared/deck';
import { figuresOf, reportModelOf, storedOf } from '../../../fixtures/deck/report-builder';
import { seedLike, seedLikeFigureSpecs, seedLikeSpec } from '../../../fixtures/deck/seed-like';
import { expectEveryNumberStored } from '../../../fixtures/deck/expect-stored';

const build = (): Deck => {
  const { briefing, figures } = seedLike();
  return buildDeck(briefing, figures, new Map());
};
const contents = (deck: Deck): ContentSlide[] => deck.slides.filter((s): s is ContentSlide => s.kind === 'content');
const byId = (deck: Deck, id: string): Slide | undefined => deck.slides.find((s) => s.id === id);

describe('buildDeck', () => {
  it('orders the deck: cover, agenda, each part’s divider and contents, closing', () => {
    const deck = build();
    expect(deck.title).toBe('“十四五”成就');
    const outline = deck.slides.map((s) => (s.kind === 'content' ? `c${s.partIndex}` : s.kind)).join(' ');
    expect(outline).toBe(
      'cover agenda divider c0 c0 c0 c0 c0 divider c1 c1 c1 divider c2 c2 c2 c2 closing',
    );
    expect(deck.slides.map((s) => s.id)).toEqual([
      'cover', 'agenda',
      'part-1', 'section-1-1-p1', 'section-1-2-p1', 'section-1-2-p2', 'section-1-3-p1', 'section-1-4-p1',
      'part-2', 'section-2-1-p1', 'section-2-2-p1', 'section-2-3-p1',
      'part-3', 'section-3-1-p1', 'section-3-1-p2', 'section-3-2-p1', 'section-3-3-p1',
      'closing',
    ]);
  });

  it('fills the cover, agenda, dividers and closing from the report only', () => {
    const deck = build();
    expect(byId(deck, 'cover')).toMatchObject({ kind: 'cover', title: '“十四五”成就', region: '内蒙古', period: '“十四五”时期（2021—2025年）', subtitle: '三大领域成就', steps: 0 });
    expect(byId(deck, 'agenda')).toMatchObject({
      kind: 'agenda',
      steps: 0,
      items: [
        { partIndex: 0, headline: '内蒙古民生福祉实现“四个显著提升”', slogan: '四个显著提升' },
        { partIndex: 1, headline: '内蒙古生态屏障筑就『三个持续向好』', slogan: '三个持续向好' },
        { partIndex: 2, headline: '内蒙古高质量发展实现“三个新跃升”', slogan: '三个新跃升' },
      ],
    });
    expect(byId(deck, dividerSlideId(2))).toEqual({
      kind: 'divider',
      id: 'part-2',
      key: 'part:内蒙古生态屏障筑就『三个持续向好』',
      title: '内蒙古生态屏障筑就『三个持续向好』',
      notes: [],
      steps: 0,
      partIndex: 1,
      headline: '内蒙古生态屏障筑就『三个持续向好』',
      slogan: '三个持续向好',
      sections: ['生态环境综合治理水平持续向好', '绿色低碳发展成效持续向好', '生态文明制度建设持续向好'],
    });
    expect(byId(deck, 'closing')).toMatchObject({ kind: 'closing', text: '内蒙古答卷', title: '内蒙古答卷', steps: 0 });
  });

  it('gives content slides their part, section row id, heading, cards with steps, and at most one chart', () => {
    const { briefing } = seedLike();
    const deck = build();
    const slide = byId(deck, contentSlideId(2, 1, 1));
    if (slide?.kind !== 'content') throw new Error('expected a content slide');
    expect(slide).toMatchObject({
      partIndex: 1,
      partHeadline: '内蒙古生态屏障筑就『三个持续向好』',
      sectionId: briefing.parts[1]?.sections[0]?.id,
      heading: '生态环境综合治理水平持续向好',
      title: '生态环境综合治理水平持续向好',
      page: 1,
      pages: 1,
      points: [],
    });
    expect(slide.cards.map((c) => [c.valueText, c.unit, c.rankBadge, c.step])).toEqual([
      ['2202', '万亩', '全国首位', 1],
      ['8000', '万亩', '全国首位', 2],
      ['4319', '万亩', '全国首位', 3],
      ['90.6', '%', null, 4],
    ]);
    expect(slide.steps).toBe(4);
    expect(slide.chart?.kind).toBe('bars');
  });

  it('gives a section without figures one slide of key sentences and no chart', () => {
    const deck = build();
    for (const id of ['section-1-4-p1', 'section-2-3-p1']) {
      const slide = byId(deck, id);
      if (slide?.kind !== 'content') throw new Error(`expected ${id}`);
      expect(slide.cards).toEqual([]);
      expect(slide.chart).toBeNull();
      expect(slide.steps).toBe(0);
      expect(slide.points.length).toBeGreaterThan(0);
      expect(slide.points.length).toBeLessThanOrEqual(4);
      const section = seedLikeSpec.parts.flatMap((p) => p.sections).find((s) => s.heading === slide.heading);
      for (const [i, point] of slide.points.entries()) expect(section?.paragraphs[i]?.startsWith(point)).toBe(true);
    }
  });

  it('chooses each content slide’s chart from its figures’ relations', () => {
    const charts = Object.fromEntries(contents(build()).map((s) => [s.id, s.chart?.kind ?? null]));
    expect(charts).toEqual({
      'section-1-1-p1': null, // 两位数: a bound, nothing to draw
      'section-1-2-p1': 'before-after', // 社零 2020年 (derived) → 5615.3
      'section-1-2-p2': 'before-after', // 托位数 0.8 → 4.5
      'section-1-3-p1': 'bars', // 17 / 6 条 (bars outrank the 84.3% gauge)
      'section-1-4-p1': null,
      'section-2-1-p1': 'bars', // 造林 / 种草 / 防沙治沙
      'section-2-2-p1': null, // changes only
      'section-2-3-p1': null,
      'section-3-1-p1': 'before-after', // 经济总量 2 → 2.6
      'section-3-1-p2': null,
      'section-3-2-p1': 'gauge', // 100% 绿电制氢
      'section-3-3-p1': 'gauge', // 九成 (the gauge outranks the 60% share ring)
    });
  });

  it('shows every number exactly as a stored figure, or flagged derived', () => {
    const { figures } = seedLike();
    expectEveryNumberStored(build(), figures);
  });

  it('puts derived values on a slide only to serve its chart or a comparison', () => {
    const deck = build();
    const economy = byId(deck, 'section-3-1-p1');
    if (economy?.kind !== 'content') throw new Error('expected section-3-1-p1');
    // The national growth rate (5.5, derived) completes 比全国高0.6个百分点 since the chart shows 经济总量.
    expect(economy.cards.filter((c) => c.derived).map((c) => c.valueText)).toEqual(['5.5']);
    const retail = byId(deck, 'section-1-2-p1');
    if (retail?.kind !== 'content') throw new Error('expected section-1-2-p1');
    // The 2020 retail total (derived) is drawn in the chart and gets no card of its own.
    expect(retail.cards.some((c) => c.derived)).toBe(false);
    expect(retail.chart?.kind === 'before-after' && retail.chart.points.map((p) => [p.valueText, p.derived])).toEqual([
      ['4760.5', true],
      ['5615.3', false],
    ]);
  });

  it('keeps 3–6 cards on every page of a split section, related figures together', () => {
    for (const slide of contents(build())) {
      expect(slide.cards.length).toBeLessThanOrEqual(6);
      if (slide.pages > 1) expect(slide.cards.length).toBeGreaterThanOrEqual(3);
    }
    const childcare = contents(build()).filter((s) => s.cards.some((c) => c.figureKey.startsWith('childcare')));
    expect(childcare.map((s) => s.id)).toEqual(['section-1-2-p2']);
  });

  it('attaches the notes given for each slide id, none for the others', () => {
    const { briefing, figures } = seedLike();
    const deck = buildDeck(briefing, figures, new Map([['part-1', ['导语']], ['section-1-2-p2', ['第一段', '第二段']]]));
    expect(byId(deck, 'part-1')?.notes).toEqual(['导语']);
    expect(byId(deck, 'section-1-2-p2')?.notes).toEqual(['第一段', '第二段']);
    expect(byId(deck, 'cover')?.notes).toEqual([]);
  });

  it('gives the same slide ids to a re-import of the same report (other row ids, other briefing id)', () => {
    const first = seedLike(1);
    const report = reportModelOf(seedLikeSpec);
    const again = storedOf(report, figuresOf(report, seedLikeFigureSpecs), 42);
    const shifted = {
      briefing: { ...again.briefing, parts: again.briefing.parts.map((p) => ({ ...p, id: p.id + 1000, sections: p.sections.map((s) => ({ ...s, id: s.id + 1000 })) })) },
      figures: again.figures.map((f) => ({ ...f, id: f.id + 1000, sectionId: f.sectionId === null ? null : f.sectionId + 1000 })),
    };
    expect(slideIdsOf(shifted.briefing, shifted.figures)).toEqual(slideIdsOf(first.briefing, first.figures));
    expect(buildDeck(shifted.briefing, shifted.figures, new Map()).briefingId).toBe(42);
  });

  it('counts the slide ids without building the slides: the very ids of the deck, page by page', () => {
    const { briefing, figures } = seedLike();
    expect(slideIdsOf(briefing, figures)).toEqual(buildDeck(briefing, figures, new Map()).slides.map((slide) => slide.id));
    const withoutClosing = { ...briefing, closing: null };
    expect(slideIdsOf(withoutClosing, figures)).toEqual(buildDeck(withoutClosing, figures, new Map()).slides.map((slide) => slide.id));
  });

  it('is pure: the same input gives the same deck', () => {
    expect(build()).toEqual(build());
  });

  it('builds a deck for a report without closing line or parts', () => {
    const report = reportModelOf({ title: '空白报告', parts: [], closing: null });
    const { briefing, figures } = storedOf(report, []);
    expect(buildDeck(briefing, figures, new Map()).slides.map((s) => s.id)).toEqual(['cover', 'agenda']);
  });
});

describe('slide ids', () => {
  it('parse back to their positions, and nothing else parses', () => {
    expect(parseSlideId('cover')).toEqual({ kind: 'cover' });
    expect(parseSlideId('part-3')).toEqual({ kind: 'divider', partNumber: 3 });
    expect(parseSlideId(contentSlideId(1, 12, 2))).toEqual({ kind: 'content', partNumber: 1, sectionNumber: 12, page: 2 });
    for (const bad of ['part-0', 'section-1-2', 'section-1-2-p0', 'Cover', 'part-1 ', '']) expect(parseSlideId(bad)).toBeNull();
  });
});

describe('a part that is its own only section', () => {
  it('lists no sections on its divider: a list of one repeating the headline would only echo it', () => {
    const report = reportModelOf({
      title: '某市经济运行情况',
      parts: [
        { headline: '农业生产', slogan: null, lead: null, sections: [{ heading: '农业生产', paragraphs: ['全市夏粮总产量112.6万吨。'] }] },
        { headline: '工业生产', slogan: null, lead: null, sections: [{ heading: '工业增加值', paragraphs: ['规模以上工业增加值增长7.1%。'] }] },
      ],
      closing: null,
    });
    const { briefing, figures } = storedOf(report, []);
    const deck = buildDeck(briefing, figures, new Map());
    expect(byId(deck, dividerSlideId(1))).toMatchObject({ headline: '农业生产', sections: [] });
    expect(byId(deck, dividerSlideId(2))).toMatchObject({ headline: '工业生产', sections: ['工业增加值'] });
  });
});
