import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { dispatch } from '../core/dispatch';
import type { Db } from '../core/store/connection';
import { packFormat, packTooLarge, type PackExport, type PackImportOutcome } from '../shared/packs';
import { formatCounts, parseBriefingId } from './annotations';

/**
 * `briefing pack export|import`: a prepared briefing as one `.briefing` file (core/briefings/pack.ts),
 * through the same channels the app uses (packs:export, packs:import).
 */

export const packUsage = `  pack export --briefing ID --out FILE.briefing [--db PATH]
                                把简报（报告原文、备注、幻灯片修改与时间预算、批注）写成一个 .briefing 文件
  pack import FILE.briefing [--db PATH]
                                导入 .briefing 文件；同一文件导入两次不会重复`;

export type PackOutcome = { ok: true; output: string } | { ok: false; message: string; exitCode: number };

const usageError = (message: string): PackOutcome => ({ ok: false, message: `${message}\n${packUsage}\n`, exitCode: 2 });
const failed = (message: string): PackOutcome => ({ ok: false, message, exitCode: 1 });

export function planPack(args: readonly string[], options: { briefing: string | undefined; out: string | undefined }): { run: (db: Db) => Promise<PackOutcome> } | PackOutcome {
  const [verb, ...rest] = args;
  if (verb === 'export') {
    const briefingId = parseBriefingId(options.briefing);
    if (briefingId === undefined) return usageError('缺少 --briefing ID');
    if (typeof briefingId === 'string') return usageError(briefingId);
    const out = options.out;
    if (!out) return usageError('缺少 --out FILE.briefing');
    return {
      run: async (db) => {
        const result = await dispatch('packs:export', { briefingId }, { db });
        if (!result.ok) return failed(result.error.message);
        const written = writeAtomically(out, (result.value as PackExport).bytes);
        return written ?? { ok: true, output: `已导出简报 ${briefingId} 到 ${out}\n` };
      },
    };
  }
  if (verb === 'import') {
    const [file] = rest;
    if (!file) return usageError('缺少要导入的 .briefing 文件');
    let bytes: Uint8Array;
    try {
      const { size } = statSync(file);
      if (size > packFormat.maxBytes) return failed(`无法导入简报包：${packTooLarge(size)}；简报库未改动`);
      bytes = new Uint8Array(readFileSync(file));
    } catch (error) {
      return failed(`无法读取文件 ${file}：${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    return {
      run: async (db) => {
        const result = await dispatch('packs:import', { bytes }, { db });
        return result.ok ? { ok: true, output: formatImport(result.value as PackImportOutcome) } : failed(result.error.message);
      },
    };
  }
  return usageError(verb ? `未知的 pack 子命令 “${verb}”` : '缺少子命令 export 或 import');
}

/**
 * Write next to the target and rename over it: a reader never sees half a pack, and a failed write leaves
 * whatever was there before.
 */
function writeAtomically(path: string, bytes: Uint8Array): PackOutcome | null {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(temp, bytes, { flush: true });
    renameSync(temp, path);
    return null;
  } catch (error) {
    rmSync(temp, { force: true });
    return failed(`无法写入文件 ${path}：${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function formatImport(outcome: PackImportOutcome): string {
  const what = outcome.created ? '已新增简报' : outcome.reportReplaced ? '已更新简报（报告换为包中的版本）' : '已更新简报';
  return `${what} ${outcome.briefingId}《${outcome.title}》：备注 ${outcome.notes} 页，幻灯片修改 ${outcome.edits} 项\n批注：${formatCounts(outcome.annotations)}`;
}
