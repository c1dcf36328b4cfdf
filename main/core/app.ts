import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from './briefings/library';
import type { HandlerContext } from './handlers/types';
import { closeStore, openStore, type Db } from './store/connection';

/** The report a fresh install opens on, shipped unchanged in data/. */
export const defaultReportFileName = '000_4400adb43caeaed0.txt';

export interface AppCore extends HandlerContext {
  readonly db: Db;
  readonly dbPath: string;
  readonly backupPath: string | null;
  close(): void;
}

/**
 * Open the store at `dbPath`, migrate it, purge the briefings deleted in the last session (their undo ended
 * with it), and import the embedded report into a store that never had it. For the app (desktop and
 * preview), not the CLI: a CLI run while the app is open must not take away the app's undo.
 */
export function startCore(dbPath: string, dataDir: string): AppCore {
  const { db, backupPath } = openStore(dbPath);
  try {
    const text = readFileSync(join(dataDir, defaultReportFileName), 'utf8');
    openLibrary(db, { name: defaultReportFileName, text });
  } catch (error) {
    closeStore(db);
    throw error;
  }
  return { db, dbPath, backupPath, close: () => closeStore(db) };
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
