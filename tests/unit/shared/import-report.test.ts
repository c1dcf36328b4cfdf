import { describe, expect, it } from 'vitest';
import { formatCounts } from '../../../main/cli/annotations';
import { importTooLarge } from '../../../main/shared/import-size';
import type { ImportCounts } from '../../../main/shared/annotations';
import { importSummary, skippedLines } from '../../../main/shared/import-report';

const counts = (over: Partial<ImportCounts>): ImportCounts => ({ added: 0, updated: 0, deleted: 0, unchanged: 0, deletedHere: [], skipped: [], ...over });

describe('the import report', () => {
  it('says what an import did in one line, and why items were skipped', () => {
    const withSkip = counts({ added: 2, updated: 1, unchanged: 5, skipped: [{ item: 3, id: '', reason: '找不到对应的简报' }] });
    expect(importSummary(withSkip)).toBe('新增 2，更新 1，未变 5，跳过 1');
    expect(skippedLines(withSkip)).toEqual(['第 3 项：找不到对应的简报']);
    expect(importSummary(counts({ unchanged: 4 }))).toBe('新增 0，更新 0，未变 4');
  });

  it('counts the notes a colleague’s deletion deleted here', () => {
    expect(importSummary(counts({ deleted: 1, unchanged: 2 }))).toBe('新增 0，更新 0，删除 1，未变 2');
  });

  it('says how many notes stay deleted here, newer than the file', () => {
    expect(importSummary(counts({ unchanged: 1, deletedHere: ['a', 'b'] }))).toBe('新增 0，更新 0，未变 1；2 条在本机已删除，未恢复');
  });

  it('is the line the CLI prints', () => {
    const skipped = [{ item: 2, id: 'x', reason: '本机没有这份报告' }];
    for (const c of [counts({ added: 3 }), counts({ deleted: 1, unchanged: 2, skipped }), counts({ updated: 1, deletedHere: ['a'], skipped })]) {
      expect(formatCounts(c).split('\n')[0]).toBe(importSummary(c));
    }
  });

  it('lists at most a few skipped items and counts the rest', () => {
    const skipped = Array.from({ length: 12 }, (_, i) => ({ item: i + 1, id: '', reason: '格式不对' }));
    const lines = skippedLines(counts({ skipped }), 8);
    expect(lines).toHaveLength(9);
    expect(lines.at(-1)).toBe('另有 4 项被跳过');
  });

  it('refuses a file over the cap with its size, rounded up so it never reads as the cap itself', () => {
    expect(importTooLarge(53 * 10 ** 6)).toBe('批注文件过大（50.6 MB），超过上限 20 MB，未导入任何批注');
    expect(importTooLarge(20 * 2 ** 20 + 1)).toBe('批注文件过大（20.1 MB），超过上限 20 MB，未导入任何批注');
  });
});
