import { describe, expect, it } from 'vitest';
import { rehearsalEdits, rehearsedMinutes } from '../../../../renderer/src/presenter/rehearsal';
import { cover, divider, page } from '../../../support/timed-slides';

describe('a rehearsal turned into the budget', () => {
  it('rounds to the nearest half minute, at least half a minute, and skips a slide passed by', () => {
    expect(rehearsedMinutes(4_999)).toBeNull();
    expect(rehearsedMinutes(5_000)).toBe(0.5);
    expect(rehearsedMinutes(44_000)).toBe(0.5);
    expect(rehearsedMinutes(46_000)).toBe(1);
    expect(rehearsedMinutes(100_000)).toBe(1.5);
    expect(rehearsedMinutes(200 * 60_000 * 10)).toBe(600);
  });

  it('sets minutes on each shown slide it spent time on, in deck order, never on a hidden one', () => {
    const slides = [cover(), divider(0), page(0, '就业', 1, { hidden: true }), page(0, '就业', 2)];
    const spent = { 'page:就业:2': 130_000, cover: 20_000, 'page:就业:1': 90_000, 'part:0': 1_000 };
    expect(rehearsalEdits(slides, spent)).toEqual([
      { op: 'minutes', key: 'cover', minutes: 0.5 },
      { op: 'minutes', key: 'page:就业:2', minutes: 2 },
    ]);
  });
});
