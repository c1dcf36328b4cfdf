import {
  BrowserWindow,
  screen,
  type HandlerDetails,
  type Session,
  type WebContents,
  type WebPreferences,
  type WindowOpenHandlerResponse,
} from 'electron';
import { planPresenterLayout } from './presenter-layout';
import { appEntryUrl, isAppUrl } from './protocol';

/** Dark like the slides, so the window does not flash white before the first paint. */
export const windowBackgroundColor = '#0b1220';
export const windowTitle = '简报 Briefing';

/**
 * The renderer gets no Node, no webview and no way around the same-origin rules; it talks to the main
 * process only through the preload's `briefingApi`. Pure so a test can assert every flag.
 */
export function buildWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** webContents ids of the windows we created; the IPC layer answers only these. */
const ourWebContentsIds = new Set<number>();
let mainWindow: BrowserWindow | null = null;

export function isOurWebContents(contents: WebContents): boolean {
  return ourWebContentsIds.has(contents.id);
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 640,
    minHeight: 400,
    title: windowTitle,
    backgroundColor: windowBackgroundColor,
    show: false,
    webPreferences: buildWebPreferences(preloadPath),
  });
  trustWindow(window);
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });

  window.once('ready-to-show', () => window.show());
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    console.error(`Briefing: could not load ${appEntryUrl}:`, error);
    window.show(); // never leave an invisible window holding the app open
  });
  return window;
}

/** Answer IPC from this window (and its webContents) until it is closed. */
function trustWindow(window: BrowserWindow): void {
  const contentsId = window.webContents.id; // read now: webContents is gone once the window is closed
  ourWebContentsIds.add(contentsId);
  window.on('closed', () => ourWebContentsIds.delete(contentsId));
}

/**
 * A window nobody sees, to print a print route to PDF (pdf-export.ts): the same locked-down preferences
 * as the main window and the same guards (web-contents-created), and trusted over IPC like it, since the
 * page reads the briefing through the bridge. It keeps drawing while hidden (charts report ready from an
 * animation frame). The caller destroys it when the PDF is made.
 */
export function createPrintWindow(preloadPath: string, url: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    show: false,
    paintWhenInitiallyHidden: true,
    backgroundColor: '#ffffff',
    webPreferences: { ...buildWebPreferences(preloadPath), backgroundThrottling: false },
  });
  trustWindow(window);
  window.loadURL(url).catch(() => undefined); // a page that never loads is the print wait's timeout
  return window;
}

/** The audience window, where the library and imports live (the presenter view never gets the menu's commands). */
export function getMainWindow(): BrowserWindow | null {
  return mainWindow;
}

/** Bring the existing window forward, e.g. when the user starts the app a second time. */
export function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/**
 * Keep a webContents on our origin: no navigation elsewhere (links, drag-and-drop, redirects, subframes),
 * no <webview>, no new windows. In-page hash changes, which the deck uses for routing, are not navigations
 * and are unaffected. Applied to every webContents the app ever creates, from `web-contents-created` (see
 * main.ts), not window by window: a contents nobody thought of is guarded too.
 */
export function guardWebContents(contents: WebContents, preloadPath: string): void {
  const denyForeign = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-frame-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => decideWindowOpen(details, preloadPath, presenterWindow !== null));
  contents.on('did-create-window', (window, details) => {
    if (isPresenterUrl(details.url)) adoptPresenterWindow(window);
    else window.destroy(); // cannot happen: every other open is denied above
  });
}

let presenterWindow: BrowserWindow | null = null;

/** Register the presenter window as ours (so IPC answers it) and lay both windows out on the displays. */
function adoptPresenterWindow(window: BrowserWindow): void {
  trustWindow(window);
  presenterWindow = window;
  window.on('closed', () => {
    if (presenterWindow === window) presenterWindow = null;
    if (mainWindow?.isFullScreen()) mainWindow.setFullScreen(false);
  });
  const displays = screen.getAllDisplays().map(({ id, bounds, workArea }) => ({ id, bounds, workArea }));
  const layout = planPresenterLayout(displays, screen.getPrimaryDisplay().id);
  window.setBounds(layout.presenter);
  if (layout.audience && mainWindow) {
    mainWindow.setBounds(layout.audience.bounds);
    mainWindow.setFullScreen(true);
  }
}

/**
 * Every window.open / target=_blank ends here. Exactly one window may open: the presenter view, on our own
 * entry page, with the same locked-down preferences as the main window. Everything else is refused.
 */
export function decideWindowOpen(
  details: Pick<HandlerDetails, 'url'>,
  preloadPath: string,
  presenterAlreadyOpen: boolean,
): WindowOpenHandlerResponse {
  if (presenterAlreadyOpen || !isPresenterUrl(details.url)) return { action: 'deny' };
  return {
    action: 'allow',
    overrideBrowserWindowOptions: {
      title: `${windowTitle} · 演讲者视图`,
      backgroundColor: windowBackgroundColor,
      autoHideMenuBar: true,
      webPreferences: buildWebPreferences(preloadPath),
    },
  };
}

/** The only URL the presenter window may load: our entry page with a `#/presenter…` route. */
export function isPresenterUrl(url: string): boolean {
  if (!isAppUrl(url)) return false;
  const parsed = new URL(url);
  const entry = new URL(appEntryUrl);
  return parsed.pathname === entry.pathname && parsed.search === '' && /^#\/presenter(?:[/?]|$)/.test(parsed.hash);
}

/**
 * The app needs no camera, microphone, notifications, clipboard reads, devices or anything else a page can
 * ask for. The one exception is `fullscreen` for our own pages: presenters press F in the deck, and refusing
 * it would leave Element.requestFullscreen() pending forever (a known Electron behaviour).
 */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'fullscreen' && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents.getURL())),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}
