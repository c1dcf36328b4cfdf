import { beforeEach, describe, expect, it } from 'vitest';
import { groupRelated } from '../../../../main/core/deck/relations';
import { sectionSlides } from '../../../../main/core/deck/section-slides';
import { paginate } from '../../../../main/core/deck/split';
import type { StoredPart } from '../../../../main/shared/briefing';
import type { StoredFigure } from '../../../../main/shared/figure';
import { makeFigure, resetFigureIndex, sameSentence } from '../../../fixtures/deck/figure';

beforeEach(() => resetFigureIndex());

const singles = (n: number): number[][] => Array.from({ length: n }, (_, i) => [i]);
const sizes = (pages: number[][]): number[] => pages.map((p) => p.length);
const everyItem = () => true;

describe('paginate', () => {
  it.each([
    [1, [1]],
    [6, [6]],
    [7, [4, 3]],
    [8, [4, 4]],
    [11, [6, 5]],
    [12, [6, 6]],
    [13, [5, 4, 4]],
    [19, [5, 5, 5, 4]],
  ])('splits %i cards evenly: %j', (n, expected) => {
    expect(sizes(paginate(singles(n), everyItem))).toEqual(expected);
  });

  it('keeps each unit whole and in order, 3–6 cards a page', () => {
    const units = [[1], [2, 3], [4], [5, 6, 7], [8]];
    const pages = paginate(units, everyItem);
    expect(pages.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const unit of units) expect(pages.filter((page) => unit.some((x) => page.includes(x)))).toHaveLength(1);
    for (const page of pages) expect(page.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(6);
  });

  it('counts only items that take a card slot, and folds slot-less units into their neighbour', () => {
    const derived = (x: number) => x >= 100;
    const pages = paginate([[100], [1], [2], [3, 101], [4], [102], [5], [6], [7]], (x) => !derived(x));
    expect(pages).toEqual([[100, 1, 2, 3, 101, 4, 102], [5, 6, 7]]);
  });

  it('cuts a unit larger than a page, as nothing else can fit it', () => {
    expect(sizes(paginate([[1, 2, 3, 4, 5, 6, 7, 8]], everyItem))).toEqual([6, 2]);
  });

  it('accepts a short page only when the units leave no other way', () => {
    expect(sizes(paginate([[1, 2, 3, 4, 5, 6], [7], [8, 9, 10, 11, 12, 13]], everyItem))).toEqual([6, 1, 6]);
  });

  it('returns no page for no items', () => {
    expect(paginate([], everyItem)).toEqual([]);
  });
});

describe('groupRelated', () => {
  it('groups before/after pairs, derived values with their sources, comparisons with the nation, and lists', () => {
    const figures = [
      makeFigure({ key: 'a' }),
      makeFigure({ key: 'after', relations: [{ type: 'before-after', role: 'after', otherKey: 'before' }] }),
      makeFigure({ key: 'b' }),
      makeFigure({ key: 'before' }), // the relation may be recorded on one side only
      makeFigure({ key: 'rate', unit: '%', relations: [{ type: 'vs-nation', comparison: 'higher-by', nationKey: 'nation' }] }),
      makeFigure({ key: 'nation', unit: '%', derived: true, relations: [{ type: 'derived-from', fromKeys: ['rate', 'gap'], formula: '' }] }),
      makeFigure({ key: 'gap', unit: '个百分点' }),
      ...sameSentence([makeFigure({ key: 'l1', unit: '万亩' }), makeFigure({ key: 'l2', unit: '万亩' })]),
    ];
    expect(groupRelated(figures).map((group) => group.map((f) => f.key))).toEqual([
      ['a'],
      ['after', 'before'],
      ['b'],
      ['rate', 'nation', 'gap'],
      ['l1', 'l2'],
    ]);
  });

  it('keeps a value with the figure that says by how much it differs from the nation (11万元 and its 1.15倍)', () => {
    const figures = [
      makeFigure({ key: 'per-capita', relations: [{ type: 'vs-nation', comparison: 'multiple-of', nationKey: null, byKey: 'multiple' }] }),
      makeFigure({ key: 'between' }),
      makeFigure({ key: 'multiple', unit: '倍', relations: [{ type: 'vs-nation', comparison: 'multiple-of', nationKey: null, ofKey: 'per-capita' }] }),
    ];
    expect(groupRelated(figures).map((group) => group.map((f) => f.key))).toEqual([['per-capita', 'multiple'], ['between']]);
  });

  it('ignores relations to figures outside the set', () => {
    const lone = makeFigure({ key: 'x', relations: [{ type: 'before-after', role: 'after', otherKey: 'elsewhere' }] });
    expect(groupRelated([lone]).map((g) => g.map((f) => f.key))).toEqual([['x']]);
  });
});

describe('a section split over slides', () => {
  const part: StoredPart = { id: 1, position: 0, headline: '内蒙古X', slogan: null, lead: null, sections: [] };
  const section = { id: 9, position: 0, heading: '基本民生保障水平显著提升', paragraphs: [] };
  const place = { partIndex: 0, partNumber: 1, sectionNumber: 2 };
  const build = (figures: StoredFigure[]) => sectionSlides(part, section, place, figures, { region: '内蒙古' });

  it('7 unrelated figures → two slides of 4 and 3, numbered page/pages, ids by page', () => {
    const slides = build(Array.from({ length: 7 }, (_, i) => makeFigure({ key: `f${i}` })));
    expect(slides.map((s) => [s.id, s.page, s.pages, s.cards.length, s.steps])).toEqual([
      ['section-1-2-p1', 1, 2, 4, 4],
      ['section-1-2-p2', 2, 2, 3, 3],
    ]);
    expect(slides.map((s) => s.title)).toEqual(['基本民生保障水平显著提升（1/2）', '基本民生保障水平显著提升（2/2）']);
    expect(slides.flatMap((s) => s.cards.map((c) => c.figureKey))).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6']);
  });

  it('never separates a before/after pair: the pair and its chart land on one slide', () => {
    const figures = [
      makeFigure({ key: 'f0' }),
      makeFigure({ key: 'f1' }),
      makeFigure({ key: 'f2' }),
      makeFigure({ key: 'before', valueText: '0.8', relations: [{ type: 'before-after', role: 'before', otherKey: 'after' }] }),
      makeFigure({ key: 'after', valueText: '4.5', relations: [{ type: 'before-after', role: 'after', otherKey: 'before' }] }),
      makeFigure({ key: 'f5' }),
      makeFigure({ key: 'f6' }),
    ];
    const slides = build(figures);
    const withPair = slides.filter((s) => s.cards.some((c) => c.figureKey === 'before' || c.figureKey === 'after'));
    expect(withPair).toHaveLength(1);
    expect(withPair[0]?.cards.map((c) => c.figureKey)).toEqual(expect.arrayContaining(['before', 'after']));
    expect(withPair[0]?.chart?.kind).toBe('before-after');
    for (const slide of slides) expect(slide.cards.length).toBeGreaterThanOrEqual(3);
  });

  it('a section of one or two figures is one slide with what it has', () => {
    const slides = build([makeFigure({ key: 'only' })]);
    expect(slides.map((s) => [s.id, s.page, s.pages, s.cards.length])).toEqual([['section-1-2-p1', 1, 1, 1]]);
  });
});
