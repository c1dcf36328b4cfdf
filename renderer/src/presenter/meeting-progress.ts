/**
 * Elapsed against planned, for the segment of the meeting the presenter is in (the budget the current slide
 * is presented under, shared/meeting-plan.ts) and for the whole meeting. Pure functions of the plan, the
 * per-slide times and `now`: the view passes the clock.
 */
import type { Slide } from '../../../main/shared/deck';
import type { MeetingPlan, PlanSegment } from '../../../main/shared/meeting-plan';
import { spentMs, type SlideTimes } from './slide-times';

/** The segment's warning comes this long before its time is up. */
export const warningMs = 60_000;
/** Closer to the plan than this counts as on plan: a few seconds either way is no news to the presenter. */
export const onPlanMs = 5_000;

export type SegmentState = 'on-time' | 'warning' | 'over';

export interface SegmentProgress {
  readonly segment: PlanSegment;
  readonly elapsedMs: number;
  readonly plannedMs: number;
  /** Negative once over. */
  readonly remainingMs: number;
  readonly state: SegmentState;
}

export interface MeetingProgress {
  readonly elapsedMs: number;
  readonly plannedMs: number;
  /** Negative once over. */
  readonly remainingMs: number;
  /**
   * Behind (positive) or ahead of (negative) the plan: the meeting's elapsed time against the planned time of
   * the segments before the current one plus the time spent in it, counted up to its planned time. Moving on
   * early puts the presenter ahead; staying on past a segment's time puts them behind.
   */
  readonly paceMs: number;
}

const keyOf = (slide: Slide | undefined): string | null => (slide ? (slide.key ?? slide.id) : null);

export function segmentProgress(plan: MeetingPlan, slides: readonly Slide[], index: number, times: SlideTimes, now: number): SegmentProgress | null {
  const at = plan.segmentOf[index];
  const segment = at == null ? undefined : plan.segments[at];
  if (!segment) return null;
  const elapsedMs = segment.slides.reduce((sum, position) => {
    const key = keyOf(slides[position]);
    return key === null ? sum : sum + spentMs(times, key, now);
  }, 0);
  const plannedMs = segment.minutes * 60_000;
  const remainingMs = plannedMs - elapsedMs;
  const state: SegmentState = remainingMs < 0 ? 'over' : remainingMs <= warningMs ? 'warning' : 'on-time';
  return { segment, elapsedMs, plannedMs, remainingMs, state };
}

export function meetingProgress(
  plan: MeetingPlan,
  current: SegmentProgress | null,
  index: number,
  elapsedMs: number,
): MeetingProgress | null {
  if (plan.totalMinutes === null) return null;
  const plannedMs = plan.totalMinutes * 60_000;
  const before = plan.segments.filter((segment) => (current ? segment !== current.segment : true) && (segment.slides[0] ?? 0) < (current?.segment.slides[0] ?? index + 1));
  const plannedBefore = before.reduce((sum, segment) => sum + segment.minutes * 60_000, 0);
  const inCurrent = current ? Math.min(current.elapsedMs, current.plannedMs) : 0;
  return { elapsedMs, plannedMs, remainingMs: plannedMs - elapsedMs, paceMs: elapsedMs - plannedBefore - inCurrent };
}

export type Pace = 'ahead' | 'behind' | 'on-plan';

export function paceOf(paceMs: number): Pace {
  return paceMs >= onPlanMs ? 'behind' : paceMs <= -onPlanMs ? 'ahead' : 'on-plan';
}

/** The pace in words, so it is not told by colour alone: 超时 1:20, 提前 0:45, 按计划. */
export function paceText(paceMs: number): string {
  const pace = paceOf(paceMs);
  return pace === 'behind' ? `超时 ${formatClock(paceMs)}` : pace === 'ahead' ? `提前 ${formatClock(paceMs)}` : '按计划';
}

/** 80 s → "1:20", an hour and more → "1:02:05"; by size (a negative time is written as its size). */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
