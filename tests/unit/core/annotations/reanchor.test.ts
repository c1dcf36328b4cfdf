import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAnnotations } from '../../../../main/core/annotations/exchange';
import { locateQuote } from '../../../../main/core/annotations/quote';
import { buildReportIndex, type ReportIndex } from '../../../../main/core/annotations/report-index';
import { importAnnotations } from '../../../../main/core/annotations/w3c-import';
import { reimportReport } from '../../../../main/core/briefings/reimport';
import type { Db } from '../../../../main/core/store/connection';
import { seedText } from '../../../support/temp';
import { call, seededStore } from './helpers';

/**
 * The seed report, edited: a section added before 基本民生保障水平显著提升 (renumbering the slides after it),
 * a figure's value changed, a sentence reworded, and the section 文化体育服务供给能力显著提升 removed.
 */
function editedReport(): string {
  const edits: [string, string][] = [
    ['## 基本民生保障水平显著提升', '## 就业创业服务显著提升\n\n全区实施就业优先战略，就业形势总体稳定。\n\n## 基本民生保障水平显著提升'],
    ['城镇新增就业累计103.8万人', '城镇新增就业累计104.2万人'],
    ['加大对特殊群体的关爱力度', '进一步加大对特殊群体的关爱力度'],
  ];
  let text = seedText();
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`seed report changed: ${from}`);
    text = text.replace(from, to);
  }
  const removedStart = text.indexOf('## 文化体育服务供给能力显著提升');
  const removedEnd = text.indexOf('## 内蒙古生态屏障筑就');
  return text.slice(0, removedStart) + text.slice(removedEnd);
}

let db: Db;
let briefingId: number;
let close: () => void;
beforeEach(() => {
  ({ db, briefingId, close } = seededStore());
});
afterEach(() => close());

const create = (anchor: Parameters<typeof call<'annotations:create'>>[2]['anchor'], body: string) =>
  call(db, 'annotations:create', { briefingId, anchor, body });

async function paragraphContaining(text: string): Promise<{ id: number; text: string }> {
  const briefing = await call(db, 'briefings:get', { id: briefingId });
  const all = briefing.parts.flatMap((p) => [...(p.lead ? [p.lead] : []), ...p.sections.flatMap((s) => s.paragraphs)]);
  const found = all.find((p) => p.text.includes(text));
  if (!found) throw new Error(`no paragraph with ${text}`);
  return found;
}

