import type { Db } from '../store/connection';
import type { Channel, ChannelResult, ParsedInput } from '../../shared/contract';

/** What every handler may use. Nothing here knows about IPC or HTTP. */
export interface HandlerContext {
  readonly db: Db;
}

export type Handler<K extends Channel> = (
  input: ParsedInput<K>,
  context: HandlerContext,
) => ChannelResult<K> | Promise<ChannelResult<K>>;

export type HandlerTable = { readonly [K in Channel]: Handler<K> };
