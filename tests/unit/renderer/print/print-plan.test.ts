import { describe, expect, it } from 'vitest';
import type { Slide } from '../../../../main/shared/deck';
import { printHash } from '../../../../main/shared/print';
import { parseRoute } from '../../../../renderer/src/deck/controllers/hash';
import { annotationsBySlide, annotationsOf, handoutPages, printedSlides } from '../../../../renderer/src/print/print-plan';
import { annotation, figureAnchor, inkAnchor } from '../annotations/fixtures';

const slide = (id: string): Slide => ({ kind: 'closing', id, title: id, notes: [], steps: 0, text: '内蒙古答卷', subtitle: null });

describe('the print routes’ addresses', () => {
  it('name the kind and, when given, the briefing; the app reads them back', () => {
    expect(printHash('slides', 12)).toBe('#/print/slides?briefing=12');
    expect(printHash('handout', null)).toBe('#/print/handout');
    expect(parseRoute(printHash('slides', 12))).toEqual({ view: 'print', kind: 'slides', briefingId: 12 });
    expect(parseRoute(printHash('handout', null))).toEqual({ view: 'print', kind: 'handout', briefingId: null });
  });

  it('do not turn anything else into a print', () => {
    expect(parseRoute('#/print/poster').view).toBe('deck');
    expect(parseRoute('#/print/slides?briefing=abc').view).toBe('deck');
    expect(parseRoute('#/print/slides?briefing=1&x=2').view).toBe('deck');
  });
});

describe('what a print shows', () => {
  it('takes every slide in deck order and leaves out one marked hidden', () => {
    const slides = [slide('a'), { ...slide('b'), hidden: true }, slide('c')];
    expect(printedSlides(slides).map((s) => s.id)).toEqual(['a', 'c']);
  });

  it('groups a handout three slides a page, the last page with what is left', () => {
    const pages = handoutPages(['1', '2', '3', '4', '5', '6', '7'], 3);
    expect(pages.map((page) => page.items)).toEqual([['1', '2', '3'], ['4', '5', '6'], ['7']]);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(handoutPages(['1', '2', '3'], 3)).toHaveLength(1);
    expect(handoutPages([], 3)).toEqual([]);
  });

  it('refuses a page size that is not a whole number of slides', () => {
    expect(() => handoutPages(['1'], 0)).toThrow(/每页张数无效/);
    expect(() => handoutPages(['1'], 1.5)).toThrow(/每页张数无效/);
  });

  it('gives each slide its live notes, oldest first, and its ink apart; deleted and unplaced ones are left out', () => {
    const later = annotation({ slideId: 's1', createdAt: '2025-05-03T08:00:00.000Z', body: '后写的' });
    const earlier = annotation({ slideId: 's1', createdAt: '2025-05-01T08:00:00.000Z', body: '先写的' });
    const ink = annotation({ slideId: null, anchor: inkAnchor('s1'), body: '' });
    const deleted = annotation({ slideId: 's1', deletedAt: '2025-05-04T08:00:00.000Z' });
    const orphan = annotation({ slideId: null, anchor: figureAnchor('gone'), orphan: true });
    const other = annotation({ slideId: 's2', body: '别处' });
    const bySlide = annotationsBySlide([later, ink, deleted, earlier, orphan, other]);
    expect(annotationsOf(bySlide, 's1').notes.map((a) => a.body)).toEqual(['先写的', '后写的']);
    expect(annotationsOf(bySlide, 's1').ink).toEqual([ink]);
    expect(annotationsOf(bySlide, 's2').notes.map((a) => a.body)).toEqual(['别处']);
    expect(annotationsOf(bySlide, 's3')).toEqual({ notes: [], ink: [] });
  });
});
