import { existsSync, renameSync } from 'node:fs';

/** A time as part of a file name (no colons or dots): 2026-12-02T10-00-00-000Z. */
export function fileStamp(now: () => Date = () => new Date()): string {
  return now().toISOString().replace(/[:.]/g, '-');
}

/**
 * Rename a store file together with its WAL and shared-memory files (those that exist), the WAL first: a
 * main file moved without its WAL would be read later without its last commits. Same folder, so each move is
 * a rename, never a copy that could fail halfway.
 */
export function renameStoreFiles(from: string, to: string): void {
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(from + suffix)) renameSync(from + suffix, to + suffix);
  }
}
