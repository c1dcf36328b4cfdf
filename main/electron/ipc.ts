import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channels, type Channel } from '../shared/channels';
import { dispatch } from '../core/dispatch';
import type { HandlerContext } from '../core/handlers/types';
import { fail, type Result } from '../shared/result';
import { isAppUrl } from './protocol';

/** What the sender check needs to know about one IPC message, gathered from the event. */
export interface SenderFacts {
  /** URL of the sending frame; null when the frame is gone (navigated away or destroyed) before we look. */
  readonly frameUrl: string | null;
  /** Subframes never get the API: the app has none, so a subframe sending means something is wrong. */
  readonly isMainFrame: boolean;
  /** The message came from a window this app created (not a stray or devtools webContents). */
  readonly fromOurWindow: boolean;
}

/**
 * Only the top frame of one of our windows, showing a page from app://briefing, may call the contract.
 * Anything else (another origin, a subframe, a frame already gone) is refused.
 */
export function isTrustedSender(facts: SenderFacts): boolean {
  return facts.frameUrl !== null && facts.isMainFrame && facts.fromOurWindow && isAppUrl(facts.frameUrl);
}

export function senderFacts(event: IpcMainInvokeEvent, isOurWebContents: (contents: WebContents) => boolean): SenderFacts {
  const frame = event.senderFrame;
  return {
    frameUrl: frame && !frame.isDestroyed() ? frame.url : null,
    isMainFrame: frame !== null && frame.parent === null,
    fromOurWindow: isOurWebContents(event.sender),
  };
}

const forbidden = (): Result<never> => fail('FORBIDDEN', '拒绝访问：请求不是来自 Briefing 自己的窗口');

/**
 * Answer one invoke exactly as the browser host answers `POST /api/<channel>`: the same `dispatch`, the
 * same validation, always a `Result` (never a rejected promise, whose message Electron would rewrite).
 */
export async function answerInvoke(
  channel: Channel,
  facts: SenderFacts,
  input: unknown,
  context: HandlerContext,
): Promise<Result<unknown>> {
  if (!isTrustedSender(facts)) return forbidden();
  try {
    return await dispatch(channel, input, context);
  } catch (error) {
    return fail('INTERNAL', `内部错误：${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Register one `ipcMain.handle` per contract channel, and nothing else. Returns a function removing them
 * again (tests, or a shutdown that wants to refuse late calls).
 */
export function registerIpc(context: HandlerContext, isOurWebContents: (contents: WebContents) => boolean): () => void {
  for (const channel of channels) {
    // Only the first argument is the input; anything else a caller adds is ignored.
    ipcMain.handle(channel, (event, input: unknown) => answerInvoke(channel, senderFacts(event, isOurWebContents), input, context));
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
