import { contextBridge, ipcRenderer } from 'electron';
import type { BriefingBridge, BriefingBridgeGlobal } from '../shared/bridge';
import { channels, exportFileInvoke, exportPdfInvoke, menuCommandEvent, menuListeningEvent, type Channel } from '../shared/channels';
import type { BriefingShell, BriefingShellGlobal, FileExportRequest, MenuCommand, PdfExportRequest, SavedExport } from '../shared/shell';
import type { Result } from '../shared/result';

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

type Subscribe = (listener: (command: unknown) => void) => () => void;

/**
 * The menu's commands, heard on the one event the main process sends (menuCommandEvent). The page's listener
 * gets the command only, never the IPC event (which would hand it the sender). Each export is one invoke
 * (exportPdfInvoke, exportFileInvoke) carrying the request and nothing else; the main process checks it.
 */
export function buildShell(subscribe: Subscribe, invoke: (channel: string, request: unknown) => Promise<unknown>): BriefingShell {
  return Object.freeze({
    onMenuCommand: (listener: (command: MenuCommand) => void) => subscribe((command) => listener(command as MenuCommand)),
    // The main process answers with a Result of this type (export-ipc.ts); the casts, as for the bridge.
    exportPdf: (request: PdfExportRequest) => invoke(exportPdfInvoke, request) as Promise<Result<SavedExport>>,
    exportFile: (request: FileExportRequest) => invoke(exportFileInvoke, request) as Promise<Result<SavedExport>>,
  });
}

const globalName: BriefingBridgeGlobal = 'briefingApi';
const shellName: BriefingShellGlobal = 'briefingShell';

contextBridge.exposeInMainWorld(
  globalName,
  // Wrapped so the page can never pass extra arguments or receive the IpcRenderer itself.
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);

contextBridge.exposeInMainWorld(
  shellName,
  buildShell((listener) => {
    const heard = (_event: unknown, command: unknown): void => listener(command);
    ipcRenderer.on(menuCommandEvent, heard);
    ipcRenderer.send(menuListeningEvent);
    return () => void ipcRenderer.removeListener(menuCommandEvent, heard);
  }, (channel, request) => ipcRenderer.invoke(channel, request)),
);
