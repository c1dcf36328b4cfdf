import type { Channel } from './channels';
import type { ChannelInput, ChannelResult } from './contract';
import type { Result } from './result';

/**
 * What the Electron preload exposes as `window.briefingApi`: one function per contract channel, resolving to
 * the same `Result` the browser host returns. Type-only, so the renderer can `import type` it without
 * pulling any main-process code into its bundle.
 */
export type BriefingBridge = {
  readonly [K in Channel]: (input: ChannelInput<K>) => Promise<Result<ChannelResult<K>>>;
};

/** The global name the preload uses; the renderer reads `window.briefingApi`. */
export type BriefingBridgeGlobal = 'briefingApi';
