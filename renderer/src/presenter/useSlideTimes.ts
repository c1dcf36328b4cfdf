import { useState } from 'react';
import { follow, type SlideTimes } from './slide-times';

/**
 * Slide times that follow `countingOn` (the slide the time goes to, null while paused), banked at `now`: the
 * time of the event that changed it (a press, a move to another slide), which the caller keeps in state and
 * sets in the same update. Followed while rendering, not in an effect, so a stretch ends when its event
 * happened, not when an effect gets to run.
 */
export function useSlideTimes(initial: () => SlideTimes, countingOn: string | null, now: number): [SlideTimes, (times: SlideTimes) => void] {
  const [times, setTimes] = useState(initial);
  if (times.on === countingOn) return [times, setTimes];
  const next = follow(times, countingOn, now);
  setTimes(next);
  return [next, setTimes];
}
