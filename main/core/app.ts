import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from './briefings/library';
import type { HandlerContext } from './handlers/types';
import { closeStore, openStore, type Db, type OpenedStore } from './store/connection';
import { applyPendingRestore } from './store/backup';
import { assertSound, isDamagedStoreError, setAsideDamagedStore } from './store/integrity';

/** The report a fresh install opens on, shipped unchanged in data/. */
export const defaultReportFileName = '000_4400adb43caeaed0.txt';

export interface AppCore extends HandlerContext {
  readonly db: Db;
  readonly dbPath: string;
  readonly backupPath: string | null;
  /** Where a damaged store found at start was moved (the app then started on a fresh one), else null. */
  readonly setAsidePath: string | null;
  /** A backup staged for restore was put in place at this start; the store it replaced was kept here. */
  readonly replacedByRestorePath: string | null;
  close(): void;
}

/**
/**
 * Open the store at `dbPath`, check it, migrate it, purge the briefings deleted in the last session (their
 * undo ended with it), and import the embedded report into a store that never had it. For the app (desktop
 * and preview), not the CLI: a CLI run while the app is open must not take away the app's undo. A store
 * SQLite reports damaged is moved aside and a fresh one started, instead of the app failing to start at
 * every launch; anything else (a newer database, a file we may not read) is refused untouched.
 */
export function startCore(dbPath: string, dataDir: string, now: () => Date = () => new Date()): AppCore {
  const replacedByRestorePath = dbPath === ':memory:' ? null : applyPendingRestore(dbPath, now);
  const { db, backupPath, setAsidePath } = openSoundStore(dbPath, now);
  try {
    const text = readFileSync(join(dataDir, defaultReportFileName), 'utf8');
    openLibrary(db, { name: defaultReportFileName, text });
  } catch (error) {
    closeStore(db);
    throw error;
  }
  return { db, dbPath, backupPath, setAsidePath, replacedByRestorePath, close: () => closeStore(db) };
}

function openSoundStore(dbPath: string, now: () => Date): OpenedStore & { readonly setAsidePath: string | null } {
  try {
    const opened = openStore(dbPath, { now });
    try {
      if (dbPath !== ':memory:') assertSound(opened.db, dbPath);
    } catch (error) {
      closeStore(opened.db);
      throw error;
    }
    return { ...opened, setAsidePath: null };
  } catch (error) {
    if (!isDamagedStoreError(error)) throw error;
    const setAsidePath = setAsideDamagedStore(dbPath, now);
    return { ...openStore(dbPath, { now }), setAsidePath };
  }
}

/**
 * Where the store lives outside Electron: `--db`, else BRIEFING_DB, else the same per-user folder that
 * Electron's `userData` uses for an app named Briefing, so the preview and the desktop app share one store.
 */
export function resolveDbPath(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return explicit;
  if (env.BRIEFING_DB) return env.BRIEFING_DB;
  return join(userDataDir(env), storeFileName);
}

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Briefing');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Briefing');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Briefing');
}

/** File name of the store inside a userData folder. */
export const storeFileName = 'briefing.db';
