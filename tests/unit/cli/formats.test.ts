/**
 * The CLI takes every format (it reads bytes; the file name picks the reader), and refuses every bad file
 * on stderr with a non-zero exit, leaving the store file byte for byte as it was.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { seedPath, tempDir } from '../../support/temp';
import { gb18030, toDocx, toPdf } from '../../support/document-fixtures';
import { inventedReport, toMarkdown, toPlainText, toWebPage } from '../../support/invented-report';

let dir: ReturnType<typeof tempDir>;
const path = (name: string): string => join(dir.path, name);

beforeAll(async () => {
  dir = tempDir();
  writeFileSync(path('report.md'), toMarkdown(inventedReport));
  writeFileSync(path('report.txt'), gb18030(toPlainText(inventedReport)));
  writeFileSync(path('report.docx'), await toDocx(inventedReport));
  writeFileSync(path('report.html'), toWebPage(inventedReport));
  writeFileSync(path('report.pdf'), await toPdf(inventedReport));
  writeFileSync(path('empty.txt'), '');
  writeFileSync(path('random.txt'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251));
  writeFileSync(path('fake.docx'), 'this is not a Word file');
  writeFileSync(path('sheet.xlsx'), 'PK');
  writeFileSync(path('big.txt'), new Uint8Array(20 * 1024 * 1024 + 1));
  writeFileSync(path('headings.md'), '标题\n\n## 第一节\n\n## 第二节\n');
  mkdirSync(path('folder.txt'));
}, 60_000);
afterAll(() => dir.cleanup());

type FigureRow = { value: number; unit: string; label: string };

describe('briefing CLI and report formats', () => {
  it.each(['report.md', 'report.txt', 'report.docx', 'report.html', 'report.pdf'])('figures %s: the same figures as the Markdown', (name) => {
    const expected = JSON.parse(runCli(['figures', path('report.md'), '--json']).stdout) as FigureRow[];
    const run = runCli(['figures', path(name), '--json']);
    expect(run.status).toBe(0);
    const figures = JSON.parse(run.stdout) as FigureRow[];
    expect(figures.map((f) => [f.value, f.unit, f.label])).toEqual(expected.map((f) => [f.value, f.unit, f.label]));
    if (name === 'report.txt') expect(run.stderr).toMatch(/已按 GB18030 编码读取/);
  });

  it('imports a Word file; the same report printed as a PDF reads the same, so it is that briefing again', () => {
    const db = path('formats.db');
    const imported = runCli(['import', path('report.docx'), '--db', db]);
    expect(imported).toMatchObject({ status: 0, stdout: '1\n', stderr: '' });
    const again = runCli(['import', path('report.pdf'), '--db', db]);
    expect(again).toMatchObject({ status: 3, stdout: '' });
    expect(again.stderr).toMatch(/“report\.pdf”的内容与简报 1《青川“十四五”答卷》相同.*未重复导入/u);
    const reimported = runCli(['reimport', path('report.pdf'), '--briefing', '1', '--db', db]);
    expect(reimported).toMatchObject({ status: 0, stdout: '简报 1《青川“十四五”答卷》的报告与“report.pdf”相同，未作改动\n' });
    const list = JSON.parse(runCli(['list', '--json', '--db', db]).stdout) as { title: string; sourceName: string; sectionCount: number }[];
    expect(list).toEqual([expect.objectContaining({ title: '青川“十四五”答卷', sourceName: 'report.docx', sectionCount: 4 })]);
  }, 60_000); // four CLI runs in a row, each starting Node and tsx: a busy machine takes longer than the default limit

  describe('refusals leave the store byte for byte as it was', () => {
    const db = (): string => path('kept.db');
    const digest = (): string => createHash('sha256').update(readFileSync(db())).digest('hex');
    let before = '';
    beforeAll(() => {
      expect(runCli(['import', seedPath, '--db', db()]).status).toBe(0);
      before = digest();
    });

    it.each([
      ['empty.txt', /是空文件/],
      ['random.txt', /不是可读的文本文件/],
      ['fake.docx', /不是有效的 Word 文档/],
      ['sheet.xlsx', /扩展名 \.xlsx 不受支持/],
      ['big.txt', /文件过大（20\.1 MB），超过上限 20 MB/],
      ['headings.md', /没有一段正文/],
      ['folder.txt', /是文件夹，不是文件/],
      ['missing.docx', /找不到.*路径不存在/],
    ])('import %s', (name, message) => {
      for (const command of [['import', path(name)], ['reimport', path(name), '--briefing', '1']]) {
        const run = runCli([...command, '--db', db()]);
        expect(run.status).not.toBe(0);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(message);
        expect(run.stderr).not.toMatch(/ENOENT|EISDIR|Error:|at /u);
        expect(digest()).toBe(before);
      }
    });
  });
});
