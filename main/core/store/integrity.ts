import type { Db } from './connection';
import { StoreError } from './errors';
import { fileStamp, renameStoreFiles } from './files';

/**
 * A damaged store is set aside, not repaired and not deleted: the app starts on a fresh store with the
 * embedded report, the user is told where the damaged file went, and whoever supports them can still try to
 * recover notes from it. Damage means SQLite itself says so (not a database, corrupt pages, a failed quick
 * check) — never a file we merely may not read (permissions), which is left alone and refused as before.
 */

const damageCodes = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

/** True when `error` (or what it wraps) is SQLite reporting a damaged file. */
export function isDamagedStoreError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && damageCodes.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * SQLite's quick check of every page and index (`PRAGMA quick_check`: linear in the file's size, a few
 * milliseconds for a store of a few briefings). Returns the problems found; empty when the store is sound.
 */
export function integrityProblems(db: Db): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
  return problems;
}

/** Throws a damage StoreError when the quick check finds anything. */
export function assertSound(db: Db, path: string): void {
  const problems = integrityProblems(db);
  if (problems.length === 0) return;
  const error = new StoreError('DB_UNREADABLE', `数据库 ${path} 已损坏：${problems.slice(0, 3).join('；')}`);
  throw Object.assign(error, { cause: { code: 'SQLITE_CORRUPT' } });
}

/** Move the store file and its WAL and shared-memory files to `<path>.damaged-<time>`; returns the new path. */
export function setAsideDamagedStore(path: string, now: () => Date = () => new Date()): string {
  const target = `${path}.damaged-${fileStamp(now)}`;
  renameStoreFiles(path, target);
  return target;
}
