import { useEffect, useState } from 'react';

/** 0:07:05 → "07:05"; an hour or more → "1:07:05". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

interface TimerState {
  /** When the running stretch began (performance.now()), null while paused. */
  readonly since: number | null;
  /** Time counted before the running stretch. */
  readonly banked: number;
}

/** Elapsed time of the talk, started, paused and reset by the presenter. Only this re-renders every second. */
export function PresenterTimer() {
  const [timer, setTimer] = useState<TimerState>({ since: null, banked: 0 });
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (timer.since === null) return;
    const tick = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(tick);
  }, [timer.since]);

  const elapsed = timer.banked + (timer.since === null ? 0 : Math.max(0, now - timer.since));
  const running = timer.since !== null;
  const toggle = (): void => {
    const at = performance.now();
    setNow(at);
    setTimer(running ? { since: null, banked: elapsed } : { since: at, banked: timer.banked });
  };
  const reset = (): void => {
    const at = performance.now();
    setNow(at);
    setTimer({ since: running ? at : null, banked: 0 });
  };

  return (
    <section className="presenter-timer" aria-label="计时">
      <span className="presenter-label">已用时间</span>
      <output className="presenter-elapsed" aria-live="off" data-running={running}>
        {formatElapsed(elapsed)}
      </output>
      <div className="presenter-timer-buttons">
        <button type="button" onClick={toggle}>
          {running ? '暂停' : elapsed > 0 ? '继续' : '开始'}
        </button>
        <button type="button" onClick={reset} disabled={elapsed === 0 && !running}>
          重置
        </button>
      </div>
    </section>
  );
}
