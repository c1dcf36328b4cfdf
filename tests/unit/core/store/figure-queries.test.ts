import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseForStore, storeAnalysed } from '../../../../main/core/briefings/import';
import { KeyCounter, type KeyedMeaning } from '../../../../main/core/report/figures/keys';
import { placeFigures } from '../../../../main/core/report/placement';
import { closeStore, openStore, type Db } from '../../../../main/core/store/connection';
import { listFiguresOfBriefing, listFiguresOfSection } from '../../../../main/core/store/queries/figures';
import { seedText, tempDir } from '../../../support/temp';

let dir: ReturnType<typeof tempDir>;
let db: Db;
beforeEach(() => {
  dir = tempDir();
  db = openStore(join(dir.path, 'store.db')).db;
});
afterEach(() => {
  closeStore(db);
  dir.cleanup();
});

// One sentence as plain text, one with markup: its source (`quote`) and its shown text (`quoteText`) differ.
const report = ['# 某市经济运行情况', '', '## 一、总体情况', '', '全市地区生产总值达到5615.3亿元。', '', '细颗粒物（PM<sub>2.5</sub>）平均浓度下降到**28微克**每立方米。', ''].join('\n');

describe('figures as stored', () => {
  it('read back exactly as analysed, the sentence not stored again where the paragraph already holds it', () => {
    const analysed = analyseForStore(report);
    const { id } = storeAnalysed(db, 'report.md', analysed);
    const placed = placeFigures(analysed.report, analysed.figures);
    const stored = listFiguresOfBriefing(db, id);
    expect(stored.map(({ id: _id, briefingId: _b, sectionId: _s, paragraphId: _p, ...figure }) => figure)).toEqual(placed);

    const rows = (db.prepare(`SELECT detail_json ->> '$.quote' AS quote, detail_json ->> '$.quoteText' AS quoteText FROM figures ORDER BY position`).all() as {
      quote: string | null;
      quoteText: string | null;
    }[]).map((row, i) => ({ ...row, shown: stored[i]?.source.quoteText ?? '' }));
    const plain = rows.filter((row) => row.shown.startsWith('全市'));
    const marked = rows.filter((row) => row.shown.startsWith('细颗粒物'));
    expect(plain.length).toBeGreaterThan(0);
    expect(marked.length).toBeGreaterThan(0);
    // The shown sentence is its paragraph's text over quoteRange; the source sentence differs only where it has markup.
    for (const row of rows) expect(row.quoteText).toBeNull();
    for (const row of plain) expect(row.quote).toBeNull();
    for (const row of marked) expect(row.quote).toBe('细颗粒物（PM<sub>2.5</sub>）平均浓度下降到**28微克**每立方米。');
    expect(stored.find((figure) => figure.valueText === '28')?.source.quoteText).toBe('细颗粒物（PM2.5）平均浓度下降到28微克每立方米。');
    const section = stored.find((figure) => figure.valueText === '28')?.sectionId ?? -1;
    expect(listFiguresOfSection(db, id, section)).toEqual(stored.filter((figure) => figure.sectionId === section));
  });

  it('keeps the shown sentence in the row when the paragraph over its range would not give it back', () => {
    const analysed = analyseForStore(report);
    const figures = analysed.figures.map((figure) => ({ ...figure, source: { ...figure.source, quoteText: `${figure.source.quoteText}（修订）` } }));
    const { id } = storeAnalysed(db, 'report.md', { ...analysed, figures });
    const stored = listFiguresOfBriefing(db, id);
    expect(stored.map((figure) => figure.source.quoteText)).toEqual(figures.map((figure) => figure.source.quoteText));
    expect(stored.map((figure) => figure.source.quote)).toEqual(figures.map((figure) => figure.source.quote));
  });

  it('a row holds neither its key nor its position (the columns do) nor a field at its empty value, nor what its key and value give back, and reads them back', () => {
    const analysed = analyseForStore(seedText());
    const { id } = storeAnalysed(db, 'seed.txt', analysed);
    const placed = placeFigures(analysed.report, analysed.figures);
    expect(listFiguresOfBriefing(db, id).map(({ id: _id, briefingId: _b, sectionId: _s, paragraphId: _p, ...figure }) => figure)).toEqual(placed);

    const rows = db.prepare(`SELECT figure_key AS key, position, detail_json AS json FROM figures ORDER BY position`).all() as { key: string; position: number; json: string }[];
    expect(rows.map(({ key, position }) => ({ key, position }))).toEqual(placed.map((figure) => ({ key: figure.key, position: figure.index })));
    const details = rows.map((row) => JSON.parse(row.json) as Record<string, unknown>);
    for (const detail of details) {
      expect(detail).not.toHaveProperty('key');
      expect(detail).not.toHaveProperty('index');
      for (const [field, empty] of [['period', null], ['qualifier', null], ['rank', null], ['derived', false]] as const) {
        if (field in detail) expect(detail[field]).not.toEqual(empty);
      }
      if ('relations' in detail) expect(detail['relations']).not.toEqual([]);
      expect(detail['form']).toBe(2);
      // Its offsets are two arrays, not objects naming every number.
      for (const field of ['source', 'valueRange', 'quoteRange']) expect(detail).not.toHaveProperty(field);
      expect(detail['at']).toHaveLength(8);
      expect(detail['in']).toHaveLength(3);
    }
    // What the key names (label, period, unit, derived) is in no row of the seed: its keys give every one back.
    for (const field of ['label', 'unit', 'period', 'derived']) expect(details.filter((detail) => field in detail), field).toEqual([]);
    // The number as written only where it is not the value's own digits (一成, 2/3 …), the normalised value only
    // where it is not the value itself (5615.3亿元 is 561530000000 元), or none (null, as 两位数).
    const figureOf = (i: number) => placed[i] as (typeof placed)[number];
    details.forEach((detail, i) => {
      const figure = figureOf(i);
      expect('valueText' in detail, figure.valueText).toBe(figure.valueText !== String(figure.value));
      const itself = figure.normalised !== null && figure.normalised.value === figure.value && figure.normalised.unit === figure.unit;
      expect('normalised' in detail, figure.key).toBe(!itself);
    });
    expect(details.some((detail) => detail['normalised'] === null)).toBe(true);
    // The seed has figures with and without each field, so both sides of every rule above were written.
    for (const field of ['normalised', 'valueText', 'qualifier', 'rank', 'relations']) {
      const holding = details.filter((detail) => field in detail).length;
      expect(holding, field).toBeGreaterThan(0);
      expect(holding, field).toBeLessThan(details.length);
    }
  });

  it('reads a row written with its ranges and source as objects (before the offsets were arrays) as the same figure', () => {
    const analysed = analyseForStore(report);
    const { id } = storeAnalysed(db, 'report.md', analysed);
    const stored = listFiguresOfBriefing(db, id);
    const rewrite = db.prepare('UPDATE figures SET detail_json = ? WHERE id = ?');
    for (const figure of stored) {
      const { quote, quoteText, ...offsets } = figure.source;
      // As rows were written then: empty fields left out, the sentence only where the paragraph would not give it back.
      const older = {
        kind: figure.kind, value: figure.value, valueText: figure.valueText, unit: figure.unit, label: figure.label,
        valueRange: figure.valueRange, quoteRange: figure.quoteRange,
        ...(figure.normalised === null ? {} : { normalised: figure.normalised }),
        ...(figure.period === null ? {} : { period: figure.period }),
        ...(figure.qualifier === null ? {} : { qualifier: figure.qualifier }),
        source: { ...offsets, ...(quote === quoteText ? {} : { quote }) },
      };
      rewrite.run(JSON.stringify(older), figure.id);
    }
    expect(stored.some((figure) => figure.source.quote !== figure.source.quoteText)).toBe(true);
    expect(listFiguresOfBriefing(db, id)).toEqual(stored);
  });

  it('reads a row written before rows were compact, with every field in its JSON, as the same figure', () => {
    const analysed = analyseForStore(seedText());
    const { id } = storeAnalysed(db, 'seed.txt', analysed);
    const compact = listFiguresOfBriefing(db, id);
    const rewrite = db.prepare('UPDATE figures SET detail_json = ? WHERE id = ?');
    for (const { id: rowId, briefingId: _b, sectionId: _s, paragraphId: _p, ...figure } of compact) rewrite.run(JSON.stringify(figure), rowId);
    expect(listFiguresOfBriefing(db, id)).toEqual(compact);
  });

  it('keeps in the row the label, period and unit a key does not give back, and reads them back', () => {
    const analysed = analyseForStore(seedText());
    // Meanings their keys cannot tell: a label holding the keys' separator, a period written "-", a unit
    // ending in what reads as a key's number (its first key, 编号|2024年|号#2, reads as the unit 号).
    const odd: readonly Omit<KeyedMeaning, 'derived'>[] = [
      { label: '进口|出口总额', period: null, unit: '亿元' },
      { label: '增速', period: '-', unit: '%' },
      { label: '编号', period: '2024年', unit: '号#2' },
    ];
    const keys = new KeyCounter();
    const figures = analysed.figures.map((figure, i) => {
      const meaning: KeyedMeaning = { label: '', period: null, unit: '', ...odd[i % odd.length], derived: figure.derived };
      return { ...figure, ...meaning, key: keys.next(meaning) };
    });
    const { id } = storeAnalysed(db, 'seed.txt', { ...analysed, figures });
    const stored = listFiguresOfBriefing(db, id);
    expect(stored.map(({ id: _id, briefingId: _b, sectionId: _s, paragraphId: _p, ...figure }) => figure)).toEqual(placeFigures(analysed.report, figures));
    const rows = db.prepare(`SELECT figure_key AS key, detail_json ->> '$.label' AS label FROM figures`).all() as { key: string; label: string | null }[];
    const labelOf = (key: string) => rows.find((row) => row.key === key)?.label;
    for (const figure of figures.filter((f) => f.label !== '编号')) expect(labelOf(figure.key), figure.key).toBe(figure.label);
    expect(labelOf('编号|2024年|号#2')).toBe('编号');
    // A later one, 编号|2024年|号#2#2, does give its meaning back.
    expect(labelOf('编号|2024年|号#2#2')).toBeNull();
  });

  it('reads a row of the first compact form (no form, every label and unit, no normalised value meaning none) as the same figure', () => {
    const analysed = analyseForStore(seedText());
    const { id } = storeAnalysed(db, 'seed.txt', analysed);
    const stored = listFiguresOfBriefing(db, id);
    const rewrite = db.prepare('UPDATE figures SET detail_json = ? WHERE id = ?');
    for (const figure of stored) {
      const { source } = figure;
      // As rows were written then.
      const firstForm: Record<string, unknown> = { kind: figure.kind, value: figure.value, valueText: figure.valueText, unit: figure.unit, label: figure.label };
      if (figure.base !== undefined) firstForm['base'] = figure.base;
      if (figure.meaning !== undefined) firstForm['meaning'] = figure.meaning;
      if (figure.normalised !== null) firstForm['normalised'] = figure.normalised;
      if (figure.period !== null) firstForm['period'] = figure.period;
      if (figure.qualifier !== null) firstForm['qualifier'] = figure.qualifier;
      if (figure.rank !== null) firstForm['rank'] = figure.rank;
      if (figure.derived) firstForm['derived'] = true;
      if (figure.relations.length > 0) firstForm['relations'] = figure.relations;
      firstForm['at'] = [figure.valueRange.start, figure.valueRange.end, figure.quoteRange.start, figure.quoteRange.end, source.valueStart, source.valueEnd, source.quoteStart, source.quoteEnd];
      firstForm['in'] = [source.partIndex, source.sectionIndex, source.paragraphIndex];
      if (source.quote !== source.quoteText) firstForm['quote'] = source.quote;
      rewrite.run(JSON.stringify(firstForm), figure.id);
    }
    expect(stored.some((figure) => figure.normalised === null)).toBe(true);
    expect(listFiguresOfBriefing(db, id)).toEqual(stored);
  });
});
