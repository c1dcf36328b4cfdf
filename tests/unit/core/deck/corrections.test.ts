import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importReport } from '../../../../main/core/briefings/import';
import { reimportReport } from '../../../../main/core/briefings/reimport';
import { correctFigure, reviewedFigures, uncorrectFigure } from '../../../../main/core/deck/corrections';
import { checkBriefingDeck } from '../../../../main/core/deck/edits/service';
import { loadDeck } from '../../../../main/core/deck/load';
import { closeStore, openStore, type Db } from '../../../../main/core/store/connection';
import type { ContentSlide, Deck } from '../../../../main/shared/deck';
import { chartPoints } from '../../../../main/shared/chart-points';
import { inventedReport, toMarkdown, type InventedReport } from '../../../support/invented-report';

let db: Db;
let briefingId: number;
beforeEach(() => {
  db = openStore(':memory:').db;
  briefingId = importReport(db, 'qingchuan.md', toMarkdown(inventedReport), () => new Date('2026-12-01T08:00:00Z')).id;
});
afterEach(() => closeStore(db));

const seats = '新增学位数量|-|万个';
const retention = '义务教育巩固率|-|%';
const services = 'section:公共服务供给持续提升';
const at = (minute: number): Date => new Date(`2026-12-02T09:${String(minute).padStart(2, '0')}:00Z`);

const reviewed = (key: string) => reviewedFigures(db, briefingId).figures.find((f) => f.key === key);
const deck = (): Deck => {
  const loaded = loadDeck(db, briefingId);
  if (!loaded) throw new Error('no deck');
  return loaded;
};
const contentSlide = (key: string): ContentSlide => {
  const slide = deck().slides.find((s) => s.key === key);
  if (slide?.kind !== 'content') throw new Error(`no content slide ${key}`);
  return slide;
};
const figureKeysOnDeck = (): string[] =>
  deck().slides.flatMap((s) => (s.kind === 'content' ? [...s.cards.map((c) => c.figureKey), ...(s.chart ? chartPoints(s.chart).map((p) => p.figureKey) : [])] : []));

