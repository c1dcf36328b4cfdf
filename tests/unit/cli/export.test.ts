import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { seedPath, tempDir } from '../../support/temp';

let dir: ReturnType<typeof tempDir>;
let db: string;
let out: string;
beforeAll(() => {
  dir = tempDir('briefing-export-cli-');
  db = join(dir.path, 'store.db');
  out = join(dir.path, 'out');
  mkdirSync(out);
  expect(runCli(['import', seedPath, '--db', db]).stdout).toBe('1\n');
  const plain = join(dir.path, '春季植树.md');
  writeFileSync(plain, '# 春季植树\n\n## 一、总体情况\n\n### （一）组织有力\n\n各地认真组织义务植树活动，群众参与热情高涨。\n');
  expect(runCli(['import', plain, '--db', db]).stdout).toBe('2\n');
});
afterAll(() => dir.cleanup());

describe('briefing export', () => {
  it.each([
    ['pptx', [0x50, 0x4b]],
    ['xlsx', [0x50, 0x4b]],
    ['csv', [0xef, 0xbb, 0xbf]],
  ] as const)('writes the briefing as %s, and nothing else next to it', (format, magic) => {
    const file = join(out, `简报.${format}`);
    const run = runCli(['export', '--briefing', '1', '--format', format, '--out', file, '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(file);
    expect([...readFileSync(file).subarray(0, magic.length)]).toEqual([...magic]);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('takes the format from the file name when --format is not given', () => {
    const file = join(out, 'by-name.csv');
    expect(runCli(['export', '--briefing', '1', '--out', file, '--db', db]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('社会消费品零售总额');
  });

  it.each([
    [['--briefing', '9', '--format', 'pptx'], 1, /找不到编号为 9 的简报/],
    [['--briefing', '1', '--format', 'docx'], 2, /不支持的导出格式 “docx”：应为 pptx、xlsx、csv 之一/],
    [['--briefing', 'abc', '--format', 'pptx'], 2, /--briefing 应为简报编号/],
    [['--format', 'pptx'], 2, /缺少 --briefing/],
    [['--briefing', '2', '--format', 'xlsx'], 1, /没有提取到任何数据，无法导出数据表/],
    [['--briefing', '2', '--format', 'csv'], 1, /没有提取到任何数据/],
  ])('refuses %j with a Chinese message, exit %i, and writes nothing', (args, status, message) => {
    const file = join(out, 'refused.out');
    const run = runCli(['export', ...args, '--out', file, '--db', db]);
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(existsSync(file)).toBe(false);
  });

  it('exports a briefing without figures as slides', () => {
    const file = join(out, 'figureless.pptx');
    expect(runCli(['export', '--briefing', '2', '--format', 'pptx', '--out', file, '--db', db]).status).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('refuses a target it cannot write, leaving no partial file and an existing one untouched', () => {
    const missing = runCli(['export', '--briefing', '1', '--format', 'csv', '--out', join(dir.path, 'no-such-folder', 'a.csv'), '--db', db]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/无法写入“.*a\.csv”：文件夹不存在/);
    expect(existsSync(join(dir.path, 'no-such-folder'))).toBe(false);

    const folder = join(out, 'a-folder.csv');
    mkdirSync(folder);
    writeFileSync(join(folder, 'inside.txt'), 'x');
    const onFolder = runCli(['export', '--briefing', '1', '--format', 'csv', '--out', folder, '--db', db]);
    expect(onFolder.status).toBe(1);
    expect(onFolder.stderr).toMatch(/这是一个文件夹/);
    expect(readdirSync(folder)).toEqual(['inside.txt']);

    const kept = join(out, 'kept.csv');
    writeFileSync(kept, 'earlier export');
    expect(runCli(['export', '--briefing', '2', '--format', 'csv', '--out', kept, '--db', db]).status).toBe(1);
    expect(readFileSync(kept, 'utf8')).toBe('earlier export');
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
