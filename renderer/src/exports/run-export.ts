import type { ExportEntry, SavedFileFormat } from '../../../main/shared/export-menu';
import type { ExportedBinary } from '../../../main/shared/exports';
import type { PrintKind } from '../../../main/shared/print';
import { printWaitFailure, type PrintWaitOutcome } from '../../../main/shared/print-wait';
import type { Result } from '../../../main/shared/result';
import type { BriefingShell, SavedExport } from '../../../main/shared/shell';

/** How an export ended, for the line the toolbar shows (Chinese). */
export type ExportOutcome =
  | { readonly status: 'done'; readonly message: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface ExportEnvironment {
  /** The desktop shell (printToPDF, the core's files, a save dialog); absent in the browser preview. */
  readonly shell: Pick<BriefingShell, 'exportPdf' | 'exportFile'> | undefined;
  /** The preview's way to a PDF: the print route in a new window, printed by the browser once ready. */
  readonly printInBrowser: (kind: PrintKind, briefingId: number) => Promise<PrintWaitOutcome>;
  /** The preview's way to a file: the core builds it (exports:file, packs:export) … */
  readonly buildFile: (briefingId: number, format: SavedFileFormat) => Promise<Result<ExportedBinary>>;
  /** … and the browser saves it as a download. */
  readonly download: (file: ExportedBinary) => void;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Run one entry of the 导出 menu for a briefing: in the desktop app through the shell, in the preview in the page. */
export async function runExport(entry: ExportEntry, briefingId: number, environment: ExportEnvironment): Promise<ExportOutcome> {
  const failed = (message: string): ExportOutcome => ({ status: 'failed', message: `${entry.label} 导出失败：${message}` });
  const saved = (result: Result<SavedExport>): ExportOutcome => {
    if (!result.ok) return failed(result.error.message);
    return result.value.saved ? { status: 'done', message: `已导出：${result.value.fileName}` } : { status: 'cancelled' };
  };
  try {
    const { action } = entry;
    switch (action.kind) {
      case 'pdf': {
        if (environment.shell) return saved(await environment.shell.exportPdf({ briefingId, kind: action.print }));
        const outcome = await environment.printInBrowser(action.print, briefingId);
        if (outcome.status === 'ready') return { status: 'done', message: `${entry.label} 已在新窗口中打开：在打印对话框中选择“另存为 PDF”` };
        if (outcome.status === 'gone') return { status: 'cancelled' };
        return failed(printWaitFailure(outcome));
      }
      case 'file': {
        if (environment.shell) return saved(await environment.shell.exportFile({ briefingId, format: action.format }));
        const built = await environment.buildFile(briefingId, action.format);
        if (!built.ok) return failed(built.error.message);
        environment.download(built.value);
        return { status: 'done', message: `已下载：${built.value.fileName}` };
      }
    }
  } catch (error) {
    return failed(reason(error));
  }
}
