import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../support/temp';

const protocolMock = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }));
vi.mock('electron', () => ({ protocol: protocolMock }));

const { appEntryUrl, isAppUrl, registerAppProtocol, registerAppScheme, serveAppRequest } = await import('../../../main/electron/protocol');

let dir: ReturnType<typeof tempDir>;
let rendererDir: string;

beforeAll(() => {
  dir = tempDir();
  rendererDir = join(dir.path, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dir.path, 'secret.txt'), 'outside the renderer folder');
});
afterAll(() => dir.cleanup());

const get = (url: string, method = 'GET'): Promise<Response> => serveAppRequest(rendererDir, new Request(url, { method }));

describe('app:// scheme', () => {
  it('is registered as standard, secure and fetch-capable, and nothing more', () => {
    registerAppScheme();
    expect(protocolMock.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is handled by serveAppRequest', async () => {
    registerAppProtocol(rendererDir);
    expect(protocolMock.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocolMock.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    expect((await handler(new Request(appEntryUrl))).status).toBe(200);
  });
});

describe('serveAppRequest', () => {
  it('serves the entry page with the CSP and nosniff', async () => {
    const response = await get(appEntryUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('<title>t</title>');
  });

  it('serves index.html for the bare origin', async () => {
    expect((await get('app://briefing/')).status).toBe(200);
  });

  it('serves hashed assets as immutable', async () => {
    const response = await get('app://briefing/assets/app-1234.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('sends a CSP whose script-src allows no inline or eval', async () => {
    const csp = (await get(appEntryUrl)).headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src')) ?? '';
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("default-src 'none'");
  });

  it.each([
    'app://briefing/../../etc/passwd',
    'app://briefing/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://briefing/%2e%2e/secret.txt',
    'app://briefing/..%2fsecret.txt',
    'app://briefing/..%5csecret.txt',
    'app://briefing/%00index.html',
    'app://briefing/%E0%A4%A',
  ])('refuses to leave the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer folder');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for missing files, folders and other hosts', async () => {
    expect((await get('app://briefing/nope.js')).status).toBe(404);
    expect((await get('app://briefing/assets')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://briefing:8080/index.html')).status).toBe(404);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get(appEntryUrl, 'POST')).status).toBe(405);
    const head = await get(appEntryUrl, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('serveAppRequest with the first slide drawn in', () => {
  const drawn = { html: '<!doctype html><div id="pre-drawn-slide"></div>', policy: "default-src 'none'; script-src 'self' 'sha256-abc='" };

  it('serves index.html, under both its names, as the drawn document with its own policy', async () => {
    const firstPaint = { document: vi.fn(async () => drawn) };
    for (const url of [appEntryUrl, 'app://briefing/']) {
      const response = await serveAppRequest(rendererDir, new Request(url), firstPaint);
      expect(await response.text()).toBe(drawn.html);
      expect(response.headers.get('content-security-policy')).toBe(drawn.policy);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    // Assets are files as before, under the base policy.
    const asset = await serveAppRequest(rendererDir, new Request('app://briefing/assets/app-1234.js'), firstPaint);
    expect(asset.headers.get('content-security-policy')).not.toContain('sha256');
    expect(firstPaint.document).toHaveBeenCalledTimes(2);
  });

  it('falls back to index.html as built when nothing could be drawn', async () => {
    const response = await serveAppRequest(rendererDir, new Request(appEntryUrl), { document: async () => null });
    expect(await response.text()).toBe('<!doctype html><title>t</title>');
  });
});

describe('isAppUrl', () => {
  it('accepts only app://briefing', () => {
    expect(isAppUrl('app://briefing/index.html#/2')).toBe(true);
    expect(isAppUrl('app://briefing.evil/index.html')).toBe(false);
    expect(isAppUrl('app://user@briefing/index.html')).toBe(false);
    expect(isAppUrl('https://briefing/index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});
