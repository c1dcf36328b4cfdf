/**
 * What an annotation import did, in the words the panel and the CLI both print. (A file over the cap is
 * refused in the words of import-size.ts, before it is read.)
 */
import type { ImportCounts } from './annotations';

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
