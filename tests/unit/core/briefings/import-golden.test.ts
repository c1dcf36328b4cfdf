/**
 * A guard for the import's speed work: what an import stores — every figure (value, label, period, quote …)
 * and the whole deck read back (slide ids, kinds, titles, cards, notes) — for the embedded report and the
 * invented fixtures, against import-golden.json. Any change to the import's results fails here.
 *
 * To regenerate after a deliberate change: UPDATE_GOLDEN=1 npx vitest run tests/unit/core/briefings/import-golden
 * — and review every changed entry before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importReport } from '../../../../main/core/briefings/import';
import { loadDeck } from '../../../../main/core/deck/load';
import { closeStore, openStore } from '../../../../main/core/store/connection';
import { listFiguresOfBriefing } from '../../../../main/core/store/queries/figures';
import { inventedReport, toMarkdown, toPlainText } from '../../../support/invented-report';
import { projectRoot, seedText, tempDir } from '../../../support/temp';

const goldenPath = join(projectRoot, 'tests/unit/core/briefings/import-golden.json');

const reports: Record<string, () => string> = {
  'the embedded report': seedText,
  'the invented report as Markdown': () => toMarkdown(inventedReport),
  'the invented report as plain text': () => toPlainText(inventedReport),
  'the invented Gansu fixture': () => readFileSync(join(projectRoot, 'tests/fixtures/reports/invented-gansu.md'), 'utf8'),
};

const dir = tempDir('briefing-import-golden-');
afterAll(() => dir.cleanup());

/** The deck length each import reported, by report: the library lists it without building the deck. */
const reportedSlideCounts = new Map<string, number>();

/** What one import stores, as plain data: its figures and its deck, read back from a fresh store. */
function imported(name: string, text: string): unknown {
  const { db } = openStore(join(dir.path, `${Object.keys(reports).indexOf(name)}.db`));
  try {
    const { id, slideCount } = importReport(db, 'report.md', text, () => new Date('2026-01-02T03:04:05Z'));
    reportedSlideCounts.set(name, slideCount);
    return JSON.parse(JSON.stringify({ figures: listFiguresOfBriefing(db, id), deck: loadDeck(db, id) }));
  } finally {
    closeStore(db);
  }
}

describe('what an import stores', () => {
  const found = Object.fromEntries(Object.entries(reports).map(([name, text]) => [name, imported(name, text())]));
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) writeFileSync(goldenPath, `${JSON.stringify(found, null, 1)}\n`);
  const golden = JSON.parse(readFileSync(goldenPath, 'utf8')) as Record<string, { figures: unknown[]; deck: { slides: unknown[] } }>;

  for (const name of Object.keys(reports)) {
    const stored = found[name] as { figures: unknown[]; deck: { slides: unknown[] } };
    const expected = golden[name];
    it(`${name}: the same figures`, () => {
      expect(stored.figures).toEqual(expected?.figures);
    });
    it(`${name}: the import tells the deck's length as the deck has it`, () => {
      expect(reportedSlideCounts.get(name)).toBe(stored.deck.slides.length);
    });
    it(`${name}: the same deck, slide by slide`, () => {
      expect(stored.deck.slides.length).toBe(expected?.deck.slides.length);
      stored.deck.slides.forEach((slide, i) => expect(slide, `slide ${i}`).toEqual(expected?.deck.slides[i]));
    });
  }
});
