import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from './errors';
import { fileStamp } from './files';
import { latestVersion, migrations } from './migrations/index';
import type { Migration } from './migrations/types';

export type Db = Database.Database;

export interface OpenOptions {
  /** Schema steps to apply; tests pass a prefix to build an older database. */
  readonly migrations?: readonly Migration[];
  /** Clock for backup names; tests pin it. */
  readonly now?: () => Date;
}

export interface OpenedStore {
  readonly db: Db;
  /** Version found on disk before migrating (0 for a new file). */
  readonly fromVersion: number;
  /** Path of the copy taken before migrating an existing database, if one was taken. */
  readonly backupPath: string | null;
}

/**
 * Open (creating if needed) and migrate the store at `path`.
 *
 * The version is read on a read-only handle first: a database written by a newer app is refused before we
 * open it for writing, because even switching it to WAL would change its bytes.
 */
export function openStore(path: string, options: OpenOptions = {}): OpenedStore {
  const steps = options.migrations ?? migrations;
  const target = steps.at(-1)?.version ?? 0;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });

  const onDisk = path === ':memory:' ? 0 : readVersionReadOnly(path);
  if (onDisk > Math.max(target, latestVersion)) {
    throw new StoreError(
      'DB_TOO_NEW',
      `数据库 ${path} 由更新版本的 Briefing 创建（结构版本 ${onDisk}，本程序支持到 ${latestVersion}）。` +
        `请升级 Briefing 后再打开；文件未做任何改动。`,
    );
  }

  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const backupPath = onDisk > 0 && onDisk < target ? backupBeforeMigrating(db, path, onDisk, options.now) : null;
    migrate(db, steps);
    return { db, fromVersion: onDisk, backupPath };
  } catch (error) {
    db.close();
    throw error;
  }
}

function readVersionReadOnly(path: string): number {
  let probe: Db;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'SQLITE_CANTOPEN') return 0; // no file yet
    throw unreadable(path, error);
  }
  try {
    return Number(probe.pragma('user_version', { simple: true }));
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    probe.close();
  }
}

function unreadable(path: string, cause: unknown): StoreError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  // The cause stays attached: whether SQLite called the file damaged decides whether it may be set aside.
  return Object.assign(new StoreError('DB_UNREADABLE', `无法读取数据库 ${path}：${detail}。文件未做任何改动。`), { cause });
}

/** A consistent copy (WAL content included) next to the database, named after the version it holds. */
function backupBeforeMigrating(db: Db, path: string, fromVersion: number, now: () => Date = () => new Date()): string {
  const backupPath = `${path}.v${fromVersion}-${fileStamp(now)}.bak`;
  db.prepare('VACUUM INTO ?').run(backupPath);
  return backupPath;
}

/** Apply each pending step in its own transaction, stamping `user_version` inside the same transaction. */
function migrate(db: Db, steps: readonly Migration[]): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  for (const step of steps) {
    if (step.version <= current) continue;
    db.transaction(() => {
      step.up(db);
      // PRAGMA takes no bound parameters; the version is an integer constant from our own code.
      db.pragma(`user_version = ${Math.trunc(step.version)}`);
    })();
  }
}

export function closeStore(db: Db): void {
  if (db.open) db.close();
}
