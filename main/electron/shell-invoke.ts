import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { z } from 'zod';
import { fail, type Result } from '../shared/result';
import { isTrustedSender, senderFacts } from './ipc';

/**
 * Answer one of the page's calls to the shell itself (shared/channels.ts: 导出 PDF, 导出 a file) from our own
 * windows only, with a request checked against its schema, and any failure as a Result in Chinese: the same
 * guard as the contract's channels (ipc.ts), for the two calls outside it. Returns the function that stops.
 */
export function answerShellInvoke<Request>(
  channel: string,
  schema: z.ZodType<Request>,
  invalidMessage: string,
  isOurWebContents: (contents: WebContents) => boolean,
  run: (request: Request, event: IpcMainInvokeEvent) => Promise<Result<unknown>>,
): () => void {
  ipcMain.handle(channel, async (event, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(senderFacts(event, isOurWebContents))) return fail('FORBIDDEN', '拒绝访问：请求不是来自 Briefing 自己的窗口');
    const request = schema.safeParse(input);
    if (!request.success) return fail('INVALID_INPUT', invalidMessage);
    try {
      return await run(request.data, event);
    } catch (error) {
      return fail('INTERNAL', `导出失败：${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return () => ipcMain.removeHandler(channel);
}
