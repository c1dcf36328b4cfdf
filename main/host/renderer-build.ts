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

/** True when out/renderer is missing or older than the renderer's sources. */
export function rendererIsStale(root: string): boolean {
  let builtAt: number;
  try {
    builtAt = statSync(join(root, 'out', 'renderer', 'index.html')).mtimeMs;
  } catch {
    return true;
  }
  const sources = [join(root, 'renderer'), join(root, 'main', 'core')];
  return sources.some((dir) => newestMtime(dir) > builtAt);
}

/** Build the renderer with vite on this same Node, failing loudly if the build fails. */
export function buildRenderer(root: string): void {
  const require = createRequire(join(root, 'package.json'));
  const viteBin = join(require.resolve('vite/package.json'), '..', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`renderer build failed (exit ${result.status ?? result.signal})`);
}
