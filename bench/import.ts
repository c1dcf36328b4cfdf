import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../main/core/dispatch';
import { closeStore, openStore } from '../main/core/store/connection';
import { importOnce, type TimedImport } from './import-file';
import { toDocx } from '../tests/support/document-fixtures';
import { inventedReport, type InventedReport } from '../tests/support/invented-report';
import { tempDir } from '../tests/support/temp';
import { median, type BenchRow } from './table';

/**
 * Importing through the handler (`briefings:import`, as the library does): the embedded report, a Word file
 * of about 1 MB and a text file of about 5 MB (both made here from the invented report, repeated), and the
 * library list with 200 briefings. Each import goes into a fresh store, so none is answered "already there".
 *
 * The Word and the text file are imported in processes of their own, which load the app's core, bundled as
 * the app runs it, and nothing else (this one holds a browser library and the Word writer, whose heap slowed
 * the Word import by a quarter). The text file's peak memory is the kernel's high-water mark
 * (resourceUsage().maxRSS): a timer sampling RSS cannot fire while the analysis holds the thread, so it would
 * miss the peak, and in this process the peak would be that of whatever ran before.
 */

const seedPath = fileURLToPath(new URL('../data/000_4400adb43caeaed0.txt', import.meta.url));

/**
 * import-file.ts bundled as the desktop app bundles its core (scripts/build-electron.ts), so that the process
 * whose memory is measured runs the app's code and no transpiler: under tsx, whose loader compiles each
 * module on a thread of its own, the same process started 20 to 35 MB higher. Packages stay outside the
 * bundle (better-sqlite3 must, and the readers load apart in the app too); the bundle sits in node_modules'
 * cache folder so that they resolve from there.
 */
