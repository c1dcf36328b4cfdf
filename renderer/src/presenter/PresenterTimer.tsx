import { useEffect, useState, type FormEvent } from 'react';
import type { Slide } from '../../../main/shared/deck';
import type { MeetingPlan } from '../../../main/shared/meeting-plan';
import type { DeckEngine } from '../deck/engine';
import { useDeckState } from '../deck/useDeckState';
import { keepFocusOnPress } from '../ui/keep-focus';
import {
  elapsedMs,
  formatElapsed,
  isFresh,
  isRunning,
  loadTimer,
  maxTargetMinutes,
  onAdvance,
  parseTargetMinutes,
  remainingMs,
  reset,
  saveTimer,
  toggle,
  type TalkTimer,
} from './talk-timer';
import { MeetingClock } from './MeetingClock';
import { follow, noSlideTimes, parseSlideTimes, type SlideTimes } from './slide-times';
import { useSlideTimes } from './useSlideTimes';

interface PresenterTimerProps {
  readonly deck: DeckEngine;
  readonly briefingId: number;
  readonly slides: readonly Slide[];
  /** The deck's time plan: with one, elapsed against planned for the current segment and the meeting. */
  readonly plan: MeetingPlan;
  /** Where the focus goes after the target is typed, so the keys reach the slides again. */
  readonly returnFocus: () => void;
}

/** Where a briefing's per-slide meeting times are kept, beside its timer (localStorage, as the timer). */
const meetingTimesKey = (briefingId: number): string => `briefing-meeting-times-${briefingId}`;

function saveTimes(briefingId: number, times: SlideTimes): void {
  try {
    localStorage.setItem(meetingTimesKey(briefingId), JSON.stringify(times));
  } catch {
    // Storage full or disabled: the times still count for this window.
  }
}

/**
 * The talk's time: elapsed, and with a target the time left (in colour once over), started by hand or by
 * the first advance. Stored per briefing, so a reload or a reopened presenter window keeps counting.
 * While the timer runs, the time also goes to the slide on screen (slide-times.ts), which is what the
 * meeting clock measures a segment by. Only this re-renders every second.
 */
export function PresenterTimer({ deck, briefingId, slides, plan, returnFocus }: PresenterTimerProps) {
  const [timer, setTimerState] = useState<TalkTimer>(() => loadTimer(localStorage, briefingId));
  const [now, setNow] = useState(() => Date.now());
  const index = useDeckState(deck, (s) => s.index);
  const [targetText, setTargetText] = useState(() => (timer.targetMinutes === null ? '' : String(timer.targetMinutes)));

  const setTimer = (change: (timer: TalkTimer, now: number) => TalkTimer): void => {
    const at = Date.now();
    setNow(at);
    setTimerState((current) => {
      const next = change(current, at);
      if (next !== current) saveTimer(localStorage, briefingId, next);
      return next;
    });
  };

  useEffect(() => {
    if (!isRunning(timer)) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer]);

  // The first move to another slide starts a fresh timer when 翻页时自动开始 is on.
  useEffect(
    () =>
      deck.subscribe((state, previous) => {
        if (state.index === previous.index) return;
        const at = Date.now();
        setNow(at);
        setTimerState((current) => {
          const next = onAdvance(current, at);
          if (next !== current) saveTimer(localStorage, briefingId, next);
          return next;
        });
      }),
    [deck, briefingId],
  );

  const running = isRunning(timer);
  // The running timer's time goes to the slide on screen; a paused one's to none (`now` is set by each change).
  const countingOn = running ? (slides[index]?.key ?? slides[index]?.id ?? null) : null;
  const [times, setTimes] = useSlideTimes(() => parseSlideTimes(localStorage.getItem(meetingTimesKey(briefingId))), countingOn, now);
  useEffect(() => saveTimes(briefingId, times), [briefingId, times]);
  const resetTimes = (): void => setTimes(follow(noSlideTimes, countingOn, Date.now()));

  const elapsed = elapsedMs(timer, now);
  const remaining = remainingMs(timer, now);
  const over = remaining !== null && remaining < 0;

  const commitTarget = (event?: FormEvent): void => {
    event?.preventDefault();
    const minutes = parseTargetMinutes(targetText);
    setTargetText(minutes === null ? '' : String(minutes));
    setTimer((current) => (current.targetMinutes === minutes ? current : { ...current, targetMinutes: minutes }));
    if (event) returnFocus();
  };

  return (
    <section className="presenter-timer" aria-label="计时" data-over={over} onMouseDown={keepFocusOnPress}>
      <span className="presenter-label">已用时间</span>
      <output className="presenter-elapsed" aria-live="off" data-running={running}>
        {formatElapsed(elapsed)}
      </output>
      {remaining !== null && (
        <p className="presenter-remaining" data-over={over}>
          {over ? `超时 ${formatElapsed(remaining)}` : `剩余 ${formatElapsed(remaining)}`}
        </p>
      )}
      <MeetingClock plan={plan} slides={slides} index={index} times={times} elapsedMs={elapsed} now={now} />
      <div className="presenter-timer-buttons">
        <button type="button" onClick={() => setTimer(toggle)}>
          {running ? '暂停' : isFresh(timer) ? '开始' : '继续'}
        </button>
        <button
          type="button"
          onClick={() => {
            setTimer(reset);
            resetTimes();
          }}
          disabled={elapsed === 0 && !running}
        >
          重置
        </button>
      </div>
      <form className="presenter-timer-settings" onSubmit={commitTarget}>
        <label>
          目标时长
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={maxTargetMinutes}
            step={1}
            placeholder="不限"
            value={targetText}
            onChange={(event) => setTargetText(event.target.value)}
            onBlur={() => commitTarget()}
          />
          分钟
        </label>
        <label className="presenter-autostart">
          <input
            type="checkbox"
            checked={timer.autoStart}
            onChange={(event) => {
              const autoStart = event.target.checked;
              setTimer((current) => ({ ...current, autoStart }));
            }}
          />
          翻页时自动开始
        </label>
      </form>
    </section>
  );
}
