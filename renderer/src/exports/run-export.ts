import type { ExportEntry } from '../../../main/shared/exports';
import type { PrintKind } from '../../../main/shared/print';
import { printWaitFailure, type PrintWaitOutcome } from '../../../main/shared/print-wait';
import type { BriefingShell } from '../../../main/shared/shell';

/** How an export ended, for the line the toolbar shows (Chinese). */
export type ExportOutcome =
  | { readonly status: 'done'; readonly message: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface ExportEnvironment {
  /** The desktop shell (printToPDF and a save dialog); absent in the browser preview. */
  readonly shell: Pick<BriefingShell, 'exportPdf'> | undefined;
  /** The preview's way: the print route in a new window, printed by the browser once ready. */
  readonly printInBrowser: (kind: PrintKind, briefingId: number) => Promise<PrintWaitOutcome>;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Run one entry of the 导出 menu for a briefing. PowerPoint、Excel、CSV (exports:file) get their case here
 * when they join main/shared/exports.ts.
 */
export async function runExport(entry: ExportEntry, briefingId: number, environment: ExportEnvironment): Promise<ExportOutcome> {
  const failed = (message: string): ExportOutcome => ({ status: 'failed', message: `${entry.label} 导出失败：${message}` });
  try {
    switch (entry.action.kind) {
      case 'pdf': {
        if (environment.shell) {
          const result = await environment.shell.exportPdf({ briefingId, kind: entry.action.print });
          if (!result.ok) return failed(result.error.message);
          return result.value.saved ? { status: 'done', message: `已导出“${result.value.fileName}”` } : { status: 'cancelled' };
        }
        const outcome = await environment.printInBrowser(entry.action.print, briefingId);
        if (outcome.status === 'ready') return { status: 'done', message: `${entry.label} 已在新窗口中打开：在打印对话框中选择“另存为 PDF”` };
        if (outcome.status === 'gone') return { status: 'cancelled' };
        return failed(printWaitFailure(outcome));
      }
    }
  } catch (error) {
    return failed(reason(error));
  }
}
