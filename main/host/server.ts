import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { annotationLimits } from '../core/annotations/model';
import type { FirstPaint } from '../core/boot/first-paint';
import type { FirstPaintDocument } from '../core/boot/first-paint-document';
import { dispatch } from '../core/dispatch';
import type { HandlerContext } from '../core/handlers/types';
import { fail } from '../core/result';
import { contentSecurityPolicy } from '../core/security/csp';
import { contentTypeFor, resolveStaticPath } from '../core/static-files';

export interface HostOptions {
  readonly context: HandlerContext;
  /** Folder of the built renderer (index.html + assets). */
  readonly rendererDir: string;
  /** Per-run secret; every request must carry it. */
  readonly token: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Serves the app's address with the opening slide drawn in; without it, index.html goes out as built. */
  readonly firstPaint?: FirstPaint;
}

export interface RunningHost {
  readonly server: Server;
  readonly port: number;
  /** The address to open, token included. */
  readonly url: string;
  close(): Promise<void>;
}

const tokenCookieName = 'briefing_token';
const tokenCookie = (token: string): string => `${tokenCookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`;
/**
 * The largest request: an annotation file at the import cap, sent as JSON (escaping its quotes and line
 * breaks makes it larger), still reaches the core, which checks the cap and names the file's size.
 */
const maxBodyBytes = 3 * annotationLimits.importBytes;

/**
 * Serve the built renderer and the contract's handlers over HTTP on 127.0.0.1 only. The renderer calls
 * `POST /api/<channel>` with the token in a header; pages and assets carry it in a cookie set when the
 * address with `?token=` is first opened.
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const server = createServer((request, response) => {
    handleRequest(options, request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, fail('INTERNAL', String(error)));
      else response.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        server,
        port,
        url: `http://127.0.0.1:${port}/?token=${options.token}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

async function handleRequest(options: HostOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const port = (request.socket.localPort ?? 0).toString();
  // Reject any Host other than our own address: a page on another site cannot reach us by DNS rebinding.
  if (request.headers.host !== `127.0.0.1:${port}` && request.headers.host !== `localhost:${port}`) {
    return sendText(response, 403, 'Forbidden host');
  }
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

  if (url.pathname.startsWith('/api/')) {
    if (!sameToken(request.headers['x-briefing-token'], options.token)) {
      return sendJson(response, 403, fail('FORBIDDEN', '缺少或错误的访问令牌'));
    }
    if (request.method !== 'POST') return sendJson(response, 405, fail('INVALID_INPUT', '只接受 POST 请求'));
    const body = await readJsonBody(request);
    if (!body.ok) return sendJson(response, 400, fail('INVALID_INPUT', body.message));
    const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    const result = await dispatch(channel, body.value, options.context);
    return sendJson(response, 200, result);
  }

  const queryToken = url.searchParams.get('token');
  const cookieToken = readCookie(request.headers.cookie, tokenCookieName);
  if (!sameToken(queryToken ?? cookieToken ?? undefined, options.token)) return sendText(response, 403, 'Forbidden');
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');

  const path = resolveStaticPath(options.rendererDir, url.pathname);
  if (path === join(resolve(options.rendererDir), 'index.html') && options.firstPaint) {
    const document = await options.firstPaint.document();
    if (document) return sendFirstPaint(response, request.method, document, queryToken ? options.token : null);
  }
  const stats = path ? statOrNull(path) : null;
  if (!path || !stats?.isFile()) return sendText(response, 404, 'Not found');
  const headers: Record<string, string> = {
    'content-type': contentTypeFor(path),
    'content-length': String(stats.size),
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'cache-control': url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store',
  };
  if (queryToken) headers['set-cookie'] = tokenCookie(options.token);
  response.writeHead(200, headers);
  if (request.method === 'HEAD') return void response.end();
  createReadStream(path).pipe(response);
}

function sendFirstPaint(response: ServerResponse, method: string | undefined, document: FirstPaintDocument, setToken: string | null): void {
  const body = Buffer.from(document.html, 'utf8');
  const headers: Record<string, string> = {
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(body.byteLength),
    'content-security-policy': document.policy,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
  if (setToken) headers['set-cookie'] = tokenCookie(setToken);
  response.writeHead(200, headers);
  response.end(method === 'HEAD' ? undefined : body);
}

function statOrNull(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function sameToken(candidate: string | string[] | undefined, token: string): boolean {
  if (typeof candidate !== 'string') return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

async function readJsonBody(request: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return { ok: false, message: '请求内容过大' };
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: '请求内容不是有效的 JSON' };
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
