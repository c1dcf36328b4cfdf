import { protocol } from 'electron';
import { appResponse, textResponse, type AppResponse } from '../serve/app-response';
import type { FirstPaint } from '../serve/first-paint/service';

/**
 * The renderer is served from `app://briefing/…` rather than file://: a standard, secure scheme gives the
 * page a real origin, so the CSP's 'self' means "our files only" and file:// keeps no special powers.
 */
export const appScheme = 'app';
export const appHost = 'briefing';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** True for any URL on our own origin (any path, any hash). Compared by parts: Node's URL gives custom schemes a "null" origin. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === '';
}

/** Must run before the app's `ready` event, and only once (an Electron rule). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After `ready`: answer every app:// request from the built renderer folder (index.html with its first slide drawn in). */
export function registerAppProtocol(rendererDir: string, firstPaint?: FirstPaint): void {
  protocol.handle(appScheme, (request) => serveAppRequest(rendererDir, request, firstPaint));
}

/**
 * Map one app:// request onto the built renderer: our host only, then the same answer the browser host gives
 * (serve/app-response.ts), as a fetch Response.
 */
export async function serveAppRequest(rendererDir: string, request: Request, firstPaint?: FirstPaint): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return toResponse(textResponse(404, 'Not found'));
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return toResponse(textResponse(404, 'Not found'));
  return toResponse(await appResponse(rendererDir, { pathname: url.pathname, method: request.method }, firstPaint));
}

function toResponse(answer: AppResponse): Response {
  // A view of the same bytes, typed as the fetch API wants them (a Buffer may sit on a shared pool).
  const body = answer.body ? new Uint8Array(answer.body.buffer as ArrayBuffer, answer.body.byteOffset, answer.body.byteLength) : null;
  return new Response(body, { status: answer.status, headers: answer.headers });
}
