import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../main/core/app';
import { startHost, type RunningHost } from '../../../main/host/server';
import { channels } from '../../../main/shared/channels';
import { requestBody } from '../../support/payloads';
import { dataDir, tempDir } from '../../support/temp';

/**
 * The browser host under 10,000 generated request bodies on every channel (and some that are no channel):
 * every answer is one of the statuses the host means to give, with the usual JSON error body — never a 500,
 * never a dropped connection — and the store passes SQLite's integrity checks afterwards.
 */
const requests = 10_000;
const token = 'fuzz-token-0123456789';
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let host: RunningHost;

beforeAll(async () => {
  dir = tempDir('briefing-host-fuzz-');
  const rendererDir = join(dir.path, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  core = startCore(join(dir.path, 'store.db'), dataDir);
  host = await startHost({ context: core, rendererDir, token, port: 0 });
});
afterAll(async () => {
  await host.close();
  core.close();
  dir.cleanup();
});

function post(path: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path, method: 'POST', headers: { 'content-type': 'application/json', 'x-briefing-token': token } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const channelPath = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...channels).map((channel) => `/api/${encodeURIComponent(channel)}`) },
  { weight: 1, arbitrary: fc.constantFrom('/api/nope:list', '/api/%E0%A4%A', '/api/__proto__', '/api/', '/api/briefings:list/extra') },
);

describe('the host under generated requests', () => {
  it(`answers ${requests} generated requests with a deliberate status and a typed body`, async () => {
    let sent = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(channelPath, requestBody, async (path, body) => {
        sent++;
        const reply = await post(path, body);
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        expect([200, 400, 404, 413]).toContain(reply.status);
        const parsed = JSON.parse(reply.body) as { ok: boolean; error?: { code: unknown; message: unknown } };
        expect(typeof parsed.ok).toBe('boolean');
        if (!parsed.ok) {
          expect(typeof parsed.error?.code).toBe('string');
          expect(typeof parsed.error?.message).toBe('string');
          expect(parsed.error?.code).not.toBe('INTERNAL');
        }
      }),
      { numRuns: requests, seed: 20261202 },
    );
    console.log(`host fuzz: ${sent} requests → ${[...statuses].map(([status, n]) => `${status} ×${n}`).join(', ')}`);
    expect(sent).toBeGreaterThanOrEqual(requests);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 300_000);
});
