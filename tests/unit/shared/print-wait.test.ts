import { describe, expect, it } from 'vitest';
import { printWaitFailure, waitForPrintReady, type PrintProbeResult } from '../../../main/shared/print-wait';

/** A page whose answers are scripted, one per look, and a clock that moves only when the loop sleeps. */
function scripted(answers: readonly (PrintProbeResult | Error)[]) {
  let clock = 0;
  let looks = 0;
  const probe = async (): Promise<PrintProbeResult> => {
    const answer = answers[Math.min(looks, answers.length - 1)];
    looks += 1;
    if (answer instanceof Error) throw answer;
    return answer ?? 'gone';
  };
  const options = {
    timeoutMs: 1000,
    intervalMs: 100,
    now: () => clock,
    sleep: async (ms: number) => void (clock += ms),
  };
  return { probe, options, looks: () => looks };
}

const drawing = { ready: null, error: null };

describe('waiting for a print page to be ready', () => {
  it('looks again while the page draws, and goes on once it says ready', async () => {
    const page = scripted([drawing, drawing, { ready: 'true', error: null }]);
    await expect(waitForPrintReady(page.probe, page.options)).resolves.toEqual({ status: 'ready' });
    expect(page.looks()).toBe(3);
  });

  it('treats a page it cannot read yet (still loading) as still drawing', async () => {
    const page = scripted([new Error('Script failed to execute'), { ready: 'true', error: null }]);
    await expect(waitForPrintReady(page.probe, page.options)).resolves.toEqual({ status: 'ready' });
  });

  it('passes on what the page says went wrong', async () => {
    const page = scripted([drawing, { ready: 'error', error: '简报不存在：12' }]);
    const outcome = await waitForPrintReady(page.probe, page.options);
    expect(outcome).toEqual({ status: 'failed', message: '简报不存在：12' });
  });

  it('gives up after the time allowed, with a message that says so', async () => {
    const page = scripted([drawing]);
    const outcome = await waitForPrintReady(page.probe, page.options);
    expect(outcome).toEqual({ status: 'timeout' });
    expect(page.looks()).toBe(11); // at 0, 100 … 1000 ms
    if (outcome.status === 'timeout') expect(printWaitFailure(outcome)).toMatch(/没有准备好/);
  });

  it('stops when the page is closed or the wait is cancelled', async () => {
    const closed = scripted([drawing, 'gone']);
    await expect(waitForPrintReady(closed.probe, closed.options)).resolves.toEqual({ status: 'gone' });
    const page = scripted([drawing]);
    await expect(waitForPrintReady(page.probe, { ...page.options, cancelled: () => true })).resolves.toEqual({ status: 'gone' });
    expect(page.looks()).toBe(0);
  });
});
