/**
 * Every channel of the renderer ↔ main contract, as `domain:verb`. Kept free of any import so the sandboxed
 * preload can list them without pulling in the schemas.
 */
export const channels = [
  'briefings:list',
  'briefings:get',
  'briefings:source',
  'briefings:import',
  'briefings:importProgress',
  'briefings:cancelImport',
  'briefings:reimport',
  'briefings:previewReimport',
  'briefings:rename',
  'briefings:delete',
  'briefings:restore',
  'figures:list',
  'figures:correct',
  'figures:uncorrect',
  'deck:get',
  'deck:open',
  'deck:getPosition',
  'deck:setPosition',
  'deck:edited',
  'deck:applyEdits',
  'deck:undo',
  'deck:redo',
  'deck:check',
  'packs:export',
  'packs:import',
  'annotations:list',
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'annotations:restore',
  'annotations:history',
  'annotations:export',
  'annotations:import',
  'search:query',
  'exports:file',
  'settings:get',
  'settings:set',
] as const;

export type Channel = (typeof channels)[number];

export function isChannel(name: string): name is Channel {
  return (channels as readonly string[]).includes(name);
}

/**
 * The one message the main process sends the page on its own: a command of the desktop app's menu (see
 * shell.ts). Not a contract channel: the page cannot invoke it, only hear it.
 */
export const menuCommandEvent = 'menu:command';

/**
 * The page tells the shell it now hears menuCommandEvent (sent as its first listener subscribes): files the
 * OS asked the app to open before then (a double-clicked .briefing at start) are handed over from that moment.
 */
export const menuListeningEvent = 'menu:listening';

/**
 * The two calls the page makes to the desktop shell itself, outside the contract (shell.ts BriefingShell): 导出
 * PDF, because the core cannot print (only Electron's printToPDF can), and 导出 PowerPoint / Excel / CSV,
 * because the file goes where the OS save dialog says, a path the page never names.
 */
export const exportPdfInvoke = 'shell:exportPdf';
export const exportFileInvoke = 'shell:exportFile';
