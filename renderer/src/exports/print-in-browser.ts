import { printHash, type PrintKind } from '../../../main/shared/print';
import { printWaitLimits, waitForPrintReady, type PrintProbeResult, type PrintWaitOutcome } from '../../../main/shared/print-wait';

/**
 * The preview's 导出 PDF: the print route in a new window of this tab (it inherits the tab's session, and so
 * the host's token), and, once it says it is ready, the browser's own print dialog over it (另存为 PDF).
 */
export async function printInBrowser(kind: PrintKind, briefingId: number): Promise<PrintWaitOutcome> {
  const opened = window.open(`${location.pathname}${location.search}${printHash(kind, briefingId)}`, '_blank');
  if (!opened) return { status: 'failed', message: '浏览器拦截了新窗口：请允许本页打开弹出窗口后再试' };
  const probe = async (): Promise<PrintProbeResult> => {
    if (opened.closed) return 'gone';
    const data = opened.document.body?.dataset;
    return { ready: data?.printReady ?? null, error: data?.printError ?? null };
  };
  const outcome = await waitForPrintReady(probe, printWaitLimits);
  if (outcome.status === 'ready') {
    opened.focus();
    opened.print();
  }
  return outcome;
}
