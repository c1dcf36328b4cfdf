import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../main/core/app';
import { startHost, type RunningHost } from '../../../main/host/server';
import { maxDocumentBytes } from '../../../main/shared/documents';
import { decodeWireBody, encodeWireBody } from '../../../main/shared/wire';
import { inventedReport, toMarkdown } from '../../support/invented-report';
import { dataDir, tempDir } from '../../support/temp';

const token = 'test-token-0123456789';
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let host: RunningHost;

beforeAll(async () => {
  dir = tempDir();
  const rendererDir = join(dir.path, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir.path, 'secret.txt'), 'outside the renderer folder');
  core = startCore(join(dir.path, 'store.db'), dataDir);
  host = await startHost({ context: core, rendererDir, token, port: 0 });
});
afterAll(async () => {
  await host.close();
  core.close();
  dir.cleanup();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so the test controls every header (fetch would not let it set Host). */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string; port?: number } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: options.port ?? host.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (channel: string, body: unknown, headers: Record<string, string> = { 'x-briefing-token': token }) =>
  send(`/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('browser host with the first slide drawn in', () => {
  it('serves the app address as the drawn document, with its policy and the token cookie', async () => {
    const drawn = { html: '<!doctype html><div id="pre-drawn-slide"></div>', policy: "default-src 'none'; style-src 'self' 'sha256-abc='" };
    const rendererDir = join(dir.path, 'renderer');
    const drawing = await startHost({ context: core, rendererDir, token, port: 0, firstPaint: { document: async () => drawn } });
    try {
      const get = (path: string, headers: Record<string, string> = {}) => send(path, { headers, port: drawing.port });
      const page = await get(`/?token=${token}`);
      expect(page.body).toBe(drawn.html);
      expect(page.headers['content-security-policy']).toBe(drawn.policy);
      expect(String(page.headers['set-cookie'])).toContain('briefing_token=');
      expect((await get('/index.html')).status).toBe(403); // still no page without the token
      const cookie = String(page.headers['set-cookie']).split(';')[0] ?? '';
      expect((await get('/index.html', { cookie })).body).toBe(drawn.html);
    } finally {
      await drawing.close();
    }
  });
});

describe('browser host', () => {
  it('listens on 127.0.0.1 only and prints an address with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${token}`);
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('refuses pages and API calls without the token', async () => {
    expect((await send('/')).status).toBe(403);
    expect((await send('/assets/app.js')).status).toBe(403);
    expect((await send('/?token=wrong')).status).toBe(403);
    expect((await api('briefings:list', {}, {})).status).toBe(403);
    expect((await api('briefings:list', {}, { 'x-briefing-token': 'nope' })).status).toBe(403);
  });

  it('serves the page with the token, sets a cookie for the assets, and sends the CSP', async () => {
    const page = await send(`/?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-(inline|eval)/);
    const cookie = String(page.headers['set-cookie']).split(';')[0] ?? '';
    const asset = await send('/assets/app.js', { headers: { cookie } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const reply = await send(`${path}?token=${token}`);
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('outside');
    }
  });

  it('rejects requests addressed to another host name (DNS rebinding)', async () => {
    const reply = await send(`/?token=${token}`, { headers: { host: `evil.example:${host.port}` } });
    expect(reply.status).toBe(403);
  });

  it('answers a broken percent-encoding in an API path with 400 and the usual error, not a raw URIError', async () => {
    const reply = await send('/api/briefings%E4%B:list', { method: 'POST', headers: { 'x-briefing-token': token }, body: '{}' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '接口名称的编码无效' } });
    expect(reply.body).not.toContain('URIError');
  });

  it('answers a body over the limit with 413', async () => {
    const small = await startHost({ context: core, rendererDir: join(dir.path, 'renderer'), token, port: 0, maxBodyBytes: 100_000 });
    try {
      const reply = await send('/api/briefings:list', { port: small.port, method: 'POST', headers: { 'x-briefing-token': token }, body: `"${'x'.repeat(200_000)}"` });
      expect(reply.status).toBe(413);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '请求内容过大（超过 0.1 MB）' } });
    } finally {
      await small.close();
    }
  });

  it('sends the CSP with its plain-text refusals too', async () => {
    for (const reply of [await send('/'), await send(`/nope.txt?token=${token}`)]) {
      expect([403, 404]).toContain(reply.status);
      expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    }
  });

  it('runs the same handlers with the same validation as IPC', async () => {
    const list = JSON.parse((await api('briefings:list', {})).body);
    expect(list).toMatchObject({ ok: true, value: [{ id: 1, title: '“十四五”成就' }] });
    const invalid = JSON.parse((await api('briefings:get', { id: 'x' })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = JSON.parse((await api('nope:nope', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const broken = await send('/api/briefings:list', { method: 'POST', headers: { 'x-briefing-token': token }, body: '{not json' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await send('/api/briefings:list', { headers: { 'x-briefing-token': token } })).status).toBe(405);
  });

  it('takes an annotation file up to the import cap, and lets the core refuse a larger one by its size', async () => {
    const file = (megabytes: number): string => `[${' '.repeat(megabytes * 2 ** 20)}]`; // valid JSON, no annotations
    const taken = JSON.parse((await api('annotations:import', { text: file(5) })).body);
    expect(taken).toEqual({ ok: true, value: { added: 0, updated: 0, deleted: 0, unchanged: 0, deletedHere: [], skipped: [] } });
    const refused = JSON.parse((await api('annotations:import', { text: file(21) })).body);
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('批注文件过大（21.1 MB），超过上限 20 MB') } });
  });

  it('imports a report file sent as the request body, bytes and all, through the one contract channel', async () => {
    const bytes = new TextEncoder().encode(toMarkdown(inventedReport));
    const post = (input: unknown) =>
      send('/api/briefings:import', { method: 'POST', headers: { 'content-type': 'application/json', 'x-briefing-token': token }, body: encodeWireBody(input) });
    const imported = JSON.parse((await post({ fileName: '青川答卷.md', bytes })).body);
    expect(imported).toMatchObject({ ok: true, value: { kind: 'imported', title: '青川“十四五”答卷' } });
    const again = JSON.parse((await post({ fileName: '青川答卷.md', bytes })).body);
    expect(again).toMatchObject({ ok: true, value: { kind: 'duplicate', briefingId: imported.value.briefingId } });
    // Bytes as a plain JSON array are not bytes: the schema refuses them.
    const plain = JSON.parse((await api('briefings:import', { fileName: '青川答卷.md', bytes: [...bytes] })).body);
    expect(plain).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers a pack as bytes (tagged base64, as requests carry them) and takes it back through packs:import', async () => {
    const exported = decodeWireBody((await api('packs:export', { briefingId: 1 })).body) as { ok: true; value: { fileName: string; bytes: Uint8Array } };
    expect(exported).toMatchObject({ ok: true, value: { fileName: '“十四五”成就.briefing' } });
    expect(exported.value.bytes).toBeInstanceOf(Uint8Array);
    const post = (input: unknown) =>
      send('/api/packs:import', { method: 'POST', headers: { 'content-type': 'application/json', 'x-briefing-token': token }, body: encodeWireBody(input) });
    const imported = JSON.parse((await post({ bytes: exported.value.bytes })).body);
    expect(imported).toMatchObject({ ok: true, value: { briefingId: 1, created: false, reportReplaced: false } });
    const foreign = JSON.parse((await post({ bytes: new TextEncoder().encode('{}') })).body);
    expect(foreign).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('文件不是简报包') } });
  });

  it('takes a report file up to its cap in the body and lets the core refuse a larger one by its size', async () => {
    const refused = JSON.parse(
      (
        await send('/api/briefings:import', {
          method: 'POST',
          headers: { 'x-briefing-token': token },
          body: encodeWireBody({ fileName: '太大.txt', bytes: new Uint8Array(maxDocumentBytes + 1) }),
        })
      ).body,
    );
    expect(refused).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '“太大.txt”文件过大（20.1 MB），超过上限 20 MB，未导入' } });
  });
});