describe('re-importing an edited report', () => {
  it('keeps the briefing and re-attaches its annotations by figure key, quote and slide; the rest become orphans', async () => {
    const figures = await call(db, 'figures:list', { briefingId });
    const jobs = figures.find((f) => f.label.startsWith('城镇新增就业'));
    if (!jobs) throw new Error('seed report changed');
    const livelihood = await paragraphContaining('优于全国平均水平');
    const second = livelihood.text.indexOf('全国平均水平', livelihood.text.indexOf('全国平均水平') + 1);

    const onSlide = await create({ kind: 'slide', slideId: 'section-1-2-p1' }, '民生页');
    const onCover = await create({ kind: 'slide', slideId: 'cover' }, '封面');
    const onFigure = await create({ kind: 'figure', figureKey: jobs.key }, '就业人数');
    const onMovedQuote = await create({ kind: 'quote', exact: '随迁子女实现了“零门槛”“无障碍”入学' }, '入学');
    const onSecondOccurrence = await create({ kind: 'selection', paragraphId: livelihood.id, start: second, end: second + 6 }, '第二处');
    const onChangedQuote = await create({ kind: 'quote', exact: '城镇新增就业累计103.8万人' }, '旧数字');
    const onRemovedSlide = await create({ kind: 'slide', slideId: 'section-1-4-p1' }, '文体页');
    const onRemovedQuote = await create({ kind: 'quote', exact: '乌兰牧骑将党的声音和关怀送到草原深处' }, '乌兰牧骑');
    const before = await call(db, 'briefings:list', {});

    const result = reimportReport(db, briefingId, 'edited.txt', editedReport());
    expect(result).toMatchObject({ id: briefingId, attached: 5, orphaned: 3 });
    const after = await call(db, 'briefings:list', {});
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: briefingId, uid: before[0]?.uid, sourceName: 'edited.txt' });
    expect(after[0]?.source).not.toBe(before[0]?.source);

    const byId = new Map((await call(db, 'annotations:list', { briefingId })).map((a) => [a.id, a]));
    expect(byId.size).toBe(8); // never dropped
    expect(byId.get(onSlide.id)).toMatchObject({ orphan: false, slideId: 'section-1-3-p1', anchor: { slideId: 'section-1-3-p1' } });
    expect(byId.get(onCover.id)).toMatchObject({ orphan: false, slideId: 'cover' });
    expect(byId.get(onFigure.id)).toMatchObject({ orphan: false, anchor: { figureKey: jobs.key } });
    expect(byId.get(onFigure.id)?.slideId).toMatch(/^section-1-3-p/);

    const moved = byId.get(onMovedQuote.id);
    const newLivelihood = await paragraphContaining('优于全国平均水平');
    const newParagraph = await paragraphContaining('随迁子女');
    expect(moved).toMatchObject({ orphan: false, paragraphId: newParagraph.id });
    expect(newParagraph.text.slice(moved?.textRange?.start, moved?.textRange?.end)).toBe('随迁子女实现了“零门槛”“无障碍”入学');

    const secondAgain = byId.get(onSecondOccurrence.id);
    const newSecond = newLivelihood.text.indexOf('全国平均水平', newLivelihood.text.indexOf('全国平均水平') + 1);
    expect(secondAgain).toMatchObject({ orphan: false, paragraphId: newLivelihood.id, textRange: { start: newSecond, end: newSecond + 6 } });

    for (const gone of [onChangedQuote, onRemovedSlide, onRemovedQuote]) {
      expect(byId.get(gone.id)).toMatchObject({ orphan: true, slideId: null, paragraphId: null, body: gone.body, anchor: gone.anchor });
    }
    // Orphans have no slide: a slide's list does not show them, the briefing's list does.
    expect((await call(db, 'annotations:list', { briefingId, slideId: 'section-1-4-p1' })).map((a) => a.body)).toEqual([]);
  });

  it('brings orphans back when the text returns, and keeps search in step with the new text', async () => {
    const removed = await create({ kind: 'quote', exact: '乌兰牧骑将党的声音和关怀送到草原深处' }, '乌兰牧骑');
    reimportReport(db, briefingId, 'edited.txt', editedReport());
    expect((await call(db, 'search:query', { briefingId, query: '就业形势总体稳定' }))[0]).toMatchObject({ kind: 'paragraph' });
    expect((await call(db, 'search:query', { briefingId, query: '乌兰牧骑将党' })).map((r) => r.kind)).toEqual([]);
    expect((await call(db, 'annotations:list', { briefingId }))[0]?.orphan).toBe(true);

    reimportReport(db, briefingId, 'seed.txt', seedText());
    expect((await call(db, 'annotations:list', { briefingId }))[0]).toMatchObject({ id: removed.id, orphan: false });
    expect((await call(db, 'search:query', { briefingId, query: '乌兰牧骑将党' })).map((r) => r.kind)).toEqual(['paragraph']);
  });

  it('still takes a colleague’s file written against the report before the edit', async () => {
    const other = seededStore();
    try {
      await call(other.db, 'annotations:create', { briefingId: other.briefingId, anchor: { kind: 'quote', exact: '民用机场达到46个' }, body: '旧版上的批注' });
      const oldFile = exportAnnotations(other.db, { briefingId: other.briefingId }, 'jsonld').text;
      reimportReport(db, briefingId, 'edited.txt', editedReport());
      expect(importAnnotations(db, oldFile)).toMatchObject({ added: 1, skipped: [] });
      expect((await call(db, 'annotations:list', { briefingId }))[0]).toMatchObject({ body: '旧版上的批注', orphan: false });
    } finally {
      other.close();
    }
  });

  it('refuses a briefing that does not exist and leaves the store as it was', async () => {
    const before = await call(db, 'briefings:list', {});
    expect(() => reimportReport(db, 4242, 'x.txt', editedReport())).toThrow(/找不到/);
    expect(await call(db, 'briefings:list', {})).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM paragraphs WHERE briefing_id = ?').pluck().get(briefingId)).toBeGreaterThan(0);
  });
});

describe('locating a quote', () => {
  let index: ReportIndex;
  beforeEach(() => {
    const built = buildReportIndex(db, briefingId);
    if (!built) throw new Error('no index');
    index = built;
  });

  it('tells repeated text apart by its prefix and suffix, and by the position hint when they agree', () => {
    const source = index.source;
    const first = source.indexOf('全国平均水平');
    const second = source.indexOf('全国平均水平', first + 1);
    expect(locateQuote(index, { exact: '全国平均水平', prefix: '全部达到或超过' })?.start).toBe(second);
    expect(locateQuote(index, { exact: '全国平均水平', suffix: '；全区基本民生' })?.start).toBe(first);
    expect(locateQuote(index, { exact: '全国平均水平', start: second + 3 })?.start).toBe(second);
    expect(locateQuote(index, { exact: '全国平均水平' })?.start).toBe(first);
    expect(locateQuote(index, { exact: '不存在的句子' })).toBeNull();
  });
});
