import type { ImportCounts } from '../../../main/core/annotations/w3c-import';
import { limits } from './limits';

const mebibyte = 1024 * 1024;

/**
 * The core's refusal of a file over the import cap (main/core/annotations/import-size.ts), said here before
 * the file is read: a file too large to import is not loaded into the window, let alone sent.
 */
export function fileTooLarge(bytes: number): string {
  const size = (Math.ceil((bytes / mebibyte) * 10) / 10).toFixed(1);
  return `批注文件过大（${size} MB），超过上限 ${limits.importBytes / mebibyte} MB，未导入任何批注`;
}

/**
 * 新增 2，更新 1，未变 5 — the one line that says what an import did, as the CLI prints it: 删除 when a
 * colleague's deletion deleted notes here, and the notes it did not bring back because they were deleted
 * here since.
 */
export function importSummary(counts: ImportCounts): string {
  const deleted = counts.deleted > 0 ? `，删除 ${counts.deleted}` : '';
  const skipped = counts.skipped.length > 0 ? `，跳过 ${counts.skipped.length}` : '';
  const deletedHere = counts.deletedHere.length > 0 ? `；${counts.deletedHere.length} 条在本机已删除，未恢复` : '';
  return `新增 ${counts.added}，更新 ${counts.updated}${deleted}，未变 ${counts.unchanged}${skipped}${deletedHere}`;
}

/** Each skipped item as 第 3 项：原因, at most `limit` of them (the rest are counted). */
export function skippedLines(counts: ImportCounts, limit = 8): string[] {
  const lines = counts.skipped.slice(0, limit).map((skip) => `第 ${skip.item} 项：${skip.reason}`);
  const more = counts.skipped.length - lines.length;
  return more > 0 ? [...lines, `另有 ${more} 项被跳过`] : lines;
}
