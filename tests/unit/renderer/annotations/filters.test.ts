import { describe, expect, it } from 'vitest';
import {
  authorsOf,
  filterNotes,
  inkOnSlide,
  noteCountsByFigure,
  noteCountsBySlide,
  parseTags,
  sortNotes,
  tagsOf,
} from '../../../../renderer/src/annotations/filters';
import { annotation, figureAnchor, inkAnchor } from './fixtures';

const slideOrder = new Map([
  ['cover', 0],
  ['section-1-2-p1', 4],
  ['section-1-2-p2', 5],
]);

const onCover = annotation({ slideId: 'cover', author: '李娜', tags: ['待核实'], createdAt: '2025-05-03T08:00:00.000Z' });
const onFigure = annotation({ slideId: 'section-1-2-p2', anchor: figureAnchor('figure-9'), createdAt: '2025-05-01T08:00:00.000Z' });
const onSlide = annotation({ slideId: 'section-1-2-p1', tags: ['数据', '待核实'], createdAt: '2025-05-02T08:00:00.000Z' });
// A quote whose words a re-import no longer has: placed nowhere, kept.
const orphan = annotation({
  slideId: null,
  orphan: true,
  anchor: { kind: 'quote', quote: { exact: '旧的说法', prefix: '', suffix: '', position: null } },
  createdAt: '2025-05-04T08:00:00.000Z',
});
const ink = annotation({ slideId: 'section-1-2-p1', anchor: inkAnchor('section-1-2-p1'), body: '' });
const all = [onCover, onFigure, onSlide, orphan, ink];

describe('filtering notes', () => {
  it('本张 keeps the notes placed on the slide on screen; ink is never in the list', () => {
    expect(filterNotes(all, { scope: 'slide', slideId: 'section-1-2-p1', author: null, tag: null })).toEqual([onSlide]);
  });

  it('全部 keeps every written note, orphans included (they are never dropped)', () => {
    expect(filterNotes(all, { scope: 'all', slideId: 'cover', author: null, tag: null })).toEqual([onCover, onFigure, onSlide, orphan]);
  });

  it('本张 without a slide on screen (the source view) means all', () => {
    expect(filterNotes(all, { scope: 'slide', slideId: null, author: null, tag: null })).toHaveLength(4);
  });

  it('filters by author and by tag', () => {
    expect(filterNotes(all, { scope: 'all', slideId: null, author: '李娜', tag: null })).toEqual([onCover]);
    expect(filterNotes(all, { scope: 'all', slideId: null, author: null, tag: '待核实' })).toEqual([onCover, onSlide]);
    expect(filterNotes(all, { scope: 'all', slideId: null, author: '李娜', tag: '数据' })).toEqual([]);
  });
});

describe('sorting notes', () => {
  const notes = [onCover, onFigure, onSlide, orphan];
  it('newest and oldest by creation time', () => {
    expect(sortNotes(notes, 'newest', slideOrder)).toEqual([orphan, onCover, onSlide, onFigure]);
    expect(sortNotes(notes, 'oldest', slideOrder)).toEqual([onFigure, onSlide, onCover, orphan]);
  });

  it('by slide in deck order, notes on no slide last', () => {
    expect(sortNotes(notes, 'slide', slideOrder)).toEqual([onCover, onSlide, onFigure, orphan]);
  });

  it('does not change the list it was given', () => {
    const copy = [...notes];
    sortNotes(notes, 'newest', slideOrder);
    expect(notes).toEqual(copy);
  });
});

describe('what the markers and menus show', () => {
  it('counts notes per slide and per figure, not ink', () => {
    expect(noteCountsBySlide(all)).toEqual(new Map([['cover', 1], ['section-1-2-p2', 1], ['section-1-2-p1', 1]]));
    expect(noteCountsByFigure(all)).toEqual(new Map([['figure-9', 1]]));
  });

  it('lists the ink of a slide', () => {
    expect(inkOnSlide(all, 'section-1-2-p1')).toEqual([ink]);
    expect(inkOnSlide(all, 'cover')).toEqual([]);
  });

  it('lists authors and tags once each', () => {
    expect(authorsOf(all)).toEqual(['李娜', '王敏'].sort(new Intl.Collator('zh-CN').compare));
    expect(tagsOf(all).sort()).toEqual(['待核实', '数据'].sort());
  });

  it('reads tags typed with Chinese or Latin separators', () => {
    expect(parseTags('待核实，数据、 就业;  民生 #重点')).toEqual(['待核实', '数据', '就业', '民生', '重点']);
    expect(parseTags('数据, 数据')).toEqual(['数据']);
    expect(parseTags('  ')).toEqual([]);
  });
});
