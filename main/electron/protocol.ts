import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FirstPaint } from '../core/boot/first-paint';
import { contentSecurityPolicy } from '../core/security/csp';
import { contentTypeFor, resolveStaticPath } from '../core/static-files';

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

/** Headers every answer carries, errors included, so no response from our origin is ever looser. */
const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
} as const;

/**
 * Map one app:// request onto a file of the built renderer. Same rules as the browser host: only our host,
 * only GET/HEAD, only files inside `rendererDir` (resolveStaticPath refuses traversal), 404 otherwise.
 */
export async function serveAppRequest(rendererDir: string, request: Request, firstPaint?: FirstPaint): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return textResponse(404, 'Not found');
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return textResponse(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');

  const path = resolveStaticPath(rendererDir, url.pathname);
  if (!path) return textResponse(404, 'Not found');
  if (path === join(resolve(rendererDir), 'index.html') && firstPaint) {
    const document = await firstPaint.document();
    if (document) {
      const html = Buffer.from(document.html, 'utf8');
      return new Response(request.method === 'HEAD' ? null : html, {
        status: 200,
        headers: {
          ...securityHeaders,
          'content-security-policy': document.policy,
          'content-type': 'text/html; charset=utf-8',
          'content-length': String(html.byteLength),
          'cache-control': 'no-store',
        },
      });
    }
  }
  let body: Buffer<ArrayBuffer>;
  try {
    // One read answers "exists", "is a file" (directories throw EISDIR) and the content, with no race between them.
    body = await readFile(path);
  } catch {
    return textResponse(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      ...securityHeaders,
      'content-type': contentTypeFor(path),
      'content-length': String(body.byteLength),
      // Vite names assets by content hash, so they never change; index.html must always be re-read.
      'cache-control': url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store',
    },
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