describe('figure corrections', () => {
  it('lay the corrected label, period, unit and qualifier over the figure, keep its value, and mark its card 已更正', () => {
    const corrected = correctFigure(db, briefingId, { figureKey: seats, label: '新增中小学学位', period: '“十四五”期间', qualifier: '超过' }, '李编辑', at(0));
    expect(corrected).toMatchObject({ key: seats, label: '新增中小学学位', period: '“十四五”期间', qualifier: '超过', unit: '万个', valueText: '31.5', value: 31.5 });
    expect(corrected.correction).toEqual({
      figureKey: seats,
      fields: { label: '新增中小学学位', period: '“十四五”期间', qualifier: '超过' },
      excluded: false,
      author: '李编辑',
      createdAt: at(0).toISOString(),
      updatedAt: at(0).toISOString(),
      version: 1,
      original: { label: '新增学位数量', period: null, unit: '万个', qualifier: null },
    });
    const card = contentSlide(services).cards.find((c) => c.figureKey === seats);
    expect(card).toMatchObject({ label: '新增中小学学位', period: '“十四五”期间', qualifier: '超过', valueText: '31.5', corrected: true });
    expect(contentSlide(services).cards.filter((c) => c.corrected).map((c) => c.figureKey)).toEqual([seats]);
  });

  it('redraw a chart from the corrected figure: its title and its point say corrected', () => {
    correctFigure(db, briefingId, { figureKey: retention, label: '九年义务教育巩固率' }, '李编辑', at(0));
    const chart = contentSlide(services).chart;
    expect(chart).toMatchObject({ kind: 'gauge', title: '九年义务教育巩固率', point: { figureKey: retention, valueText: '96.8', corrected: true } });
    expect(checkBriefingDeck(db, briefingId).findings.map((f) => f.kind)).toEqual(['corrected-figure']);
  });

  it('take an excluded figure off the deck — its card and its chart point — and keep it listed as excluded', () => {
    expect(figureKeysOnDeck()).toContain(retention);
    expect(contentSlide(services).chart).toMatchObject({ kind: 'gauge', point: { figureKey: retention } });
    correctFigure(db, briefingId, { figureKey: retention, excluded: true }, '李编辑', at(0));
    expect(figureKeysOnDeck()).not.toContain(retention);
    expect(contentSlide(services).cards.map((c) => c.figureKey)).not.toContain(retention);
    expect(reviewed(retention)?.correction).toMatchObject({ excluded: true, fields: {} });
    expect(reviewedFigures(db, briefingId).figures).toHaveLength(35);
  });

  it('undo one version at a time, back to the figure as the report prints it', () => {
    correctFigure(db, briefingId, { figureKey: seats, label: '新增学位' }, '李编辑', at(0));
    correctFigure(db, briefingId, { figureKey: seats, label: '新增学位', excluded: true }, '王审核', at(5));
    expect(reviewed(seats)?.correction).toMatchObject({ excluded: true, author: '王审核', createdAt: at(0).toISOString(), updatedAt: at(5).toISOString(), version: 2 });
    expect(figureKeysOnDeck()).not.toContain(seats);

    const back = uncorrectFigure(db, briefingId, seats, at(6));
    expect(back.correction).toMatchObject({ excluded: false, author: '李编辑', version: 1, fields: { label: '新增学位' } });
    expect(figureKeysOnDeck()).toContain(seats);
    const plain = uncorrectFigure(db, briefingId, seats, at(7));
    expect(plain.correction).toBeUndefined();
    expect(plain.label).toBe('新增学位数量');
    expect(contentSlide(services).cards.find((c) => c.figureKey === seats)).not.toHaveProperty('corrected');
    expect(() => uncorrectFigure(db, briefingId, seats, at(8))).toThrow('这项数据没有可撤销的更正');
    // The undone versions stay stored (the history), only none is in force; a new one gets the next number.
    expect(db.prepare('SELECT version, undone_at IS NOT NULL FROM figure_corrections ORDER BY version').raw().all()).toEqual([[1, 1], [2, 1]]);
    correctFigure(db, briefingId, { figureKey: seats, unit: '万' }, '李编辑', at(9));
    expect(db.prepare('SELECT max(version) FROM figure_corrections').pluck().get()).toBe(3);
    expect(reviewed(seats)?.correction).toMatchObject({ version: 1, fields: { unit: '万' } });
  });

  it('refuse an unknown figure, a correction that changes nothing and one equal to the correction in force, storing nothing', () => {
    expect(() => correctFigure(db, briefingId, { figureKey: 'no-such|-|个', label: '某' }, '李编辑')).toThrow('简报中没有这项数据（no-such|-|个），未更正');
    expect(() => correctFigure(db, briefingId, { figureKey: seats, label: '新增学位数量', unit: '万个' }, '李编辑')).toThrow('更正与报告原文相同');
    expect(db.prepare('SELECT count(*) FROM figure_corrections').pluck().get()).toBe(0);
    correctFigure(db, briefingId, { figureKey: seats, label: '学位' }, '李编辑');
    expect(() => correctFigure(db, briefingId, { figureKey: seats, label: '学位', unit: '万个' }, '李编辑')).toThrow('与当前的更正相同，未保存');
    expect(db.prepare('SELECT count(*) FROM figure_corrections').pluck().get()).toBe(1);
  });

  it('survive a re-import by figure key; one whose figure vanished is listed by the check as an orphan', () => {
    correctFigure(db, briefingId, { figureKey: seats, label: '新增中小学学位' }, '李编辑', at(0));
    correctFigure(db, briefingId, { figureKey: retention, excluded: true }, '李编辑', at(1));
    const next = withParagraph(inventedReport, '全省新建、改扩建中小学校426所，新增学位31.5万个，义务教育巩固率达到96.8%，学前教育毛入园率达到92%。', '全省新建、改扩建中小学校426所，新增学位33万个，学前教育毛入园率达到92%。');
    reimportReport(db, briefingId, 'qingchuan-v2.md', toMarkdown(next));
    // The value is the new report's; the correction stays on it.
    expect(reviewed(seats)).toMatchObject({ label: '新增中小学学位', valueText: '33', correction: { author: '李编辑' } });
    expect(reviewed(retention)).toBeUndefined();
    const findings = checkBriefingDeck(db, briefingId).findings;
    expect(findings).toContainEqual({ kind: 'orphaned-correction', figureKey: retention, message: `对数据 ${retention} 的更正（不在幻灯片中显示）已不适用：报告中已没有这项数据` });
    expect(findings.map((f) => f.kind).sort()).toEqual(['corrected-figure', 'orphaned-correction']);
  });

  it('are listed by the check: each corrected and each excluded figure, signed; none as generated', () => {
    expect(checkBriefingDeck(db, briefingId).findings).toEqual([]);
    correctFigure(db, briefingId, { figureKey: seats, label: '新增中小学学位', unit: '万' }, '李编辑', at(0));
    correctFigure(db, briefingId, { figureKey: retention, excluded: true }, '王审核', at(1));
    expect(checkBriefingDeck(db, briefingId).findings).toEqual([
      {
        kind: 'corrected-figure',
        figureKey: seats,
        label: '新增中小学学位',
        author: '李编辑',
        updatedAt: at(0).toISOString(),
        message: '数据“新增学位数量”（31.5万个）已更正：指标“新增学位数量”→“新增中小学学位”；单位“万个”→“万”（李编辑，2026-12-02 09:00）',
      },
      {
        kind: 'excluded-figure',
        figureKey: retention,
        label: '义务教育巩固率',
        author: '王审核',
        updatedAt: at(1).toISOString(),
        message: '数据“义务教育巩固率”（96.8%）已设为不在幻灯片中显示（王审核，2026-12-02 09:01）',
      },
    ]);
  });
});

function withParagraph(report: InventedReport, from: string, to: string): InventedReport {
  return {
    ...report,
    parts: report.parts.map((part) => ({
      ...part,
      sections: part.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => (p === from ? to : p)) })),
    })),
  };
}
