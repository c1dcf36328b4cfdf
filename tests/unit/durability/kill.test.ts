import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../../../main/core/store/connection';
import { dataDir, projectRoot, tempDir } from '../../support/temp';

/**
 * A save is acknowledged only after its transaction committed. To prove it, kill the host with SIGKILL —
 * no handler, no flush, no goodbye — at a random moment while clients are saving annotations, at least 50
 * times, restarting it on the same store each time; then every save that was answered `ok: true` must be in
 * the store, and the store must pass SQLite's integrity check.
 *
 * The host runs as its own process, from one esbuild bundle of kill-host.ts (the real startCore + startHost +
 * handlers + store) so that each start costs a Node start rather than a TypeScript compile.
 */

const kills = 50;
const clients = 4;

let dir: ReturnType<typeof tempDir>;
let bundle: string;
let rendererDir: string;
let running: ChildProcess | null = null;

beforeAll(async () => {
  dir = tempDir('briefing-kill-');
  rendererDir = join(dir.path, 'renderer');
  mkdirSync(rendererDir);
  bundle = join(dir.path, 'kill-host.cjs');
  // better-sqlite3 stays outside the bundle (it loads a native addon); NODE_PATH lets the bundle find it.
  await build({
    entryPoints: [join(projectRoot, 'tests/unit/durability/kill-host.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
});
afterAll(() => {
  running?.kill('SIGKILL');
  dir.cleanup();
});

interface Host {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly token: string;
}

function startHost(dbPath: string): Promise<Host> {
  const child = spawn(process.execPath, [bundle], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_PATH: join(projectRoot, 'node_modules'),
      BRIEFING_DB: dbPath,
      BRIEFING_DATA_DIR: dataDir,
      BRIEFING_RENDERER_DIR: rendererDir,
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running = child;
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${err}`)), 30_000);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /^Briefing preview: (\S+)$/m.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const url = new URL(match[1]);
      resolve({ child, origin: url.origin, token: url.searchParams.get('token') ?? '' });
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${code ?? signal}) before starting:\n${err}`));
    });
  });
}

/** Save annotations one after another until the host goes away; returns the ids it acknowledged. */
async function saveUntilKilled(host: Host, client: number, acknowledged: Set<string>, firstAck: () => void): Promise<void> {
  for (let n = 0; ; n++) {
    const anchor = n % 3 === 0 ? { kind: 'quote', exact: '民用机场达到46个' } : { kind: 'slide', slideId: 'cover' };
    let reply: { ok: boolean; value?: { id: string } };
    try {
      const response = await fetch(`${host.origin}/api/annotations:create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-briefing-token': host.token },
        body: JSON.stringify({ briefingId: 1, anchor, body: `客户端 ${client} 的第 ${n} 条批注`, tags: ['压力测试'] }),
      });
      reply = (await response.json()) as typeof reply;
    } catch {
      return; // the host was killed: this save was never acknowledged
    }
    if (!reply.ok || !reply.value) throw new Error(`save refused: ${JSON.stringify(reply)}`);
    acknowledged.add(reply.value.id);
    firstAck();
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('durability', () => {
  it(`keeps every acknowledged save through ${kills} SIGKILLs of the host`, async () => {
    const dbPath = join(dir.path, 'store.db');
    const acknowledged = new Set<string>();
    let killed = 0;
    const started = performance.now();
    for (let round = 0; round < kills; round++) {
      const host = await startHost(dbPath);
      const exited = new Promise((resolve) => host.child.once('exit', resolve));
      let acked: () => void = () => undefined;
      const saving = new Promise<void>((resolve) => (acked = resolve));
      const workers = Array.from({ length: clients }, (_, client) => saveUntilKilled(host, client, acknowledged, acked));
      // Kill once saves are flowing, at a random point within the next 150 ms.
      await Promise.race([saving, pause(5_000)]);
      await pause(Math.random() * 150);
      host.child.kill('SIGKILL');
      await exited;
      killed++;
      await Promise.all(workers);
    }
    running = null;

    const { db } = openStore(dbPath);
    try {
      const stored = new Set(db.prepare('SELECT id FROM annotations').pluck().all() as string[]);
      const lost = [...acknowledged].filter((id) => !stored.has(id));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.prepare(`INSERT INTO annotations_fts(annotations_fts) VALUES ('integrity-check')`).run();
      console.log(
        `kill test: ${killed} SIGKILLs, ${acknowledged.size} acknowledged saves, ${stored.size} stored, ` +
          `${lost.length} lost, ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(killed).toBeGreaterThanOrEqual(kills);
      expect(acknowledged.size).toBeGreaterThan(kills);
      expect(lost).toEqual([]);
    } finally {
      closeStore(db);
    }
  }, 300_000);
});
