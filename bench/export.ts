import { fileURLToPath } from 'node:url';
import { startCore } from '../main/core/app';
import { exportBriefing } from '../main/core/export/index';
import type { ExportFileFormat } from '../main/shared/exports';
import { median, type BenchRow } from './table';

const dataDir = fileURLToPath(new URL('../data', import.meta.url));
const runs = 5;

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
    return rows;
  } finally {
    core.close();
  }
}
