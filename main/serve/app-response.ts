import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { contentSecurityPolicy } from './csp';
import type { FirstPaint } from './first-paint/service';
import { contentTypeFor, resolveStaticPath } from './static-files';

/**
 * One answer to a request for the app's page or files, built the same way for the browser host (HTTP) and
 * the desktop app's app:// protocol: each only turns it into its own kind of response.
 */
export interface AppResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Null for a HEAD request. */
  readonly body: Buffer | null;
}

/** Headers every answer carries, errors included, so no response from our origin is ever looser. */
const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
} as const;

/** A short plain-text answer (an error), with the same security headers as every other. */
export function textResponse(status: number, text: string): AppResponse {
  return {
    status,
    headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    body: Buffer.from(text, 'utf8'),
  };
}

export interface AppRequest {
  /** The URL's path, still percent-encoded. */
  readonly pathname: string;
  readonly method: string;
}

/**
 * The built renderer's file for `pathname`: only GET and HEAD, only files inside `rendererDir` (no
 * traversal), 404 otherwise. The app's page (index.html) comes with its opening slide drawn in when
 * `firstPaint` can draw it. Vite names assets by content hash, so they are cached for good; the page never.
 */
export async function appResponse(rendererDir: string, request: AppRequest, firstPaint?: FirstPaint): Promise<AppResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const path = resolveStaticPath(rendererDir, request.pathname);
  if (!path) return textResponse(404, 'Not found');
  const head = request.method === 'HEAD';
  if (firstPaint && path === join(resolve(rendererDir), 'index.html')) {
    const document = await firstPaint.document();
    if (document) {
      const html = Buffer.from(document.html, 'utf8');
      return {
        status: 200,
        headers: {
          ...securityHeaders,
          'content-security-policy': document.policy,
          'content-type': 'text/html; charset=utf-8',
          'content-length': String(html.byteLength),
          'cache-control': 'no-store',
        },
        body: head ? null : html,
      };
    }
  }
  let body: Buffer;
  try {
    // One read answers "exists", "is a file" (a folder throws EISDIR) and the content, with no race between them.
    body = await readFile(path);
  } catch {
    return textResponse(404, 'Not found');
  }
  return {
    status: 200,
    headers: {
      ...securityHeaders,
      'content-type': contentTypeFor(path),
      'content-length': String(body.byteLength),
      'cache-control': request.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store',
    },
    body: head ? null : body,
  };
}
