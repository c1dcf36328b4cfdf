import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../main/core/app';
import { importReport } from '../../../../main/core/briefings/import';
import { applyPendingRestore, backupStoreTo, checkBackupFile, stageRestore } from '../../../../main/core/store/backup';
import { StoreError } from '../../../../main/core/store/errors';
import { listBriefings } from '../../../../main/core/store/queries/briefings';
import { dataDir, seedText, tempDir } from '../../../support/temp';

const cleanups: (() => void)[] = [];
const cores: AppCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function folder(): string {
  const dir = tempDir('briefing-backup-');
  cleanups.push(dir.cleanup);
  return dir.path;
}

function start(path: string, now?: () => Date): AppCore {
  const core = startCore(path, dataDir, now);
  cores.push(core);
  return core;
}

/** A second briefing, so a store before and after can be told apart. */
const importAnother = (core: AppCore): void => void importReport(core.db, '另一份.md', seedText().replace('“十四五”成就', '另一份报告'));

describe('备份: a consistent copy of the open store', () => {
  it('holds everything committed, WAL included, while the app keeps the store open', async () => {
    const dir = folder();
    const core = start(join(dir, 'briefing.db'));
    importAnother(core);
    const target = join(dir, 'Briefing-备份.db');
    await backupStoreTo(core.db, target);
    expect(existsSync(`${target}.partial`)).toBe(false);
    expect(checkBackupFile(target).briefings).toBe(2);
    const copy = new Database(target, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM briefings').get() as { n: number }).n).toBe(2);
    copy.close();
  });

  it('leaves no partial file when the target cannot be written', async () => {
    const dir = folder();
    const core = start(join(dir, 'briefing.db'));
    const target = join(dir, 'no-such-folder', 'backup.db');
    await expect(backupStoreTo(core.db, target)).rejects.toThrow(/无法写入备份/);
    expect(existsSync(`${target}.partial`)).toBe(false);
  });
});

describe('恢复: a checked backup replaces the store at the next start, the old store kept', () => {
  it('round trip: back up, change, restore, restart — the backup is what opens, the replaced store is kept whole', async () => {
    const dir = folder();
    const storePath = join(dir, 'briefing.db');
    const backup = join(dir, 'backup.db');
    const before = start(storePath);
    await backupStoreTo(before.db, backup); // one briefing
    importAnother(before); // two now
    expect(stageRestore(storePath, backup)).toMatchObject({ briefings: 1 });
    before.close();

    const after = start(storePath, () => new Date('2026-12-02T10:00:00.000Z'));
    expect(listBriefings(after.db)).toHaveLength(1);
    expect(after.replacedByRestorePath).toBe(`${storePath}.before-restore-2026-12-02T10-00-00-000Z`);
    const kept = new Database(after.replacedByRestorePath ?? '', { readonly: true });
    expect((kept.prepare('SELECT count(*) AS n FROM briefings').get() as { n: number }).n).toBe(2);
    kept.close();
    expect(applyPendingRestore(storePath)).toBeNull(); // applied once
  });

  it('refuses what is not a Briefing backup, and stages nothing', () => {
    const dir = folder();
    const storePath = join(dir, 'briefing.db');
    const notADatabase = join(dir, 'notes.db');
    writeFileSync(notADatabase, '这不是数据库');
    const otherSqlite = join(dir, 'other.db');
    const other = new Database(otherSqlite);
    other.exec('CREATE TABLE things (x INTEGER)');
    other.close();
    const newer = join(dir, 'newer.db');
    const future = new Database(newer);
    future.exec('CREATE TABLE briefings (id INTEGER)');
    future.pragma('user_version = 99999');
    future.close();
    for (const [file, words] of [
      [notADatabase, /不是可用的 Briefing 备份|无法打开/],
      [otherSqlite, /不是 Briefing 的备份文件/],
      [newer, /更新版本/],
      [join(dir, 'missing.db'), /无法打开/],
    ] as const) {
      expect(() => stageRestore(storePath, file)).toThrow(StoreError);
      expect(() => checkBackupFile(file)).toThrow(words);
    }
    expect(existsSync(`${storePath}.restore-pending`)).toBe(false);
    expect(readFileSync(notADatabase, 'utf8')).toBe('这不是数据库');
  });
});
