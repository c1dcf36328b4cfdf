import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { seedPath, seedText, tempDir } from '../../support/temp';

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.cleanup());

describe('briefing CLI', () => {
  it('imports a report, prints its id, and lists it', () => {
    const db = join(dir.path, 'cli.db');
    const imported = runCli(['import', seedPath, '--db', db]);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toBe('1\n');

    // The same report again is the briefing already there, as in the app's library.
    const again = runCli(['import', seedPath, '--db', db]);
    expect(again).toMatchObject({ status: 3, stdout: '' });
    expect(again.stderr).toMatch(/简报库中已有这份报告：“000_4400adb43caeaed0\.txt”的内容与简报 1《“十四五”成就》相同/u);

    const listed = runCli(['list', '--json', '--db', db]);
    expect(listed.status).toBe(0);
    const list = JSON.parse(listed.stdout) as { id: number; title: string; sourceName: string; sectionCount: number }[];
    expect(list.map((b) => b.id)).toEqual([1]);
    expect(list[0]).toMatchObject({ title: '“十四五”成就', sourceName: '000_4400adb43caeaed0.txt', sectionCount: 10 });

    const text = runCli(['list', '--db', db]);
    expect(text.stdout).toContain('“十四五”成就');
  });

  it('takes the store from BRIEFING_DB when --db is not given', () => {
    const db = join(dir.path, 'env.db');
    expect(runCli(['import', seedPath], { BRIEFING_DB: db }).stdout).toBe('1\n');
    expect(JSON.parse(runCli(['list', '--json'], { BRIEFING_DB: db }).stdout)).toHaveLength(1);
  });

  it('prints the figures of a report as JSON in document order', () => {
    const run = runCli(['figures', seedPath, '--json']);
    expect(run.status).toBe(0);
    const figures = JSON.parse(run.stdout) as { value: number; unit: string; label: string; period: string | null; quote: string; section: string | null; kind: string; valueText: string }[];
    expect(figures.length).toBeGreaterThanOrEqual(40);
    const source = seedText();
    for (const f of figures) {
      expect(typeof f.value).toBe('number');
      expect(typeof f.unit).toBe('string');
      expect(f.label.length).toBeGreaterThan(0);
      expect(f.period === null || typeof f.period === 'string').toBe(true);
      expect(typeof f.kind).toBe('string');
      expect(source).toContain(f.quote);
      expect(typeof f.section).toBe('string');
    }
    expect(figures.find((f) => f.valueText === '5615.3')).toMatchObject({ value: 5615.3, unit: '亿元' });
  });

  it.each([
    [['import'], /缺少报告文件/],
    [['import', '/no/such/file.txt', '--db', '/tmp/x.db'], /无法读取文件/],
    [['frobnicate'], /未知命令/],
    [['list', '--bogus'], /Unknown option|未知/],
  ])('fails %j on stderr with a non-zero exit', (args, message) => {
    const run = runCli(args);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('refuses a text file that is no readable text (a UTF-16 BOM before broken UTF-16) and writes nothing', () => {
    const bad = join(dir.path, 'bad.txt');
    writeFileSync(bad, Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    const db = join(dir.path, 'untouched.db');
    const run = runCli(['import', bad, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/不是可读的文本文件：以 UTF-16 LE 标记开头/);
    expect(() => readFileSync(db)).toThrow();
  });
});
