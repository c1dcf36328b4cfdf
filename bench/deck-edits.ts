import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnnotation } from '../main/core/annotations/service';
import { importReport } from '../main/core/briefings/import';
import { exportPack, importPack } from '../main/core/briefings/pack';
import { dispatch } from '../main/core/dispatch';
import { loadEditedDeck } from '../main/core/deck/edits/service';
import { closeStore, openStore } from '../main/core/store/connection';
import type { DeckEdit } from '../main/shared/deck-edits';
import { median, percentile, type BenchRow } from './table';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedText = (): string => readFileSync(join(root, 'data', '000_4400adb43caeaed0.txt'), 'utf8');
const editRounds = 300;
const packRounds = 5;
const annotationCount = 1000;

/**
 * Deck edits and packs, in the core (the editing view's redraw comes on top): one edit through
 * deck:applyEdits — checked, stored in its transaction on a file store, and the deck rebuilt with every edit
 * laid over it — on a briefing already carrying 100 edits; and a .briefing pack of the embedded briefing
 * with 1,000 annotations written and read into a fresh store.
 */
export async function measureDeckEdits(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-edits-'));
  try {
    return [...(await measureApply(dir)), ...measurePacks(dir)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureApply(dir: string): Promise<BenchRow[]> {
  const { db } = openStore(join(dir, 'edits.db'));
  try {
    const briefingId = importReport(db, 'seed.txt', seedText()).id;
    const slideKeys = loadEditedDeck(db, briefingId).deck.slides.map((s) => s.key ?? s.id);
    const edit = (n: number): DeckEdit => {
      const key = slideKeys[n % slideKeys.length] ?? 'cover';
      return n % 3 === 0 ? { op: 'retitle', key, title: `标题 ${n}` } : n % 3 === 1 ? { op: 'minutes', key, minutes: (n % 10) + 1 } : { op: 'move', key, before: slideKeys[(n + 5) % slideKeys.length] ?? null };
    };
    for (let n = 0; n < 100; n++) await dispatch('deck:applyEdits', { briefingId, edits: [edit(n)] }, { db });
    const timings: number[] = [];
    for (let n = 0; n < editRounds; n++) {
      const started = performance.now();
      const result = await dispatch('deck:applyEdits', { briefingId, edits: [edit(100 + n)] }, { db });
      timings.push(performance.now() - started);
      if (!result.ok) throw new Error(result.error.message);
    }
    return [
      { name: 'deck edit applied + deck rebuilt, median', value: median(timings), unit: 'ms', note: `${editRounds} edits after 100, file store` },
      { name: 'deck edit applied + deck rebuilt, p95', value: percentile(timings, 95), unit: 'ms', target: '≤ 16 ms with the redraw' },
    ];
  } finally {
    closeStore(db);
  }
}

function measurePacks(dir: string): BenchRow[] {
  const { db } = openStore(join(dir, 'pack-from.db'));
  try {
    const briefingId = importReport(db, 'seed.txt', seedText()).id;
    for (let n = 0; n < annotationCount; n++) {
      createAnnotation(db, { briefingId, anchor: { kind: 'slide', slideId: 'section-1-2-p1' }, body: `第 ${n} 条批注：核实城镇新增就业的口径`, tags: [], colour: null });
    }
    const exports: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let n = 0; n < packRounds; n++) {
      const started = performance.now();
      bytes = exportPack(db, briefingId).bytes;
      exports.push(performance.now() - started);
    }
    const imports: number[] = [];
    for (let n = 0; n < packRounds; n++) {
      const to = openStore(join(dir, `pack-to-${n}.db`)).db;
      try {
        const started = performance.now();
        importPack(to, bytes);
        imports.push(performance.now() - started);
      } finally {
        closeStore(to);
      }
    }
    return [
      { name: 'pack export, 1,000 annotations, median', value: median(exports), unit: 'ms', target: '≤ 1000 ms', note: `${(bytes.byteLength / 1024).toFixed(0)} KB` },
      { name: 'pack import into a new store, median', value: median(imports), unit: 'ms', target: '≤ 1000 ms', note: 'report analysed, 1,000 annotations merged' },
    ];
  } finally {
    closeStore(db);
  }
}
