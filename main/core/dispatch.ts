import { isChannel, type Channel } from '../shared/channels';
import { contract, type ChannelResult } from '../shared/contract';
import { handlers } from './handlers/index';
import type { Handler, HandlerContext } from './handlers/types';
import { AppError, fail, ok, type Result } from '../shared/result';
import { StoreError } from './store/errors';

/**
 * The single entry point used by both the Electron IPC layer and the browser host: validate the input
 * against the contract, then run the handler. Invalid input never reaches a handler.
 */
export async function dispatch(
  channel: string,
  rawInput: unknown,
  context: HandlerContext,
): Promise<Result<ChannelResult<Channel>>> {
  if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', `未知的接口：${channel}`);
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.length ? issue.path.join('.') : '(输入)'}：${issue.message}`)
      .join('；');
    return fail('INVALID_INPUT', `输入无效 — ${detail}`);
  }
  // The contract guarantees `parsed.data` matches this channel's handler; TypeScript cannot follow the
  // correlation through the union of channels, hence the cast.
  const handler = handlers[channel] as Handler<Channel>;
  try {
    return ok(await handler(parsed.data as never, context));
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    if (error instanceof StoreError && error.code === 'NOT_FOUND') return fail('NOT_FOUND', error.message);
    const message = error instanceof Error ? error.message : String(error);
    return fail('INTERNAL', `内部错误：${message}`);
  }
}
