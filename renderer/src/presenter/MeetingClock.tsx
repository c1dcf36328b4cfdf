import type { Slide } from '../../../main/shared/deck';
import type { MeetingPlan } from '../../../main/shared/meeting-plan';
import { formatClock, meetingProgress, paceOf, paceText, segmentProgress, type SegmentProgress } from './meeting-progress';
import type { SlideTimes } from './slide-times';

interface MeetingClockProps {
  readonly plan: MeetingPlan;
  readonly slides: readonly Slide[];
  readonly index: number;
  readonly times: SlideTimes;
  /** The talk timer's elapsed time: the meeting's. */
  readonly elapsedMs: number;
  readonly now: number;
}

const scopeName = { part: '本部分', section: '本节', slide: '本张' } as const;

/** What the segment's status line says, in words (never by colour alone). */
function segmentText(progress: SegmentProgress): string {
  if (progress.state === 'over') return `超时 ${formatClock(progress.remainingMs)}`;
  if (progress.state === 'warning') return `还剩 ${formatClock(progress.remainingMs)} · 请收尾`;
  return `剩余 ${formatClock(progress.remainingMs)}`;
}

/**
 * Elapsed against planned for the segment the presenter is in and for the whole meeting, with the warning a
 * minute before the segment's time is up. Both rows keep their height whatever they say: nothing on the
 * presenter's screen moves when a state changes. Shown only when the deck has a time plan.
 */
export function MeetingClock({ plan, slides, index, times, elapsedMs, now }: MeetingClockProps) {
  const segment = segmentProgress(plan, slides, index, times, now);
  const meeting = meetingProgress(plan, segment, index, elapsedMs);
  if (!meeting) return null;
  const pace = paceOf(meeting.paceMs);
  return (
    <div className="presenter-plan" aria-label="时间计划" role="group">
      <div className="presenter-plan-row" data-scope="segment" data-state={segment?.state ?? 'none'}>
        <span className="presenter-plan-name" title={segment?.segment.title}>
          {segment ? `${scopeName[segment.segment.scope]} · ${segment.segment.title}` : '本张未计入时间预算'}
        </span>
        <span className="presenter-plan-times">{segment ? `${formatClock(segment.elapsedMs)} / ${formatClock(segment.plannedMs)}` : ''}</span>
        <span className="presenter-plan-status" role="status">
          {segment ? segmentText(segment) : ''}
        </span>
      </div>
      <div className="presenter-plan-row" data-scope="meeting" data-pace={pace}>
        <span className="presenter-plan-name">全场</span>
        <span className="presenter-plan-times">
          {formatClock(meeting.elapsedMs)} / {formatClock(meeting.plannedMs)}
        </span>
        <span className="presenter-plan-status">{paceText(meeting.paceMs)}</span>
      </div>
    </div>
  );
}
