import { describe, expect, it } from 'vitest';
import { dropMove, indexAfterMove, sideOf, stepMove } from '../../../../renderer/src/edit/reorder';

const slides = ['cover', 'agenda', 'a', 'b', 'c'].map((key) => ({ key }));

describe('turning a drag into a move edit', () => {
  it('puts the slide before the slide it is dropped on the upper half of', () => {
    expect(dropMove(slides, 4, 1, 'before')).toEqual({ op: 'move', key: 'c', before: 'agenda' });
  });

  it('puts the slide after the slide it is dropped on the lower half of', () => {
    expect(dropMove(slides, 1, 3, 'after')).toEqual({ op: 'move', key: 'agenda', before: 'c' });
  });

  it('moves a slide dropped after the last one to the end (before: null)', () => {
    expect(dropMove(slides, 0, 4, 'after')).toEqual({ op: 'move', key: 'cover', before: null });
  });

  it('makes no edit for a drop that leaves the slide where it is', () => {
    expect(dropMove(slides, 2, 2, 'before')).toBeNull();
    expect(dropMove(slides, 2, 2, 'after')).toBeNull();
    expect(dropMove(slides, 2, 1, 'after')).toBeNull();
    expect(dropMove(slides, 2, 3, 'before')).toBeNull();
  });

  it('makes no edit for a slide without a key or a target out of the deck', () => {
    expect(dropMove([{}, { key: 'x' }], 0, 1, 'after')).toBeNull();
    expect(dropMove(slides, 1, 9, 'before')).toBeNull();
  });

  it('reads the upper half of a row as before and the lower half as after', () => {
    expect(sideOf(110, 100, 40)).toBe('before');
    expect(sideOf(121, 100, 40)).toBe('after');
  });
});

describe('reordering by keyboard', () => {
  it('Alt+↑ puts the slide before the one above it', () => {
    expect(stepMove(slides, 3, -1)).toEqual({ op: 'move', key: 'b', before: 'a' });
  });

  it('Alt+↓ puts the slide after the one below it, last when that one is last', () => {
    expect(stepMove(slides, 2, 1)).toEqual({ op: 'move', key: 'a', before: 'c' });
    expect(stepMove(slides, 3, 1)).toEqual({ op: 'move', key: 'b', before: null });
  });

  it('does nothing at either end of the deck', () => {
    expect(stepMove(slides, 0, -1)).toBeNull();
    expect(stepMove(slides, 4, 1)).toBeNull();
  });
});

describe('where the moved slide lands', () => {
  it('is the place of the slide it now stands before, or the end', () => {
    expect(indexAfterMove(slides, { op: 'move', key: 'c', before: 'agenda' })).toBe(1);
    expect(indexAfterMove(slides, { op: 'move', key: 'agenda', before: 'c' })).toBe(3);
    expect(indexAfterMove(slides, { op: 'move', key: 'cover', before: null })).toBe(4);
  });
});
