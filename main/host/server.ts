import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { annotationLimits } from '../shared/annotations';
import { maxDocumentBytes } from '../shared/documents';
import { decodeWireBody, encodeWireBody } from '../shared/wire';
import { dispatch } from '../core/dispatch';
import type { HandlerContext } from '../core/handlers/types';
import { fail } from '../shared/result';
import { appResponse, textResponse, type AppResponse } from '../serve/app-response';
import type { FirstPaint } from '../serve/first-paint/service';

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
  /** The largest request body, in bytes (default: room for a report file or an annotation file at its cap). */
  readonly maxBodyBytes?: number;
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
 * breaks makes it larger), or a report file at its cap, sent as base64 (4/3 of its size; shared/wire.ts),
 * still reaches the core, which checks the cap and names the file's size. Anything larger is refused (413).
 */
const defaultMaxBodyBytes = Math.max(3 * annotationLimits.importBytes, 2 * maxDocumentBytes);

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
    return send(response, textResponse(403, 'Forbidden host'));
  }
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

  if (url.pathname.startsWith('/api/')) {
    if (!sameToken(request.headers['x-briefing-token'], options.token)) {
      return sendJson(response, 403, fail('FORBIDDEN', '缺少或错误的访问令牌'));
    }
    if (request.method !== 'POST') return sendJson(response, 405, fail('INVALID_INPUT', '只接受 POST 请求'));
    const channel = decodePath(url.pathname.slice('/api/'.length));
    if (channel === null) return sendJson(response, 400, fail('INVALID_INPUT', '接口名称的编码无效'));
    const body = await readJsonBody(request, options.maxBodyBytes ?? defaultMaxBodyBytes);
    // A body cut short leaves the rest of it on the connection: close it rather than read what follows as a request.
    if (!body.ok) return sendJson(response, body.status, fail('INVALID_INPUT', body.message), body.status === 413 ? { connection: 'close' } : {});
    const result = await dispatch(channel, body.value, options.context);
    return sendJson(response, 200, result);
  }

  const queryToken = url.searchParams.get('token');
  const cookieToken = readCookie(request.headers.cookie, tokenCookieName);
  if (!sameToken(queryToken ?? cookieToken ?? undefined, options.token)) return send(response, textResponse(403, 'Forbidden'));
  const answer = await appResponse(options.rendererDir, { pathname: url.pathname, method: request.method ?? 'GET' }, options.firstPaint);
  // The address with ?token= is opened once; the cookie carries the token for the page's files from then on.
  const cookie: Record<string, string> = queryToken && answer.status === 200 ? { 'set-cookie': tokenCookie(options.token) } : {};
  return send(response, { ...answer, headers: { ...answer.headers, ...cookie } });
}

function send(response: ServerResponse, answer: AppResponse): void {
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body ?? undefined);
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

/** A percent-encoded path segment, or null when its encoding is broken (%E4%B, %ZZ). */
function decodePath(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string };

async function readJsonBody(request: IncomingMessage, maxBodyBytes: number): Promise<JsonBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return { ok: false, status: 413, message: `请求内容过大（超过 ${Math.round(maxBodyBytes / 100_000) / 10} MB）` };
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: decodeWireBody(text) };
  } catch {
    return { ok: false, status: 400, message: '请求内容不是有效的 JSON' };
  }
}

/** JSON, with bytes in it (a pack file, an exported file) as the same tagged base64 a request carries (shared/wire.ts). */
function sendJson(response: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = encodeWireBody(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...extra,
  });
  response.end(text);
}
