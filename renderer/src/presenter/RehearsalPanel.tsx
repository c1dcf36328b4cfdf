import { useEffect, useState } from 'react';
import type { Slide } from '../../../main/shared/deck';
import type { DeckEdit, EditedDeck } from '../../../main/shared/deck-edits';
import { formatMinutes } from '../../../main/shared/meeting-plan';
import type { BriefingApi } from '../api/client';
import type { DeckEngine } from '../deck/engine';
import { useDeckState } from '../deck/useDeckState';
import { keepFocusOnPress } from '../ui/keep-focus';
import { formatClock } from './meeting-progress';
import { rehearsalEdits } from './rehearsal';
import { banked, follow, noSlideTimes, spentMs, totalMs } from './slide-times';
import { useSlideTimes } from './useSlideTimes';

interface RehearsalPanelProps {
  readonly api: BriefingApi;
  readonly deck: DeckEngine;
  readonly slides: readonly Slide[];
  readonly briefingId: number;
  /** The deck as stored after the rehearsal's times were set as its budget. */
  readonly onApplied: (edited: EditedDeck) => void;
  readonly onClose: () => void;
}

const minutesOf = (edits: readonly DeckEdit[]): number => edits.reduce((sum, edit) => sum + (edit.op === 'minutes' ? edit.minutes : 0), 0);

type Outcome = { readonly kind: 'applied'; readonly slides: number; readonly minutes: number } | { readonly kind: 'failed'; readonly message: string };

/**
 * 彩排: a run through the deck that records the time spent on each slide (pausable, restartable), and at
 * the end can set those times as the slides' budgets. The recording lives in this panel's memory only: a
 * rehearsal is one sitting, and closing the panel discards it. It takes over the timer's place while open,
 * so a rehearsal does not start the talk's timer.
 */
export function RehearsalPanel({ api, deck, slides, briefingId, onApplied, onClose }: RehearsalPanelProps) {
  const index = useDeckState(deck, (s) => s.index);
  const [running, setRunning] = useState(true);
  const [finished, setFinished] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const key = slides[index]?.key ?? slides[index]?.id ?? null;
  const countingOn = running && !finished ? key : null;
  // Every change of what is counted sets `now` in the same update: the stretch ends when it happened.
  const [times, setTimes] = useSlideTimes(() => follow(noSlideTimes, key, now), countingOn, now);
  useEffect(() => deck.subscribe((state, previous) => void (state.index !== previous.index && setNow(Date.now()))), [deck]);
  useEffect(() => {
    if (countingOn === null) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [countingOn]);

  const restart = (): void => {
    const at = Date.now();
    setNow(at);
    setFinished(false);
    setOutcome(null);
    setRunning(true);
    setTimes(follow(noSlideTimes, key, at));
  };
  const pauseOrGoOn = (): void => {
    setNow(Date.now());
    setRunning((value) => !value);
  };
  const finish = (): void => {
    setNow(Date.now());
    setFinished(true);
  };
  const edits = finished ? rehearsalEdits(slides, banked(times, now)) : [];
  const apply = async (): Promise<void> => {
    setBusy(true);
    const result = await api.call('deck:applyEdits', { briefingId, edits });
    setBusy(false);
    if (!result.ok) return setOutcome({ kind: 'failed', message: result.error.message });
    setOutcome({ kind: 'applied', slides: edits.length, minutes: minutesOf(edits) });
    onApplied(result.value);
  };

  return (
    <section className="presenter-rehearsal" aria-label="彩排" onMouseDown={keepFocusOnPress} data-state={finished ? 'finished' : running ? 'running' : 'paused'}>
      <p className="presenter-rehearsal-head">
        <span className="presenter-rehearsal-badge">彩排</span>
        {finished ? '已结束' : running ? '正在记录每张用时' : '已暂停'}
      </p>
      <output className="presenter-elapsed" data-running={countingOn !== null}>
        {formatClock(totalMs(times, now))}
      </output>
      <p className="presenter-rehearsal-slide">
        本张 {key === null ? '0:00' : formatClock(spentMs(times, key, now))} · 已记录 {Object.keys(banked(times, now)).length} 张
      </p>
      {finished ? (
        <div className="presenter-rehearsal-result">
          {outcome?.kind === 'applied' ? (
            <p role="status">
              已为 {outcome.slides} 张幻灯片设定时间预算，共约 {formatMinutes(outcome.minutes)}（可撤销）
            </p>
          ) : edits.length === 0 ? (
            <p role="status">没有停留 5 秒以上的幻灯片，无可设定的时间。</p>
          ) : (
            <>
              <p>
                {edits.length} 张幻灯片，合计约 {formatMinutes(minutesOf(edits))}（按半分钟取整，停留不足 5 秒的不计）
              </p>
              <button type="button" className="is-primary" disabled={busy} onClick={() => void apply()}>
                将彩排用时设为时间预算
              </button>
            </>
          )}
          {outcome?.kind === 'failed' && <p role="alert">未能设定时间预算：{outcome.message}</p>}
        </div>
      ) : null}
      <div className="presenter-timer-buttons">
        {!finished && (
          <button type="button" onClick={pauseOrGoOn}>
            {running ? '暂停' : '继续'}
          </button>
        )}
        {!finished && (
          <button type="button" onClick={finish}>
            结束彩排
          </button>
        )}
        <button type="button" onClick={restart}>
          重新开始
        </button>
        <button type="button" onClick={onClose}>
          {finished ? '关闭' : '退出'}
        </button>
      </div>
    </section>
  );
}
