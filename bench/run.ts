import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRenderer, rendererIsStale } from '../main/host/renderer-build';
import { measureAnnotations } from './annotations';
import { measureDeck } from './deck';
import { measureDeckEdits } from './deck-edits';
import { measureDurability } from './durability';
import { measureScripts } from './scripts';
import { measureExport } from './export';
import { measureExtraction } from './extraction';
import { measureImport } from './import';
import { measurePrint } from './print';
import { measureColdStart } from './startup';
import { printTable, type BenchRow } from './table';

/** The bench's groups, by the name that picks them (`npm run bench -- import extraction`). */
const groups: Record<string, (root: string) => BenchRow[] | Promise<BenchRow[]>> = {
  scripts: measureScripts,
  deck: () => measureDeck(),
  print: () => measurePrint(),
  startup: () => measureColdStart(5),
  extraction: () => measureExtraction(),
  import: () => measureImport(),
  annotations: () => measureAnnotations(),
  edits: () => measureDeckEdits(),
  export: () => measureExport(),
  durability: () => measureDurability(),
};

/**
 * `npm run bench`: prints a table and writes bench/results.json. Numbers, not pass/fail. Named groups run
 * only those (and write results.json only for a full run, so a partial run never replaces it).
 */
async function main(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const picked = process.argv.slice(2);
  const unknown = picked.filter((name) => !(name in groups));
  if (unknown.length > 0) throw new Error(`unknown bench group ${unknown.join(', ')}: pick from ${Object.keys(groups).join(', ')}`);
  const names = picked.length > 0 ? picked : Object.keys(groups);
  // The deck, the print routes, the start-up and the bundle sizes measure the built renderer.
  if (names.some((name) => ['scripts', 'deck', 'print', 'startup'].includes(name)) && rendererIsStale(root)) buildRenderer(root);
  const rows: BenchRow[] = [];
  for (const name of names) rows.push(...(await groups[name]!(root)));
  // Timings mean little on a busy machine: say how busy it was.
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`load average ${load} on ${cpus().length} cores\n`);
  printTable(rows);
  if (picked.length > 0) return;
  mkdirSync(join(root, 'bench'), { recursive: true });
  const results = { date: new Date().toISOString(), node: process.version, loadAverage: load, rows };
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
