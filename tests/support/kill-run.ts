import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { closeStore, openStore } from '../../main/core/store/connection';
import { dataDir, projectRoot, tempDir } from './temp';

/**
 * The kill run behind the durability test (50 kills, tests/unit/durability) and `npm run bench` (200): kill
 * the host with SIGKILL — no handler, no flush, no goodbye — at a random moment while clients are saving
 * annotations, restart it on the same store, again and again; then count which acknowledged saves the store
 * holds and run SQLite's integrity checks.
 *
 * The host runs as its own process, from one esbuild bundle of tests/unit/durability/kill-host.ts (the real
 * startCore + startHost + handlers + store), so each start costs a Node start rather than a TypeScript compile.
 */

export interface KillRunResult {
  readonly killed: number;
  readonly acknowledged: number;
  readonly stored: number;
  /** Acknowledged saves missing from the store: must be none. */
  readonly lost: readonly string[];
  readonly integrity: string;
  readonly ftsIntegrity: 'ok' | string;
  readonly seconds: number;
}

interface Host {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly token: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runKills(kills: number, clients = 4): Promise<KillRunResult> {
  const dir = tempDir('briefing-kill-');
  let running: ChildProcess | null = null;
  try {
    const rendererDir = join(dir.path, 'renderer');
    mkdirSync(rendererDir);
    const bundle = join(dir.path, 'kill-host.cjs');
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

    const startHost = (dbPath: string): Promise<Host> => {
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
    };

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
      const integrity = String(db.pragma('integrity_check', { simple: true }));
      let ftsIntegrity = 'ok';
      try {
        db.prepare(`INSERT INTO annotations_fts(annotations_fts) VALUES ('integrity-check')`).run();
      } catch (error) {
        ftsIntegrity = error instanceof Error ? error.message : String(error);
      }
      return {
        killed,
        acknowledged: acknowledged.size,
        stored: stored.size,
        lost: [...acknowledged].filter((id) => !stored.has(id)),
        integrity,
        ftsIntegrity,
        seconds: (performance.now() - started) / 1000,
      };
    } finally {
      closeStore(db);
    }
  } finally {
    (running as ChildProcess | null)?.kill('SIGKILL');
    dir.cleanup();
  }
}

/** Save annotations one after another until the host goes away; records the ids it acknowledged. */
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
