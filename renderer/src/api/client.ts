import type { BriefingBridge } from '../../../main/shared/bridge';
import type { Channel, ChannelInput, ChannelResult } from '../../../main/shared/contract';
import type { Result } from '../../../main/shared/result';
import { decodeWireBody, encodeWireBody } from '../../../main/shared/wire';

/** The renderer's only way to reach the app: the Electron preload's bridge, or the browser host over HTTP. */
export interface BriefingApi {
  call<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelResult<K>>>;
}

declare global {
  interface Window {
    briefingApi?: BriefingBridge;
  }
}

function bridgeApi(bridge: BriefingBridge): BriefingApi {
  return {
    call: (channel, input) => (bridge[channel] as (value: typeof input) => Promise<Result<ChannelResult<typeof channel>>>)(input),
  };
}

/**
 * The browser host hands out a per-run token in the page address (`?token=`); keep it for this tab (and the
 * presenter window it opens, which starts with a copy of this tab's session storage) and take it out of the
 * address at once, so it is not left in the history, a bookmark or a copied link. The page's own files are
 * fetched with the cookie the host set when the address with the token was opened.
 */
function hostToken(): string {
  const address = new URL(window.location.href);
  const fromUrl = address.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem('briefing-token', fromUrl);
    address.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${address.pathname}${address.search}${address.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem('briefing-token') ?? '';
}

function httpApi(token: string): BriefingApi {
  return {
    async call(channel, input) {
      try {
        const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-briefing-token': token },
          // JSON, with a report file's bytes as base64 (the host turns them back into bytes).
          body: encodeWireBody(input),
        });
        // Bytes in an answer (a pack file, an exported file) come as tagged base64 and are read back into a Uint8Array.
        return decodeWireBody(await response.text()) as Result<ChannelResult<typeof channel>>;
      } catch (error) {
        return { ok: false, error: { code: 'INTERNAL', message: `无法连接到简报服务：${String(error)}` } };
      }
    },
  };
}

export function createApi(): BriefingApi {
  return window.briefingApi ? bridgeApi(window.briefingApi) : httpApi(hostToken());
}

/** Unwrap a result, turning a failure into an Error whose message is already user-facing Chinese. */
export async function request<K extends Channel>(api: BriefingApi, channel: K, input: ChannelInput<K>): Promise<ChannelResult<K>> {
  const result = await api.call(channel, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
