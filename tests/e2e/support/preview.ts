import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface Preview {
  /** The address printed by `npm run preview`, token included, without the hash. */
  readonly url: string;
  readonly origin: string;
  readonly dbPath: string;
  stop(): Promise<void>;
}

/**
 * Start the real preview command (`tsx main/host/preview.ts`, what `npm run preview` runs) on a free port
 * with a store of its own, and wait for its one line `Briefing preview: <url>`.
 */
export async function startPreview(options: { dbPath?: string } = {}): Promise<Preview> {
  const dir = options.dbPath ? null : mkdtempSync(join(tmpdir(), 'briefing-e2e-'));
  const dbPath = options.dbPath ?? join(dir ?? '', 'store.db');
  const child = spawn(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'main/host/preview.ts')], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', BRIEFING_DB: dbPath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = await waitForLine(child);
  const url = line.replace(/^Briefing preview: /, '').replace(/#.*$/, '');
  return {
    url,
    origin: new URL(url).origin,
    dbPath,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function waitForLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`preview did not start in time:\n${err}`)), 60_000);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /^Briefing preview: .+$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}:\n${err}`));
    });
  });
}
