/**
 * Time spent per slide, as data: what the meeting's section clock and a rehearsal both record. It follows
 * one thing, the slide the time goes to (null while paused); each change banks the stretch that ended.
 * Pure functions of (times, now): the caller passes the clock, so tests pass a fake one.
 */
export interface SlideTimes {
  /** Banked time per slide key, in ms. */
  readonly spent: Readonly<Record<string, number>>;
  /** The slide the running stretch counts for; null while paused or not started. */
  readonly on: string | null;
  /** Date.now() when the running stretch began; null while paused. */
  readonly since: number | null;
}

export const noSlideTimes: SlideTimes = { spent: {}, on: null, since: null };

/** Count from now on for `on` (null pauses): the stretch that ends is banked on its slide. */
export function follow(times: SlideTimes, on: string | null, now: number): SlideTimes {
  if (times.on === on) return times;
  return { spent: banked(times, now), on, since: on === null ? null : now };
}

/** The time spent on a slide so far, the running stretch included. */
export function spentMs(times: SlideTimes, key: string, now: number): number {
  const running = times.on === key && times.since !== null ? Math.max(0, now - times.since) : 0;
  return (times.spent[key] ?? 0) + running;
}

/** Every slide's time so far, the running stretch included. */
export function banked(times: SlideTimes, now: number): Record<string, number> {
  const spent = { ...times.spent };
  if (times.on !== null && times.since !== null) spent[times.on] = (spent[times.on] ?? 0) + Math.max(0, now - times.since);
  return spent;
}

/** The time spent on all slides so far. */
export function totalMs(times: SlideTimes, now: number): number {
  return Object.values(banked(times, now)).reduce((sum, ms) => sum + ms, 0);
}

/** Times read back from storage, or nothing when they are not times (another version, a damaged value). */
export function parseSlideTimes(text: string | null): SlideTimes {
  if (text === null) return noSlideTimes;
  try {
    const value = JSON.parse(text) as Partial<SlideTimes>;
    const spent = value.spent && typeof value.spent === 'object' ? value.spent : null;
    const ok =
      spent !== null &&
      Object.values(spent).every((ms) => typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) &&
      (value.on === null || typeof value.on === 'string') &&
      (value.since === null || typeof value.since === 'number') &&
      (value.on === null) === (value.since === null);
    return ok ? { spent, on: value.on ?? null, since: value.since ?? null } : noSlideTimes;
  } catch {
    return noSlideTimes;
  }
}