async function bundledImporter(): Promise<string> {
  const outfile = fileURLToPath(new URL('../node_modules/.cache/briefing-bench/import-file.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('./import-file.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * A file imported by a fresh process (import-file.ts, bundled), which reads it from disk as the app's file
 * dialog and the CLI do, so nothing made to build the file, and no library only the bench uses (the
 * browser, the Word writer), counts in its times or its memory. With `runs`, the process imports it once to
 * warm up and then `runs` times.
 */
function importInChild(importer: string, fileName: string, bytes: Uint8Array, runs?: number): TimedImport[] {
  const dir = tempDir('briefing-bench-file-');
  try {
    const file = join(dir.path, fileName);
    writeFileSync(file, bytes);
    const run = spawnSync(process.execPath, [importer, file, ...(runs === undefined ? [] : [String(runs)])], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the import of ${fileName} failed: ${run.stderr}`);
    const printed = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as TimedImport | TimedImport[];
    return Array.isArray(printed) ? printed : [printed];
  } finally {
    dir.cleanup();
  }
}

/** The invented report with its sections repeated until the document has about `targetBytes`. */
function repeated(report: InventedReport, copies: number): InventedReport {
  return {
    ...report,
    parts: Array.from({ length: copies }, (_, copy) =>
      report.parts.map((part) => ({ ...part, headline: `${part.headline}（${copy + 1}）` })),
    ).flat(),
  };
}

function markdownOf(report: InventedReport): string {
  const lines = [report.title, ''];
  for (const part of report.parts) {
    lines.push(`## ${part.headline}`, '', part.lead, '');
    for (const section of part.sections) lines.push(`### ${section.heading}`, '', ...section.paragraphs.flatMap((p) => [p, '']));
  }
  return lines.join('\n');
}

/** Copies of the invented report whose text is about `targetBytes` as UTF-8 (Word zips it far smaller). */
function copiesFor(targetBytes: number): number {
  const one = new TextEncoder().encode(markdownOf(inventedReport)).byteLength;
  return Math.max(1, Math.round(targetBytes / one));
}

function sizedText(targetBytes: number): Uint8Array {
  return new TextEncoder().encode(markdownOf(repeated(inventedReport, copiesFor(targetBytes))));
}

async function libraryListing(briefings: number): Promise<number[]> {
  const dir = tempDir('briefing-bench-library-');
  const { db } = openStore(join(dir.path, 'store.db'));
  try {
    const text = markdownOf(inventedReport);
    for (let i = 0; i < briefings; i++) {
      const bytes = new TextEncoder().encode(text.replace(inventedReport.title, `${inventedReport.title} ${i + 1}`));
      const result = await dispatch('briefings:import', { fileName: `报告${i + 1}.md`, bytes }, { db });
      if (!result.ok) throw new Error(result.error.message);
    }
    const times: number[] = [];
    for (let run = 0; run < 15; run++) {
      const started = performance.now();
      const result = await dispatch('briefings:list', {}, { db });
      times.push(performance.now() - started);
      const listed = result.ok ? (result.value as readonly unknown[]).length : -1;
      if (listed !== briefings) throw new Error(`the library listed ${listed} of ${briefings} briefings`);
    }
    return times;
  } finally {
    closeStore(db);
    dir.cleanup();
  }
}

const round = (value: number): number => Math.round(value * 10) / 10;
const size = (bytes: Uint8Array): string =>
  bytes.byteLength >= 2 ** 20 ? `${(bytes.byteLength / 2 ** 20).toFixed(2)} MB` : `${Math.round(bytes.byteLength / 1024)} KB`;

export async function measureImport(): Promise<BenchRow[]> {
  const seed = new Uint8Array(readFileSync(seedPath));
  await importOnce(seed, 'warm-up.txt'); // the first import compiles the readers and the analysis
  const seedRuns: TimedImport[] = [];
  for (let run = 0; run < 7; run++) seedRuns.push(await importOnce(seed, '000_4400adb43caeaed0.txt'));
  const docxCopies = copiesFor(2 ** 20);
  const docx = await toDocx(repeated(inventedReport, docxCopies));
  const importer = await bundledImporter();
  const docxRuns = importInChild(importer, '青川答卷.docx', docx, 3);
  const text = sizedText(5 * 2 ** 20);
  // Three cold imports, each in a fresh process as a person imports a file once: the median time, the highest peak.
  const textRuns = [1, 2, 3].flatMap(() => importInChild(importer, '青川答卷.txt', text));
  const textRun = textRuns.find((run) => run.ms === median(textRuns.map((r) => r.ms)));
  if (!textRun) throw new Error('the text import printed nothing');
  const peakRssMb = Math.max(...textRuns.map((run) => run.peakRssMb));
  const listing = await libraryListing(200);
  return [
    { name: 'import through the handler: the embedded report', value: round(median(seedRuns.map((r) => r.ms))), unit: 'ms', target: '≤ 50 ms', note: `${size(seed)}, median of 7 after one warm-up` },
    { name: 'import through the handler: a Word file', value: round(median(docxRuns.map((r) => r.ms))), unit: 'ms', target: '≤ 1500 ms', note: `${docxCopies} copies of the invented report (its text as in a 1 MB .txt; Word zips repeated text to ${size(docx)}), in a process of its own, median of 3 after one warm-up` },
    { name: 'import through the handler: a text file', value: round(textRun.ms), unit: 'ms', target: '≤ 5000 ms', note: `${size(text)} .txt, each import in a fresh process, median of 3 (${textRuns.map((r) => Math.round(r.ms)).join(', ')} ms)` },
    {
      name: 'peak memory (RSS) while importing the text file',
      value: round(peakRssMb),
      unit: 'MB',
      target: '≤ 300 MB',
      note: `the highest of those processes' high-water marks (maxRSS); ${round(textRun.rssBeforeMb)} MB before the import`,
    },
    {
      name: 'open the deck of the imported text file',
      value: round(textRun.openMs),
      unit: 'ms',
      note: `deck:open of that briefing (${textRun.slides} slides) right after its import, as the app opens a new briefing`,
    },
    { name: 'library list with 200 briefings', value: round(median(listing)), unit: 'ms', target: '≤ 30 ms', note: 'briefings:list, median of 15' },
  ];
}
