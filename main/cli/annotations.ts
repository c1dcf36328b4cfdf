import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { exportAnnotations } from '../core/annotations/exchange';
import type { ExportFormat } from '../shared/annotations';
import { importTooLarge } from '../shared/import-size';
import { annotationLimits } from '../shared/annotations';
import { importAnnotations } from '../core/annotations/w3c-import';
import type { ImportCounts } from '../shared/annotations';
import type { Db } from '../core/store/connection';
import { requireBriefing } from '../core/store/queries/briefings';
import { importSummary } from '../shared/import-report';

/**
 * `briefing annotations export|import`: exchanging annotations with colleagues as files, without a network.
 * Export writes one W3C JSON-LD file (or a Markdown summary); import merges a colleague's file by id.
 */

export const annotationsUsage = `  annotations export --out FILE [--briefing ID] [--format jsonld|md] [--db PATH]
                                导出批注（默认全部简报，JSON-LD；md 为可读摘要）
  annotations import <file> [--briefing ID] [--db PATH]
                                导入同事的批注文件，输出新增、更新、删除、未变的条数，
                                以及本机已删除、因而未恢复的条数`;

export interface AnnotationsOptions {
  readonly briefing: string | undefined;
  readonly out: string | undefined;
  readonly format: string | undefined;
}

export type AnnotationsOutcome = { ok: true; output: string } | { ok: false; message: string; exitCode: number };

/** Checks arguments first (exit 2) so that a mistyped command never opens, let alone creates, a store. */
export function planAnnotations(
  args: readonly string[],
  options: AnnotationsOptions,
): { run: (db: Db) => AnnotationsOutcome } | AnnotationsOutcome {
  const [verb, ...rest] = args;
  const briefingId = parseBriefingId(options.briefing);
  if (typeof briefingId === 'string') return usageError(briefingId);
  if (verb === 'export') {
    if (!options.out) return usageError('缺少 --out FILE');
    const format = parseFormat(options.format);
    if (!format) return usageError(`--format 应为 jsonld 或 md，而不是 “${options.format}”`);
    const out = options.out;
    return { run: (db) => exportToFile(db, out, format, briefingId) };
  }
  if (verb === 'import') {
    const [file] = rest;
    if (!file) return usageError('缺少要导入的批注文件');
    let text: string;
    try {
      // Refused by its size on disk, before it is read (the import checks the text it is given as well).
      const { size } = statSync(file);
      if (size > annotationLimits.importBytes) return { ok: false, message: importTooLarge(size), exitCode: 1 };
      text = readFileSync(file, 'utf8');
    } catch (error) {
      return { ok: false, message: `无法读取文件 ${file}：${(error as NodeJS.ErrnoException).code ?? String(error)}`, exitCode: 1 };
    }
    return { run: (db) => importFromText(db, text, briefingId) };
  }
  return usageError(verb ? `未知的 annotations 子命令 “${verb}”` : '缺少子命令 export 或 import');
}

const usageError = (message: string): AnnotationsOutcome => ({ ok: false, message: `${message}\n${annotationsUsage}\n`, exitCode: 2 });

/** `--briefing ID` read: the id, undefined when not given, or the refusal when it is no positive integer. */
export function parseBriefingId(raw: string | undefined): number | undefined | string {
  if (raw === undefined) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : `--briefing 应为简报编号（正整数），而不是 “${raw}”`;
}

function parseFormat(raw: string | undefined): ExportFormat | null {
  if (raw === undefined || raw === 'jsonld' || raw === 'json-ld') return 'jsonld';
  if (raw === 'md' || raw === 'markdown') return 'markdown';
  return null;
}

function exportToFile(db: Db, out: string, format: ExportFormat, briefingId: number | undefined): AnnotationsOutcome {
  const file = exportAnnotations(db, { briefingId }, format);
  try {
    writeFileSync(out, file.text, 'utf8');
  } catch (error) {
    return { ok: false, message: `无法写入文件 ${out}：${(error as NodeJS.ErrnoException).code ?? String(error)}`, exitCode: 1 };
  }
  const ink = file.ink > 0 ? `和 ${file.ink} 笔墨迹` : '';
  return { ok: true, output: `已导出 ${file.notes} 条批注${ink}到 ${out}\n` };
}

function importFromText(db: Db, text: string, briefingId: number | undefined): AnnotationsOutcome {
  if (briefingId !== undefined) requireBriefing(db, briefingId);
  return { ok: true, output: formatCounts(importAnnotations(db, text, { briefingId })) };
}

export function formatCounts(counts: ImportCounts): string {
  const lines = [importSummary(counts)];
  for (const skip of counts.skipped) lines.push(`  跳过第 ${skip.item} 条（${skip.id}）：${skip.reason}`);
  return `${lines.join('\n')}\n`;
}
