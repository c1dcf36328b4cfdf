/**
 * The talk's timer as data: when the running stretch began (wall-clock ms, so it means the same after a
 * reload or in a reopened presenter window), the time banked before it, the target length of the talk and
 * whether it starts by itself on the first advance. Pure functions of (timer, now); the view stores it.
 */
export interface TalkTimer {
  /** Date.now() when the running stretch began; null while paused or never started. */
  readonly since: number | null;
  /** Time counted before the running stretch, in ms. */
  readonly banked: number;
  /** The length the talk should take, in whole minutes; null for none (no countdown). */
  readonly targetMinutes: number | null;
  /** Start on the first move to another slide, so the presenter need not touch the timer at all. */
  readonly autoStart: boolean;
}

export const newTimer: TalkTimer = { since: null, banked: 0, targetMinutes: null, autoStart: true };

/** Longest target accepted: a whole working day. */
export const maxTargetMinutes = 600;

export function elapsedMs(timer: TalkTimer, now: number): number {
  return timer.banked + (timer.since === null ? 0 : Math.max(0, now - timer.since));
}

export const isRunning = (timer: TalkTimer): boolean => timer.since !== null;

/** Never started and nothing counted: what 开始 (or the first advance, with autoStart) starts from. */
export const isFresh = (timer: TalkTimer): boolean => timer.since === null && timer.banked === 0;

export function toggle(timer: TalkTimer, now: number): TalkTimer {
  return isRunning(timer) ? { ...timer, since: null, banked: elapsedMs(timer, now) } : { ...timer, since: now };
}

/** Back to 00:00; a running timer keeps running from zero. */
export function reset(timer: TalkTimer, now: number): TalkTimer {
  return { ...timer, since: isRunning(timer) ? now : null, banked: 0 };
}

/** What the first advance does: start a fresh timer when asked to, leave any other alone. */
export function onAdvance(timer: TalkTimer, now: number): TalkTimer {
  return timer.autoStart && isFresh(timer) ? { ...timer, since: now } : timer;
}

/** A target typed by the presenter: whole minutes from 1 to 600, or null for none (empty, 0, nonsense). */
export function parseTargetMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= 1 && minutes <= maxTargetMinutes ? minutes : null;
}

/** Time left of the target (negative once over), or null without a target. */
export function remainingMs(timer: TalkTimer, now: number): number | null {
  return timer.targetMinutes === null ? null : timer.targetMinutes * 60_000 - elapsedMs(timer, now);
}

/** 0:07:05 → "07:05"; an hour or more → "1:07:05". Negative values are shown by their size. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(Math.abs(ms) / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** The storage key of a briefing's timer (per briefing: two briefings presented in turn keep their own). */
export const timerKey = (briefingId: number): string => `briefing-talk-timer-${briefingId}`;

/** The stored timer, or a new one when nothing (or something damaged) is stored. */
export function loadTimer(storage: Pick<Storage, 'getItem'>, briefingId: number): TalkTimer {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(timerKey(briefingId)) ?? 'null');
  } catch {
    return newTimer;
  }
  if (typeof stored !== 'object' || stored === null) return newTimer;
  const { since, banked, targetMinutes, autoStart } = stored as Partial<Record<keyof TalkTimer, unknown>>;
  const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
  return {
    since: finite(since) ? since : null,
    banked: finite(banked) && banked >= 0 ? banked : 0,
    targetMinutes: finite(targetMinutes) && parseTargetMinutes(String(targetMinutes)) !== null ? targetMinutes : null,
    autoStart: typeof autoStart === 'boolean' ? autoStart : newTimer.autoStart,
  };
}

export function saveTimer(storage: Pick<Storage, 'setItem'>, briefingId: number, timer: TalkTimer): void {
  try {
    storage.setItem(timerKey(briefingId), JSON.stringify(timer));
  } catch {
    // Storage full or disabled: the timer still runs for this window.
  }
}
