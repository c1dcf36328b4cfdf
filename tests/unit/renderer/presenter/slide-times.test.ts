import { describe, expect, it } from 'vitest';
import { banked, follow, noSlideTimes, parseSlideTimes, spentMs, totalMs } from '../../../../renderer/src/presenter/slide-times';

describe('time per slide', () => {
  it('banks each stretch on the slide it was spent on, and nothing while paused', () => {
    let times = follow(noSlideTimes, 'a', 1_000);
    expect(spentMs(times, 'a', 31_000)).toBe(30_000);
    times = follow(times, 'b', 31_000);
    times = follow(times, null, 41_000);
    expect(spentMs(times, 'b', 999_000)).toBe(10_000);
    times = follow(times, 'a', 100_000);
    expect(spentMs(times, 'a', 105_000)).toBe(35_000);
    expect(banked(times, 105_000)).toEqual({ a: 35_000, b: 10_000 });
    expect(totalMs(times, 105_000)).toBe(45_000);
  });

  it('changes nothing when it follows the slide it already counts for', () => {
    const times = follow(noSlideTimes, 'a', 0);
    expect(follow(times, 'a', 50)).toBe(times);
  });

  it('reads stored times back, and nothing from a damaged value', () => {
    const times = follow(follow(noSlideTimes, 'a', 0), 'b', 2_000);
    expect(parseSlideTimes(JSON.stringify(times))).toEqual(times);
    expect(parseSlideTimes(null)).toBe(noSlideTimes);
    expect(parseSlideTimes('{')).toBe(noSlideTimes);
    expect(parseSlideTimes(JSON.stringify({ spent: { a: -1 }, on: null, since: null }))).toBe(noSlideTimes);
    expect(parseSlideTimes(JSON.stringify({ spent: {}, on: 'a', since: null }))).toBe(noSlideTimes);
  });
});
