/**
 * Waiting for a print route to be ready (its `printReady` flag), the same loop for the desktop shell (which
 * reads the flag with executeJavaScript in its hidden print window) and the browser preview (which reads it
 * in the tab it opened). Pure: the probe, the clock and the pause are passed in, so a test drives it.
 */

/** What one look at the page finds: its printReady and printError, or that the page is gone (closed). */
export type PrintProbeResult = { readonly ready: string | null; readonly error: string | null } | 'gone';

export type PrintWaitOutcome =
  | { readonly status: 'ready' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'gone' }
  | { readonly status: 'timeout' };

export interface PrintWaitOptions {
  /** Give up after this long (the slides of a long briefing, charts and fonts included, take a few seconds). */
  readonly timeoutMs: number;
  readonly intervalMs: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Stop early (the user cancelled); the outcome is then 'gone'. */
  readonly cancelled?: () => boolean;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Look at the page every `intervalMs` until it says ready or failed, is gone, or `timeoutMs` has passed. */
export async function waitForPrintReady(probe: () => Promise<PrintProbeResult>, options: PrintWaitOptions): Promise<PrintWaitOutcome> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? pause;
  const deadline = now() + options.timeoutMs;
  for (;;) {
    if (options.cancelled?.()) return { status: 'gone' };
    let found: PrintProbeResult;
    try {
      found = await probe();
    } catch {
      // A page still loading (or navigating) cannot be read yet: look again.
      found = { ready: null, error: null };
    }
    if (found === 'gone') return { status: 'gone' };
    if (found.ready === 'true') return { status: 'ready' };
    if (found.ready === 'error') return { status: 'failed', message: found.error ?? '打印页面无法显示这份简报' };
    if (now() >= deadline) return { status: 'timeout' };
    await sleep(options.intervalMs);
  }
}

/** The limits both callers use: 90 s (a slow machine with a long briefing), looked at every 150 ms. */
export const printWaitLimits = { timeoutMs: 90_000, intervalMs: 150 } as const;

/** The user's message for an outcome that is not 'ready' (Chinese). */
export function printWaitFailure(outcome: Exclude<PrintWaitOutcome, { status: 'ready' }>): string {
  switch (outcome.status) {
    case 'failed':
      return outcome.message;
    case 'gone':
      return '打印页面已关闭';
    case 'timeout':
      return `打印页面在 ${printWaitLimits.timeoutMs / 1000} 秒内没有准备好（图表或字体未能载入）`;
  }
}
