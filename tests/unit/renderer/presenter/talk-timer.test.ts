import { describe, expect, it } from 'vitest';
import {
  elapsedMs,
  formatElapsed,
  isRunning,
  loadTimer,
  newTimer,
  onAdvance,
  parseTargetMinutes,
  remainingMs,
  reset,
  saveTimer,
  timerKey,
  toggle,
} from '../../../../renderer/src/presenter/talk-timer';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (at) => [...items.keys()][at] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the talk timer', () => {
  it('counts running stretches and banks them when paused', () => {
    let timer = toggle(newTimer, 1_000);
    expect(isRunning(timer)).toBe(true);
    expect(elapsedMs(timer, 61_000)).toBe(60_000);
    timer = toggle(timer, 61_000);
    expect(elapsedMs(timer, 999_000)).toBe(60_000);
    timer = toggle(timer, 100_000);
    expect(elapsedMs(timer, 130_000)).toBe(90_000);
    expect(elapsedMs(reset(timer, 130_000), 140_000)).toBe(10_000);
    expect(elapsedMs(reset(toggle(timer, 130_000), 130_000), 999_000)).toBe(0);
  });

  it('starts by itself on the first advance only when fresh and asked to', () => {
    expect(onAdvance(newTimer, 5).since).toBe(5);
    expect(onAdvance({ ...newTimer, autoStart: false }, 5).since).toBeNull();
    const paused = toggle(toggle(newTimer, 0), 10);
    expect(onAdvance(paused, 20)).toBe(paused);
  });

  it('counts down to a target and goes negative once over', () => {
    const timer = { ...toggle(newTimer, 0), targetMinutes: 20 };
    expect(remainingMs(timer, 5 * 60_000)).toBe(15 * 60_000);
    expect(remainingMs(timer, 21 * 60_000)).toBe(-60_000);
    expect(remainingMs(newTimer, 0)).toBeNull();
    expect(formatElapsed(-60_000)).toBe('01:00');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });

  it('takes whole minutes from 1 to 600 as a target, nothing else', () => {
    expect(parseTargetMinutes(' 20 ')).toBe(20);
    for (const bad of ['', '0', '601', '1.5', '-3', 'abc', '1e2']) expect(parseTargetMinutes(bad)).toBeNull();
  });

  it('survives a reload: stored per briefing, damaged values fall back', () => {
    const storage = memoryStorage();
    const timer = { since: 1_000, banked: 5_000, targetMinutes: 30, autoStart: false };
    saveTimer(storage, 7, timer);
    expect(loadTimer(storage, 7)).toEqual(timer);
    expect(loadTimer(storage, 8)).toEqual(newTimer);
    storage.setItem(timerKey(9), '{"since":"x","banked":-4,"targetMinutes":9999,"autoStart":1}');
    expect(loadTimer(storage, 9)).toEqual(newTimer);
    storage.setItem(timerKey(9), 'not json');
    expect(loadTimer(storage, 9)).toEqual(newTimer);
  });
});
