import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import type { Db } from './connection';
import { StoreError } from './errors';
import { fileStamp, renameStoreFiles } from './files';
import { integrityProblems } from './integrity';
import { latestVersion } from './migrations/index';

/**
 * 备份 / 恢复 of the whole store. A backup is SQLite's online backup of the open store — a consistent copy
 * while the app runs, notes being written included or not, never half. A restore cannot swap the file under
 * the open store: it is checked, staged beside the store as `<store>.restore-pending`, and put in place at the
 * next start (the app restarts for it), the current store kept as `<store>.before-restore-<time>`.
 */

const pendingSuffix = '.restore-pending';

/** Write a consistent copy of `db` to `target`: into a temporary file first, renamed when complete. */
export async function backupStoreTo(db: Db, target: string): Promise<void> {
  const partial = `${target}.partial`;
  try {
    await db.backup(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    const detail = error instanceof Error ? error.message : String(error);
    throw new StoreError('DB_UNREADABLE', `无法写入备份 ${target}：${detail}`);
  }
}

export interface BackupFacts {
  readonly version: number;
  readonly briefings: number;
}

/** Read a chosen file as a Briefing backup, or refuse it in words the user can act on. Nothing is written. */
export function checkBackupFile(path: string): BackupFacts {
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreError('DB_UNREADABLE', `无法打开 ${path}：${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > latestVersion) {
      throw new StoreError('DB_TOO_NEW', `备份 ${path} 由更新版本的 Briefing 创建（结构版本 ${version}），请先升级 Briefing。`);
    }
    const hasBriefings = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'briefings'").get() !== undefined;
    if (version === 0 || !hasBriefings) throw new StoreError('DB_UNREADABLE', `${path} 不是 Briefing 的备份文件。`);
    const problems = integrityProblems(db);
    if (problems.length > 0) throw new StoreError('DB_UNREADABLE', `备份 ${path} 已损坏：${problems.slice(0, 3).join('；')}`);
    const { count } = db.prepare('SELECT count(*) AS count FROM briefings').get() as { count: number };
    return { version, briefings: count };
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError('DB_UNREADABLE', `${path} 不是可用的 Briefing 备份：${error instanceof Error ? error.message : String(error)}`);
  } finally {
    db.close();
  }
}

/** Check `backupPath` and stage a copy of it to replace the store at `storePath` at the next start. */
export function stageRestore(storePath: string, backupPath: string): BackupFacts {
  const facts = checkBackupFile(backupPath);
  const pending = storePath + pendingSuffix;
  copyFileSync(backupPath, `${pending}.partial`);
  renameSync(`${pending}.partial`, pending);
  return facts;
}

/**
 * At start, before the store is opened: put a staged restore in place. The current store (with its WAL and
 * shared memory) is kept, renamed, never deleted. Returns where it went, or null when nothing was staged.
 */
export function applyPendingRestore(storePath: string, now: () => Date = () => new Date()): string | null {
  const pending = storePath + pendingSuffix;
  if (!existsSync(pending)) return null;
  const kept = `${storePath}.before-restore-${fileStamp(now)}`;
  renameStoreFiles(storePath, kept);
  renameSync(pending, storePath);
  return kept;
}
