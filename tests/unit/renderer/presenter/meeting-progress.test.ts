import { describe, expect, it } from 'vitest';
import type { DeckBudget } from '../../../../main/shared/deck';
import { planMeeting } from '../../../../main/shared/meeting-plan';
import { formatClock, meetingProgress, paceOf, paceText, segmentProgress } from '../../../../renderer/src/presenter/meeting-progress';
import { follow, noSlideTimes } from '../../../../renderer/src/presenter/slide-times';
import { cover, divider, page } from '../../../support/timed-slides';

const minute = 60_000;
// cover (untimed) · part 0 with a 5-minute budget (divider + 就业) · 教育 timed by its pages (2 + 1 minutes) · an untimed end.
const slides = [cover(), divider(0), page(0, '就业', 1), page(1, '教育', 1, { minutes: 2 }), page(1, '教育', 2, { minutes: 1 }), cover('end')];
const budgets: DeckBudget[] = [{ key: 'part:0', title: '第1部分', scope: 'part', minutes: 5 }];
const plan = planMeeting(slides, budgets);

/** A talk that stayed `ms` on each slide in turn, starting at 0: the fake clock stands at the end. */
function talk(stays: readonly [number, number][]) {
  let times = noSlideTimes;
  let now = 0;
  for (const [index, ms] of stays) {
    times = follow(times, slides[index]?.key ?? null, now);
    now += ms;
  }
  return { times, now };
}

describe('elapsed against planned', () => {
  it('measures the segment by the time on all its slides', () => {
    const { times, now } = talk([
      [1, 1 * minute],
      [2, 2 * minute],
    ]);
    const progress = segmentProgress(plan, slides, 2, times, now);
    expect(progress?.segment.scope).toBe('part');
    expect(progress?.elapsedMs).toBe(3 * minute);
    expect(progress?.remainingMs).toBe(2 * minute);
    expect(progress?.state).toBe('on-time');
  });

  it('warns in the segment’s last minute and is over once its time is up', () => {
    const at = (ms: number) => segmentProgress(plan, slides, 3, talk([[3, ms]]).times, ms)?.state;
    expect(at(2 * minute - 1_000)).toBe('on-time');
    expect(at(2 * minute)).toBe('warning');
    expect(at(3 * minute)).toBe('warning');
    expect(at(3 * minute + 1_000)).toBe('over');
  });

  it('has no segment on an untimed slide', () => {
    expect(segmentProgress(plan, slides, 0, noSlideTimes, 0)).toBeNull();
  });

  it('is ahead after leaving a segment early and behind after staying past its time', () => {
    // 1 min on the cover, 3 of the part's 5 minutes, then on 教育 for 1 minute: 1 + 3 + 1 = 5 spent of 1 + 0 + 5 + 1 planned.
    const early = talk([
      [0, minute],
      [1, 3 * minute],
      [3, minute],
    ]);
    const segment = segmentProgress(plan, slides, 3, early.times, early.now);
    const ahead = meetingProgress(plan, segment, 3, early.now);
    expect(ahead?.plannedMs).toBe(8 * minute);
    expect(ahead?.paceMs).toBe(-1 * minute);
    expect(paceText(ahead?.paceMs ?? 0)).toBe('提前 1:00');

    // 7 minutes in the 5-minute part: 2 behind, while still in it.
    const late = talk([[2, 7 * minute]]);
    const over = meetingProgress(plan, segmentProgress(plan, slides, 2, late.times, late.now), 2, late.now);
    expect(over?.paceMs).toBe(2 * minute);
    expect(paceText(over?.paceMs ?? 0)).toBe('超时 2:00');
    expect(over?.remainingMs).toBe(1 * minute);
  });

  it('counts the planned time of the segments before an untimed slide', () => {
    expect(segmentProgress(plan, slides, 5, noSlideTimes, 0)).toBeNull();
    const late = meetingProgress(plan, null, 5, 9 * minute);
    // On the untimed end, past the part and 教育 (5 + 3 planned), 9 minutes in: 1 behind.
    expect(late?.paceMs).toBe(1 * minute);
    expect(meetingProgress(planMeeting([cover()]), null, 0, minute)).toBeNull();
  });

  it('calls a few seconds either way on plan, and writes times as m:ss', () => {
    expect(paceOf(4_000)).toBe('on-plan');
    expect(paceOf(-4_000)).toBe('on-plan');
    expect(paceText(0)).toBe('按计划');
    expect(paceText(-45_000)).toBe('提前 0:45');
    expect(formatClock(80_000)).toBe('1:20');
    expect(formatClock(-80_000)).toBe('1:20');
    expect(formatClock(3_725_000)).toBe('1:02:05');
  });
});
