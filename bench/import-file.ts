import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dispatch } from '../main/core/dispatch';
import { closeStore, openStore } from '../main/core/store/connection';
import { tempDir } from '../tests/support/temp';
import type { Deck } from '../main/shared/deck';
import type { ImportOutcome } from '../main/shared/library';

/**
 * `tsx bench/import-file.ts FILE [RUNS]`: import FILE through the handler into a fresh store and print, as one
 * line of JSON, how long it took and the process's peak memory; with RUNS, import it once to warm up (the
 * first import compiles the readers and the analysis) and then RUNS times, and print the RUNS results. Run by
 * bench/import.ts in a process of its own, which loads nothing but the app's core (no browser, no Word
 * writer), so its times and its high-water mark are the import's and the core's, as in the app. After the
 * import (and after its high-water mark is read), the new briefing's deck is opened as the app opens it.
 */

export interface TimedImport {
  readonly ms: number;
  /** The process's peak RSS so far (the kernel's high-water mark), and its RSS just before the import. */
  readonly peakRssMb: number;
  readonly rssBeforeMb: number;
  /** deck:open of the briefing just imported, as the app asks for it when the import is done, and its slides. */
  readonly openMs: number;
  readonly slides: number;
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
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const imported = result.value as ImportOutcome;
    if (imported.kind !== 'imported') throw new Error(`${fileName}: not imported (${imported.kind})`);
    const opening = performance.now();
    const opened = await dispatch('deck:open', { briefingId: imported.briefingId }, { db });
    const openMs = performance.now() - opening;
    const deck = opened.ok ? (opened.value as { deck: Deck } | null)?.deck : undefined;
    if (deck?.slides.length !== imported.slideCount) throw new Error(`${fileName}: its deck did not open as imported`);
    return { ms, peakRssMb, rssBeforeMb, openMs, slides: deck.slides.length };
  } finally {
    closeStore(db);
    dir.cleanup();
  }
}

const [file, runs] = process.argv.slice(2);
if (file && import.meta.url.endsWith(basename(process.argv[1] ?? ''))) {
  const bytes = new Uint8Array(readFileSync(file));
  if (runs === undefined) console.log(JSON.stringify(await importOnce(bytes, basename(file))));
  else {
    await importOnce(bytes, basename(file));
    const timed: TimedImport[] = [];
    for (let run = 0; run < Number(runs); run++) timed.push(await importOnce(bytes, basename(file)));
    console.log(JSON.stringify(timed));
  }
}
