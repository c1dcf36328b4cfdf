import { extname } from 'node:path';
import { writeFileAtomic, writeFailureMessage } from '../core/export/atomic-write';
import { exportBriefing } from '../core/export/index';
import type { Db } from '../core/store/connection';
import { exportFormatNames, exportFormats, isExportFormat } from '../shared/exports';

/**
 * `briefing export --briefing ID --format pptx|xlsx|csv --out FILE`: the briefing as a file for Office or WPS.
 * The file is written whole or not at all (atomic-write.ts): a failure leaves no partial file behind.
 */

export const exportUsage = `  export --briefing ID --format pptx|xlsx|csv --out FILE [--db PATH]
                                导出简报：pptx 为演示文稿（图表可编辑），xlsx / csv 为数据表
                                （未给 --format 时按 --out 的扩展名）`;

export interface ExportOptions {
  readonly briefing: string | undefined;
  readonly out: string | undefined;
  readonly format: string | undefined;
}

export type ExportOutcome = { ok: true; output: string } | { ok: false; message: string; exitCode: number };

const usageError = (message: string): ExportOutcome => ({ ok: false, message: `${message}\n${exportUsage}\n`, exitCode: 2 });

/** Checks the arguments first (exit 2), so that a mistyped command never opens, let alone creates, a store. */
export function planExport(options: ExportOptions): { run: (db: Db) => Promise<ExportOutcome> } | ExportOutcome {
  const briefingId = Number(options.briefing);
  if (options.briefing === undefined) return usageError('缺少 --briefing ID');
  if (!Number.isSafeInteger(briefingId) || briefingId <= 0) return usageError(`--briefing 应为简报编号（正整数），而不是 “${options.briefing}”`);
  const out = options.out;
  if (!out) return usageError('缺少 --out FILE');
  const format = options.format ?? extname(out).slice(1).toLowerCase();
  if (!isExportFormat(format)) {
    return usageError(
      options.format === undefined
        ? `缺少 --format：请给出 ${exportFormats.join('、')} 之一`
        : `不支持的导出格式 “${options.format}”：应为 ${exportFormats.join('、')} 之一`,
    );
  }
  return {
    run: async (db) => {
      const file = await exportBriefing(db, briefingId, format);
      try {
        writeFileAtomic(out, file.bytes);
      } catch (error) {
        return { ok: false, message: writeFailureMessage(out, error), exitCode: 1 };
      }
      return { ok: true, output: `已将简报导出为 ${exportFormatNames[format]}：${out}\n` };
    },
  };
}
