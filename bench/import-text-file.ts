import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dispatch } from '../main/core/dispatch';
import { closeStore, openStore } from '../main/core/store/connection';
import { tempDir } from '../tests/support/temp';

/**
 * `tsx bench/import-text-file.ts FILE`: import FILE through the handler into a fresh store and print, as one
 * line of JSON, how long it took and the process's peak memory. Run by bench/import.ts in a process of its
 * own, which loads nothing but the app's core (no browser, no Word writer), so its high-water mark is the
 * import's and the core's, as in the app.
 */

export interface TimedImport {
  readonly ms: number;
  /** The process's peak RSS so far (the kernel's high-water mark), and its RSS just before the import. */
  readonly peakRssMb: number;
  readonly rssBeforeMb: number;
}

export async function importOnce(bytes: Uint8Array, fileName: string): Promise<TimedImport> {
  const dir = tempDir('briefing-bench-import-');
  const { db } = openStore(join(dir.path, 'store.db'));
  try {
    const rssBeforeMb = process.memoryUsage.rss() / 2 ** 20;
    const started = performance.now();
    const result = await dispatch('briefings:import', { fileName, bytes }, { db });
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`${fileName}: ${result.error.message}`);
    return { ms, peakRssMb: process.resourceUsage().maxRSS / 1024, rssBeforeMb };
  } finally {
    closeStore(db);
    dir.cleanup();
  }
}

const file = process.argv[2];
if (file && import.meta.url.endsWith(basename(process.argv[1] ?? ''))) {
  console.log(JSON.stringify(await importOnce(new Uint8Array(readFileSync(file)), basename(file))));
}
