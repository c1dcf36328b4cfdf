import { describe, expect, it, vi } from 'vitest';
import { scheduleUpdateCheck, updateCheckDelayMs, type FeedUpdater } from '../../../main/electron/update-check';

function fakeUpdater(check: () => Promise<unknown>): FeedUpdater {
  return { autoDownload: false, autoInstallOnAppQuit: false, checkForUpdates: vi.fn(check) };
}

/** Collects scheduled runs instead of waiting for them. */
function manualSchedule() {
  const runs: { run: () => void; delayMs: number }[] = [];
  return { runs, schedule: (run: () => void, delayMs: number) => void runs.push({ run, delayMs }) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('scheduleUpdateCheck', () => {
  it('returns at once and loads nothing until the delay after start has passed', () => {
    const { runs, schedule } = manualSchedule();
    const loadUpdater = vi.fn(() => Promise.resolve(fakeUpdater(() => Promise.resolve())));
    scheduleUpdateCheck({ loadUpdater, log: vi.fn(), schedule });
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.delayMs).toBe(updateCheckDelayMs);
    expect(updateCheckDelayMs).toBeGreaterThanOrEqual(10_000);
  });

  it('downloads quietly and installs on quit, never asking mid-meeting', async () => {
    const { runs, schedule } = manualSchedule();
    const updater = fakeUpdater(() => Promise.resolve({ updateInfo: { version: '0.2.0' } }));
    const log = vi.fn();
    scheduleUpdateCheck({ loadUpdater: () => Promise.resolve(updater), log, schedule });
    runs[0]?.run();
    await settle();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(log).toHaveBeenCalledWith('Briefing: update feed checked');
  });

  it('only logs when the feed cannot be reached or the updater cannot load: nothing is thrown, nothing waits', async () => {
    const { runs, schedule } = manualSchedule();
    const log = vi.fn();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      scheduleUpdateCheck({ loadUpdater: () => Promise.resolve(fakeUpdater(() => Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED')))), log, schedule });
      scheduleUpdateCheck({ loadUpdater: () => Promise.reject(new Error('cannot find module')), log, schedule });
      for (const { run } of runs) expect(() => run()).not.toThrow();
      await settle();
      await settle();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
    expect(unhandled).not.toHaveBeenCalled();
    expect(log.mock.calls.map(([message]) => message).sort()).toEqual([
      'Briefing: update feed not reachable, carrying on: cannot find module',
      'Briefing: update feed not reachable, carrying on: net::ERR_NAME_NOT_RESOLVED',
    ]);
  });

  it('uses a timer that never keeps the app from quitting', () => {
    const unref = vi.fn();
    const spy = vi.spyOn(globalThis, 'setTimeout').mockReturnValue({ unref } as unknown as ReturnType<typeof setTimeout>);
    try {
      scheduleUpdateCheck({ loadUpdater: vi.fn(), log: vi.fn() });
    } finally {
      spy.mockRestore();
    }
    expect(unref).toHaveBeenCalled();
  });
});
