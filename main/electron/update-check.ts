/**
 * The internal update feed at run time. Only a package built with BRIEFING_UPDATE_URL (scripts/update-feed.ts)
 * has resources/app-update.yml; without it nothing here runs and the app never looks for updates.
 * With it, the check runs in the background a while after start: a laptop presenting offline must never wait
 * for an unreachable server, and a presenter must never see an update dialog mid-meeting. A new version is
 * downloaded quietly and installed when the app is next closed.
 *
 * No `electron` import: the updater is handed in, so this is unit-tested with a fake.
 */

/** The part of electron-updater's AppUpdater used here. */
export interface FeedUpdater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  checkForUpdates(): Promise<unknown>;
}

export const updateConfigFileName = 'app-update.yml';

/** How long after start the check waits, so it never competes with opening the first slide. */
export const updateCheckDelayMs = 30_000;

export interface UpdateCheckDeps {
  loadUpdater: () => Promise<FeedUpdater>;
  log: (message: string) => void;
  schedule?: (run: () => void, delayMs: number) => void;
}

/** Schedules one background check and returns at once; any failure (no network, bad feed) is only logged. */
export function scheduleUpdateCheck({ loadUpdater, log, schedule = defaultSchedule }: UpdateCheckDeps): void {
  schedule(() => {
    loadUpdater()
      .then((updater) => {
        updater.autoDownload = true;
        updater.autoInstallOnAppQuit = true;
        return updater.checkForUpdates();
      })
      .then(
        () => log('Briefing: update feed checked'),
        (error: unknown) => log(`Briefing: update feed not reachable, carrying on: ${error instanceof Error ? error.message : String(error)}`),
      );
  }, updateCheckDelayMs);
}

function defaultSchedule(run: () => void, delayMs: number): void {
  // unref: a pending check never keeps the app from quitting.
  setTimeout(run, delayMs).unref();
}
