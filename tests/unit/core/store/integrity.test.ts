import Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../main/core/app';
import { StoreError } from '../../../../main/core/store/errors';
import { isDamagedStoreError, setAsideDamagedStore } from '../../../../main/core/store/integrity';
import { listBriefings } from '../../../../main/core/store/queries/briefings';
import { dataDir, tempDir } from '../../../support/temp';

const cleanups: (() => void)[] = [];
let core: AppCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function folder(): string {
  const dir = tempDir('briefing-integrity-');
  cleanups.push(dir.cleanup);
  return dir.path;
}

const pinned = () => new Date('2026-12-02T10:00:00.000Z');
const setAsideName = (path: string): string => `${path}.damaged-2026-12-02T10-00-00-000Z`;

/** A real store with the embedded report, closed, whose bytes a test may then damage. */
function storeOnDisk(path: string): void {
  startCore(path, dataDir).close();
}

describe('a damaged store found at start', () => {
  it('a file that is not a database is moved aside, whole, and the app starts on a fresh store with the embedded briefing', () => {
    const path = join(folder(), 'briefing.db');
    const garbage = Buffer.from('这不是数据库 not a database '.repeat(400));
    writeFileSync(path, garbage);
    core = startCore(path, dataDir, pinned);
    expect(core.setAsidePath).toBe(setAsideName(path));
    expect(readFileSync(setAsideName(path))).toEqual(garbage);
    expect(listBriefings(core.db)).toHaveLength(1);
  });

  it('a store with damaged pages is caught by the quick check and moved aside with its WAL', () => {
    const path = join(folder(), 'briefing.db');
    storeOnDisk(path);
    // Overwrite the middle of the file (table and index pages), keeping the header: SQLite still opens it.
    const size = statSync(path).size;
    const handle = openSync(path, 'r+');
    writeSync(handle, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(handle);
    core = startCore(path, dataDir, pinned);
    expect(core.setAsidePath).toBe(setAsideName(path));
    expect(existsSync(setAsideName(path))).toBe(true);
    expect(listBriefings(core.db)).toHaveLength(1);
  });

  it('a sound store is left where it is', () => {
    const path = join(folder(), 'briefing.db');
    storeOnDisk(path);
    core = startCore(path, dataDir, pinned);
    expect(core.setAsidePath).toBeNull();
    expect(existsSync(setAsideName(path))).toBe(false);
  });

  it('a database from a newer Briefing is not damage: refused, untouched, not moved', () => {
    const path = join(folder(), 'briefing.db');
    const db = new Database(path);
    db.pragma('user_version = 99999');
    db.close();
    const before = readFileSync(path);
    expect(() => startCore(path, dataDir, pinned)).toThrow(StoreError);
    expect(readFileSync(path)).toEqual(before);
    expect(existsSync(setAsideName(path))).toBe(false);
  });
});

describe('isDamagedStoreError', () => {
  it('knows SQLite damage codes, also when wrapped', () => {
    expect(isDamagedStoreError(Object.assign(new Error('x'), { code: 'SQLITE_NOTADB' }))).toBe(true);
    expect(isDamagedStoreError(Object.assign(new Error('x'), { cause: { code: 'SQLITE_CORRUPT' } }))).toBe(true);
    expect(isDamagedStoreError(Object.assign(new Error('x'), { code: 'SQLITE_CANTOPEN' }))).toBe(false);
    expect(isDamagedStoreError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe(false);
    expect(isDamagedStoreError(new StoreError('DB_TOO_NEW', 'newer'))).toBe(false);
  });
});

describe('setAsideDamagedStore', () => {
  it('moves the main file, its WAL and its shared memory together, by rename', () => {
    const path = join(folder(), 'briefing.db');
    for (const suffix of ['', '-wal', '-shm']) writeFileSync(path + suffix, suffix || 'main');
    const target = setAsideDamagedStore(path, pinned);
    expect(target).toBe(setAsideName(path));
    for (const suffix of ['', '-wal', '-shm']) {
      expect(existsSync(path + suffix)).toBe(false);
      expect(readFileSync(target + suffix, 'utf8')).toBe(suffix || 'main');
    }
  });
});
