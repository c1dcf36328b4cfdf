import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../../../../main/core/store/connection';
import { StoreError } from '../../../../main/core/store/errors';
import { latestVersion } from '../../../../main/core/store/migrations/index';
import { projectRoot, tempDir } from '../../../support/temp';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('openStore', () => {
  it('creates a new database at the latest version with the durability pragmas', () => {
    const { db, fromVersion, backupPath } = openStore(join(dir.path, 'nested', 'new.db'));
    expect(fromVersion).toBe(0);
    expect(backupPath).toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    closeStore(db);
  });

  it('makes every ordinary table STRICT (virtual FTS tables cannot be)', () => {
    const { db } = openStore(join(dir.path, 'strict.db'));
    const tables = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as {
      name: string;
      strict: number;
    }[];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect({ table: table.name, strict: table.strict }).toEqual({ table: table.name, strict: 1 });
    closeStore(db);
  });

  it('refuses a database from a newer app and leaves its bytes untouched', () => {
    const path = join(dir.path, 'future.db');
    const future = new Database(path);
    future.exec('CREATE TABLE t (x) ; INSERT INTO t VALUES (1)');
    future.pragma(`user_version = ${latestVersion + 1000}`);
    future.close();
    const before = readFileSync(path);
    let caught: unknown;
    try {
      openStore(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreError);
    expect((caught as StoreError).code).toBe('DB_TOO_NEW');
    expect((caught as StoreError).message).toMatch(/更新版本/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir.path)).toEqual(['future.db']); // no -wal, -shm or backup left behind
  });

  it('refuses a file that is not a database, without changing it', () => {
    const path = join(dir.path, 'not-a-db.db');
    writeFileSync(path, 'this is plain text, not SQLite, and long enough to have a header of sorts.......');
    const before = readFileSync(path);
    expect(() => openStore(path)).toThrow(StoreError);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('backs up an older database before migrating it, keeping its data', () => {
    const path = join(dir.path, 'old.db');
    copyFileSync(join(projectRoot, 'tests/fixtures/db/v10.db'), path);
    const original = readFileSync(path);
    const { db, fromVersion, backupPath } = openStore(path, { now: () => new Date('2026-11-29T10:00:00Z') });
    expect(fromVersion).toBe(10);
    expect(backupPath).toBe(`${path}.v10-2026-11-29T10-00-00-000Z.bak`);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.prepare('SELECT title FROM briefings').pluck().all()).toEqual(['旧版简报']);
    closeStore(db);

    const backup = new Database(backupPath ?? '', { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(10);
    expect(backup.prepare('SELECT title FROM briefings').pluck().all()).toEqual(['旧版简报']);
    backup.close();
    expect(original.length).toBeGreaterThan(0);
  });

  it('does not take a backup when the database is already current', () => {
    const path = join(dir.path, 'current.db');
    closeStore(openStore(path).db);
    const again = openStore(path);
    expect(again.fromVersion).toBe(latestVersion);
    expect(again.backupPath).toBeNull();
    closeStore(again.db);
  });
});
