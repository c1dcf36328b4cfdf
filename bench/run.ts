import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRenderer, rendererIsStale } from '../main/host/renderer-build';
import { measureAnnotations } from './annotations';
import { measureDeck } from './deck';
import { measureDurability } from './durability';
import { measureScripts } from './scripts';
import { measureExtraction } from './extraction';
import { measureImport } from './import';
import { measurePrint } from './print';
import { measureColdStart } from './startup';
import { printTable, type BenchRow } from './table';

/** `npm run bench`: prints a table and writes bench/results.json. Numbers, not pass/fail. */
async function main(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (rendererIsStale(root)) buildRenderer(root);
  const rows: BenchRow[] = [
    ...measureScripts(root),
    ...(await measureDeck()),
    ...(await measurePrint()),
    ...(await measureColdStart(5)),
    ...measureExtraction(),
    ...(await measureImport()),
    ...(await measureAnnotations()),
    ...(await measureDurability()),
  ];
  // Timings mean little on a busy machine: say how busy it was.
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`load average ${load} on ${cpus().length} cores\n`);
  printTable(rows);
  mkdirSync(join(root, 'bench'), { recursive: true });
  const results = { date: new Date().toISOString(), node: process.version, loadAverage: load, rows };
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
