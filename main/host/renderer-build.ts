import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Newest modification time of any file below `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The two builds of the renderer: the app for the browser, and the slide drawer for Node (vite.config.ts). */
const builds = [
  { output: join('out', 'renderer', 'index.html'), args: ['build'] },
  { output: join('out', 'first-paint', 'pre-draw.cjs'), args: ['build', '--ssr'] },
] as const;

/** True when either build is missing or older than the renderer's sources. */
export function rendererIsStale(root: string): boolean {
  let builtAt: number;
  try {
    builtAt = Math.min(...builds.map((b) => statSync(join(root, b.output)).mtimeMs));
  } catch {
    return true;
  }
  const sources = [join(root, 'renderer'), join(root, 'main', 'core')];
  return sources.some((dir) => newestMtime(dir) > builtAt);
}

/** Build the renderer (both builds, as `npm run build:renderer`) with vite on this same Node, failing loudly. */
export function buildRenderer(root: string): void {
  const require = createRequire(join(root, 'package.json'));
  const viteBin = join(require.resolve('vite/package.json'), '..', 'bin', 'vite.js');
  for (const { args } of builds) {
    const result = spawnSync(process.execPath, [viteBin, ...args, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`renderer build failed: vite ${args.join(' ')} (exit ${result.status ?? result.signal})`);
  }
}
