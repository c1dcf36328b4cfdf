import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../../main/shared/annotations';
import { primaryTarget, snippetPieces, targetsOf } from '../../../../renderer/src/search/targets';

const slides = new Map([
  ['section-1-2-p1', 4],
  ['section-1-2-p2', 5],
]);

const paragraphHit: SearchResult = {
  kind: 'paragraph',
  paragraphId: 6,
  offset: 9,
  length: 2,
  slideId: 'section-1-2-p1',
  slideTitle: '基本民生保障水平显著提升（1/2）',
  snippet: { text: '内蒙古实施一系列稳就业、提收入', highlights: [{ start: 9, end: 11 }] },
};

const noteHit: SearchResult = {
  kind: 'annotation',
  annotationId: 'a1',
  author: '王敏',
  tags: ['核对'],
  slideId: 'section-1-2-p2',
  paragraphId: 12,
  snippet: { text: '托位数增长很快', highlights: [{ start: 0, end: 3 }] },
};

describe('where a search result goes', () => {
  it('a paragraph hit: its slide by the slide id’s index, and the match in the paragraph', () => {
    expect(targetsOf(paragraphHit, slides, () => null)).toEqual({ slideIndex: 4, passage: { paragraphId: 6, start: 9, end: 11 } });
  });

  it('a note on a quote: its slide and the quoted span', () => {
    expect(targetsOf(noteHit, slides, (id) => (id === 'a1' ? { start: 3, end: 8 } : null))).toEqual({
      slideIndex: 5,
      passage: { paragraphId: 12, start: 3, end: 8 },
    });
  });

  it('a note on no paragraph and no known slide goes nowhere', () => {
    const loose: SearchResult = { ...noteHit, slideId: 'gone', paragraphId: null };
    const targets = targetsOf(loose, slides, () => null);
    expect(targets).toEqual({ slideIndex: null, passage: null });
    expect(primaryTarget(targets, 'deck')).toBeNull();
  });

  it('Enter goes to the slide on the slides and to the passage in the source view', () => {
    const targets = targetsOf(paragraphHit, slides, () => null);
    expect(primaryTarget(targets, 'deck')).toBe('slide');
    expect(primaryTarget(targets, 'source')).toBe('passage');
    expect(primaryTarget({ slideIndex: null, passage: targets.passage }, 'deck')).toBe('passage');
  });
});

describe('snippet highlights', () => {
  it('cuts the snippet into plain and marked pieces', () => {
    expect(snippetPieces('内蒙古实施一系列稳就业、提收入', [{ start: 9, end: 11 }])).toEqual([
      { text: '内蒙古实施一系列稳', highlighted: false },
      { text: '就业', highlighted: true },
      { text: '、提收入', highlighted: false },
    ]);
  });

  it('copes with overlapping, unordered and out-of-range highlights', () => {
    expect(snippetPieces('abcdef', [{ start: 3, end: 9 }, { start: 0, end: 2 }, { start: 1, end: 4 }])).toEqual([
      { text: 'ab', highlighted: true },
      { text: 'cd', highlighted: true },
      { text: 'ef', highlighted: true },
    ]);
    expect(snippetPieces('abc', [])).toEqual([{ text: 'abc', highlighted: false }]);
  });
});
