import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCore } from '../main/core/app';
import { apartBundlePath, apartBundles, buildElectron } from '../scripts/build-electron';
import { tempDir } from '../tests/support/temp';
import { exportBriefing } from '../main/core/export/index';
import type { ExportFileFormat } from '../main/shared/exports';
import { median, type BenchRow } from './table';

const dataDir = fileURLToPath(new URL('../data', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const runs = 5;

/**
 * What the desktop app pays on its first export for loading a library: the library's own bundle
 * (out/electron/exporters/, build-electron.ts) required by a fresh Node process, median of `runs`. The rows
 * above load the package from source through tsx, which resolves and transforms many more files.
 */
async function bundledLoadRows(): Promise<BenchRow[]> {
  const dir = tempDir('briefing-bench-exporters-');
  try {
    await buildElectron(root, join(dir.path, 'electron'));
    return ['pptxgenjs', 'exceljs'].map((specifier): BenchRow => {
      const bundle = apartBundles.find((candidate) => candidate.specifier === specifier);
      if (!bundle) throw new Error(`${specifier} is not bundled apart`);
      const file = join(dir.path, 'electron', apartBundlePath(bundle));
      const script = `const t = performance.now(); require(${JSON.stringify(file)}); console.log(performance.now() - t);`;
      const times = Array.from({ length: runs }, () => {
        const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
        if (run.status !== 0) throw new Error(`loading ${file} failed: ${run.stderr}`);
        return Number(run.stdout.trim());
      });
      return { name: `${specifier} loaded as the desktop app loads it`, value: Math.round(median(times)), unit: 'ms', target: '', note: `its bundle, fresh process, median of ${runs}` };
    });
  } finally {
    dir.cleanup();
  }
}

/**
 * Exporting the embedded briefing through the core (what exports:file and `briefing export` run), bytes only:
 * the first export of a run loads pptxgenjs / exceljs, later ones do not.
 */
export async function measureExport(): Promise<BenchRow[]> {
  const core = startCore(':memory:', dataDir);
  try {
    const rows: BenchRow[] = [];
    const targets: Record<ExportFileFormat, string> = { pptx: '≤ 1500 ms', xlsx: '≤ 500 ms', csv: '' };
    for (const format of ['pptx', 'xlsx', 'csv'] as const) {
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i <= runs; i++) {
        const start = performance.now();
        size = (await exportBriefing(core.db, 1, format)).bytes.length;
        times.push(performance.now() - start);
      }
      const [first = 0, ...rest] = times;
      rows.push(
        { name: `export ${format}, embedded briefing, first`, value: Math.round(first), unit: 'ms', target: targets[format], note: format === 'csv' ? 'no library to load' : 'loads the library' },
        { name: `export ${format}, embedded briefing`, value: Math.round(median(rest)), unit: 'ms', target: targets[format], note: `median of ${runs}, ${Math.round(size / 1024)} KB` },
      );
    }
    return [...rows, ...(await bundledLoadRows())];
  } finally {
    core.close();
  }
}
