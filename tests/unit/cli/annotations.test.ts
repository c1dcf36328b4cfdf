import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAuthorName } from '../../../main/core/annotations/author';
import { createAnnotation, deleteAnnotation, updateAnnotationContent } from '../../../main/core/annotations/service';
import { closeStore, openStore, type Db } from '../../../main/core/store/connection';
import { listAnnotations } from '../../../main/core/store/queries/annotations';
import { runCli } from '../../support/run-cli';
import { seedPath, seedText, tempDir } from '../../support/temp';

let dir: ReturnType<typeof tempDir>;
let mine: string;
let theirs: string;
beforeAll(() => {
  dir = tempDir();
  mine = join(dir.path, 'mine.db');
  theirs = join(dir.path, 'theirs.db');
  for (const db of [mine, theirs]) expect(runCli(['import', seedPath, '--db', db]).stdout).toBe('1\n');
});
afterAll(() => dir.cleanup());

/** Work on a store between CLI runs, as the app would. */
function withStore<T>(path: string, work: (db: Db) => T): T {
  const { db } = openStore(path);
  try {
    return work(db);
  } finally {
    closeStore(db);
  }
}

const note = (db: Db, body: string, when: string) =>
  createAnnotation(db, { briefingId: 1, anchor: { kind: 'quote', exact: '民用机场达到46个' }, body, tags: ['交通'], colour: null }, new Date(when));

