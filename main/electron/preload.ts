import { contextBridge, ipcRenderer } from 'electron';
import type { BriefingBridge, BriefingBridgeGlobal } from '../shared/bridge';
import { channels, type Channel } from '../shared/channels';

/**
 * Runs in the sandboxed preload (bundled to CommonJS). The page gets exactly one function per contract
 * channel and nothing else: no ipcRenderer, no way to name a channel of its own choosing.
 */
export function buildBridge(invoke: (channel: Channel, input: unknown) => Promise<unknown>): BriefingBridge {
  const entries = channels.map((channel) => [channel, (input: unknown) => invoke(channel, input)] as const);
  // The main process answers every channel with a Result of that channel's type (see ipc.ts); the types of
  // a per-key mapped object cannot be built up key by key, hence the one cast.
  return Object.freeze(Object.fromEntries(entries)) as unknown as BriefingBridge;
}

const globalName: BriefingBridgeGlobal = 'briefingApi';

contextBridge.exposeInMainWorld(
  globalName,
  // Wrapped so the page can never pass extra arguments or receive the IpcRenderer itself.
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