describe('briefing annotations (CLI)', () => {
  it('lists each briefing with the source IRI its annotations target', () => {
    const list = JSON.parse(runCli(['list', '--json', '--db', mine]).stdout) as { source: string }[];
    const sha = createHash('sha256').update(readFileSync(seedPath)).digest('hex');
    expect(list.map((b) => b.source)).toEqual([`urn:sha256:${sha}`]);
  });

  it('exports from one store and imports into another, idempotently, newer edits winning', () => {
    const ids = withStore(mine, (db) => {
      saveAuthorName(db, '张三');
      return ['第一条', '第二条', '第三条'].map((body, i) => note(db, body, `2026-03-0${i + 1}T08:00:00Z`).id);
    });
    const file = join(dir.path, 'mine.jsonld');
    const exported = runCli(['annotations', 'export', '--db', mine, '--briefing', '1', '--out', file]);
    expect(exported).toMatchObject({ status: 0, stderr: '', stdout: `已导出 3 条批注到 ${file}\n` });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 3 });

    expect(runCli(['annotations', 'import', file, '--db', theirs])).toMatchObject({ status: 0, stderr: '', stdout: '新增 3，更新 0，未变 0\n' });
    expect(runCli(['annotations', 'import', file, '--db', theirs]).stdout).toBe('新增 0，更新 0，未变 3\n');

    // They edit one later; my import takes their newer text and keeps mine in the history.
    withStore(theirs, (db) => updateAnnotationContent(db, { id: ids[1] ?? '', body: '第二条（同事改）' }, new Date('2026-04-01T00:00:00Z')));
    const back = join(dir.path, 'theirs.jsonld');
    expect(runCli(['annotations', 'export', '--db', theirs, '--out', back]).status).toBe(0);
    expect(runCli(['annotations', 'import', back, '--db', mine]).stdout).toBe('新增 0，更新 1，未变 2\n');
    withStore(mine, (db) => {
      const bodies = listAnnotations(db, { briefingId: 1, includeDeleted: false }).map((a) => [a.author, a.body]);
      expect(bodies).toEqual([['张三', '第一条'], ['张三', '第二条（同事改）'], ['张三', '第三条']]);
    });
  }, 120_000); // six CLI runs, each a fresh tsx process

  it('writes a Markdown summary', () => {
    const file = join(dir.path, 'summary.md');
    expect(runCli(['annotations', 'export', '--db', mine, '--out', file, '--format', 'md']).status).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# 批注摘要：“十四五”成就');
    expect(text).toContain('## 基础设施通达程度显著提升');
    expect(text).toContain('> “民用机场达到46个”');
  });

  it('leaves notes deleted since an earlier export deleted, says so, and exports them without their text', () => {
    const earlier = join(dir.path, 'earlier.jsonld');
    expect(runCli(['annotations', 'export', '--db', theirs, '--out', earlier]).status).toBe(0);
    const gone = withStore(theirs, (db) => {
      const [, ...rest] = listAnnotations(db, { briefingId: 1, includeDeleted: false });
      for (const { id } of rest) deleteAnnotation(db, { id });
      return rest.map((a) => a.body);
    });
    expect(gone).toHaveLength(2);
    expect(runCli(['annotations', 'import', earlier, '--db', theirs]).stdout).toBe('新增 0，更新 0，未变 1；2 条在本机已删除，未恢复\n');

    const later = join(dir.path, 'later.jsonld');
    expect(runCli(['annotations', 'export', '--db', theirs, '--out', later]).stdout).toBe(`已导出 1 条批注到 ${later}\n`);
    const text = readFileSync(later, 'utf8');
    for (const body of gone) expect(text).not.toContain(body);
  }, 60_000); // three CLI runs

  it('refuses an invalid file on stderr with a non-zero exit, writing nothing', () => {
    const bad = join(dir.path, 'bad.jsonld');
    writeFileSync(bad, JSON.stringify([{ id: 'urn:uuid:00000000-0000-4000-8000-000000000001', type: 'Annotation', body: 'x', target: { source: 'urn:x', selector: { type: 'TextQuoteSelector' } } }]));
    const before = withStore(theirs, (db) => db.prepare('SELECT count(*) FROM annotations').pluck().get());
    const run = runCli(['annotations', 'import', bad, '--db', theirs]);
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(run.stderr).toContain('第 1 条批注：target.selector.exact 缺失');
    expect(withStore(theirs, (db) => db.prepare('SELECT count(*) FROM annotations').pluck().get())).toBe(before);
  });

  it('refuses a file over 20 MB by its size, before reading it', () => {
    const big = join(dir.path, 'big.jsonld');
    writeFileSync(big, `[${' '.repeat(21 * 2 ** 20)}]`); // valid JSON (no annotations), 21 MB
    const run = runCli(['annotations', 'import', big, '--db', theirs]);
    expect(run).toMatchObject({ status: 1, stdout: '', stderr: 'briefing: 批注文件过大（21.1 MB），超过上限 20 MB，未导入任何批注\n' });
  });

  it.each([
    [['annotations', 'export', '--db', 'x.db'], /缺少 --out/],
    [['annotations', 'export', '--out', 'x', '--format', 'pdf'], /--format 应为 jsonld 或 md/],
    [['annotations', 'import'], /缺少要导入的批注文件/],
    [['annotations', 'import', '/no/such/file.jsonld'], /无法读取文件/],
    [['annotations', 'export', '--out', 'x', '--briefing', 'one'], /--briefing 应为简报编号/],
    [['annotations', 'frobnicate'], /未知的 annotations 子命令/],
  ])('fails %j on stderr with a non-zero exit', (args, message) => {
    const run = runCli(args);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('briefing reimport', () => {
  it('replaces the report of a briefing, and changes nothing when the file holds the report it has', () => {
    const dir = tempDir();
    try {
      const db = join(dir.path, 'reimport.db');
      expect(runCli(['import', seedPath, '--db', db]).stdout).toBe('1\n');
      const same = runCli(['reimport', seedPath, '--briefing', '1', '--db', db]);
      expect(same).toMatchObject({ status: 0, stderr: '', stdout: '简报 1《“十四五”成就》的报告与“000_4400adb43caeaed0.txt”相同，未作改动\n' });
      const edited = join(dir.path, 'edited.txt');
      writeFileSync(edited, seedText().replace('内蒙古答卷', '内蒙古的答卷'));
      const run = runCli(['reimport', edited, '--briefing', '1', '--db', db]);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^简报 1：\d+ 项数据；批注重新定位 0，孤立 0\n$/);
      expect(JSON.parse(runCli(['list', '--json', '--db', db]).stdout)).toHaveLength(1);
    } finally {
      dir.cleanup();
    }
  });

  it('refuses a missing or unknown briefing id', () => {
    expect(runCli(['reimport', seedPath]).stderr).toMatch(/--briefing/);
    const dir = tempDir();
    try {
      const run = runCli(['reimport', seedPath, '--briefing', '7', '--db', join(dir.path, 'x.db')]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/找不到编号为 7/);
    } finally {
      dir.cleanup();
    }
  });
});
