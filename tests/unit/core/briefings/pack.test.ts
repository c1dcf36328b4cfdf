import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPack, importPack } from '../../../../main/core/briefings/pack';
import { createAnnotation, listBriefingAnnotations } from '../../../../main/core/annotations/service';
import { applyDeckEdits, loadEditedDeck } from '../../../../main/core/deck/edits/service';
import { openStore, closeStore, type Db } from '../../../../main/core/store/connection';
import { upsertSlideNotes } from '../../../../main/core/store/queries/deck';
import { renameLibraryBriefing } from '../../../../main/core/briefings/library';
import { packFormat } from '../../../../main/shared/packs';
import { storeWithSeed } from '../deck/edits/support';
import { correctFigure, reviewedFigures, uncorrectFigure } from '../../../../main/core/deck/corrections';

let here: { db: Db; briefingId: number };
let there: Db;
beforeEach(() => {
  here = storeWithSeed();
  there = openStore(':memory:').db;
});
afterEach(() => {
  closeStore(here.db);
  closeStore(there);
});

/** A briefing someone prepared: renamed, edited, with notes of their own and annotations. */
function prepare(): void {
  const { db, briefingId } = here;
  renameLibraryBriefing(db, briefingId, '周一汇报');
  applyDeckEdits(db, briefingId, [
    { op: 'retitle', key: 'agenda', title: '议程' },
    { op: 'hide', key: 'closing' },
    { op: 'addText', after: 'cover', title: '开场', lines: ['三个方面'] },
    { op: 'budget', key: 'section:综合经济实力实现新跃升', minutes: 5 },
  ]);
  applyDeckEdits(db, briefingId, [{ op: 'minutes', key: 'cover', minutes: 1 }]);
  upsertSlideNotes(db, briefingId, 'part-1', ['我自己的备注'], 'user', '2026-12-01T09:00:00.000Z');
  createAnnotation(db, { briefingId, anchor: { kind: 'slide', slideId: 'section-1-2-p1' }, body: '这一页要讲慢', tags: ['重点'], colour: null });
  createAnnotation(db, { briefingId, anchor: { kind: 'figure', figureKey: '经济总量|2024年|万亿元' }, body: '核对', tags: [], colour: null });
}

const briefingCount = (db: Db): number => db.prepare('SELECT count(*) FROM briefings').pluck().get() as number;
const storeRows = (db: Db): unknown =>
  db.prepare(`SELECT (SELECT count(*) FROM briefings), (SELECT count(*) FROM deck_edits), (SELECT count(*) FROM annotations), (SELECT count(*) FROM slide_notes), (SELECT group_concat(title) FROM briefings)`).raw().get();
const bodies = (db: Db, briefingId: number): string[] => listBriefingAnnotations(db, { briefingId, includeDeleted: false }).map((a) => a.body).sort();

function packWith(mutate: (manifest: Record<string, unknown>) => void): Uint8Array {
  const manifest = JSON.parse(Buffer.from(exportPack(here.db, here.briefingId).bytes).toString('utf8')) as Record<string, unknown>;
  mutate(manifest);
  return new Uint8Array(Buffer.from(JSON.stringify(manifest), 'utf8'));
}

describe('.briefing packs', () => {
  it('carry a prepared briefing to another store: the same deck, notes and annotations', () => {
    prepare();
    const pack = exportPack(here.db, here.briefingId);
    expect(pack.fileName).toBe('周一汇报.briefing');
    const imported = importPack(there, pack.bytes);
    expect(imported).toMatchObject({ title: '周一汇报', created: true, reportReplaced: false, notes: 1, edits: 5 });
    expect(imported.annotations).toMatchObject({ added: 2 });
    const mine = loadEditedDeck(here.db, here.briefingId);
    const theirs = loadEditedDeck(there, imported.briefingId);
    expect({ ...theirs.deck, briefingId: 0 }).toEqual({ ...mine.deck, briefingId: 0 });
    expect(theirs.deck.slides.find((s) => s.id === 'part-1')?.notes).toEqual(['我自己的备注']);
    expect(theirs).toMatchObject({ canUndo: true, canRedo: false, orphans: [] });
    expect(bodies(there, imported.briefingId)).toEqual(['核对', '这一页要讲慢']);
    expect(there.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('imported twice, or back into the store it came from, duplicates nothing', () => {
    prepare();
    const { bytes } = exportPack(here.db, here.briefingId);
    importPack(there, bytes);
    const once = storeRows(there);
    const again = importPack(there, bytes);
    expect(again).toMatchObject({ created: false, reportReplaced: false });
    expect(again.annotations).toMatchObject({ added: 0, updated: 0 });
    expect(storeRows(there)).toEqual(once);
    const before = storeRows(here.db);
    expect(importPack(here.db, bytes)).toMatchObject({ briefingId: here.briefingId, created: false });
    expect(storeRows(here.db)).toEqual(before);
  });

  it('refuses a damaged file, a foreign file and a newer version, changing nothing', () => {
    prepare();
    const { bytes } = exportPack(here.db, here.briefingId);
    const refused = (file: Uint8Array): string => {
      const before = storeRows(there);
      let message = '';
      expect(() => {
        try {
          importPack(there, file);
        } catch (error) {
          message = (error as Error).message;
          throw error;
        }
      }).toThrow();
      expect(storeRows(there)).toEqual(before);
      return message;
    };
    expect(refused(bytes.slice(0, bytes.length - 200))).toBe('无法导入简报包：文件已损坏（内容不完整或被改动）；简报库未改动');
    const altered = Buffer.from(bytes).toString('utf8').replace('议程', '议题');
    expect(refused(new Uint8Array(Buffer.from(altered)))).toBe('无法导入简报包：文件已损坏（校验和不符，内容不完整或被改动）；简报库未改动');
    expect(refused(new Uint8Array(Buffer.from('{"@context":"http://www.w3.org/ns/anno.jsonld"}')))).toBe(
      `无法导入简报包：文件不是简报包（缺少格式标记 “${packFormat.name}”）；简报库未改动`,
    );
    expect(refused(new Uint8Array(Buffer.from('{"format":"briefing-pack","version":1}')))).toBe('无法导入简报包：文件已损坏（校验和不符，内容不完整或被改动）；简报库未改动');
    expect(refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe]))).toBe('无法导入简报包：文件不是简报包（不是 UTF-8 文本）；简报库未改动');
    expect(refused(packWith((m) => (m.version = 2)))).toBe('无法导入简报包：该简报包由更新版本的简报写入（格式版本 2，本程序支持到 1），请先升级简报；简报库未改动');
    expect(refused(packWith((m) => (Object.assign((m.content as { edits: object[] }).edits[0] ?? {}, { edit: { op: 'explode' } }))))).toContain('无法导入简报包：文件已损坏');
    expect(briefingCount(there)).toBe(0);
  });

  it('checks every edit of a pack whose hash is right: a pack written by hand with a bad edit is refused', () => {
    const bytes = packWith((m) => {
      const content = m.content as { edits: unknown[] };
      content.edits = [{ batch: 1, edit: { op: 'explode' }, context: { title: null, figureKeys: [] }, createdAt: 'now' }];
      m.sha256 = createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex');
    });
    expect(() => importPack(there, bytes)).toThrow('无法导入简报包：第 1 项幻灯片修改无效：未知的修改类型 “explode”');
    expect(briefingCount(there)).toBe(0);
  });

  it('carry the figure corrections, their history included, in an optional field a pack without corrections leaves out', () => {
    const plain = JSON.parse(Buffer.from(exportPack(here.db, here.briefingId).bytes).toString('utf8')) as { content: Record<string, unknown> };
    expect(plain.content).not.toHaveProperty('corrections');

    const retail = '社会消费品零售总额|-|亿元';
    correctFigure(here.db, here.briefingId, { figureKey: retail, label: '零售总额' }, '李编辑', new Date('2026-12-02T09:00:00Z'));
    correctFigure(here.db, here.briefingId, { figureKey: retail, label: '全年零售总额', excluded: true }, '王审核', new Date('2026-12-02T09:01:00Z'));
    uncorrectFigure(here.db, here.briefingId, retail, new Date('2026-12-02T09:02:00Z'));
    const imported = importPack(there, exportPack(here.db, here.briefingId).bytes);
    const theirs = reviewedFigures(there, imported.briefingId).figures.find((f) => f.key === retail);
    expect(theirs).toMatchObject({ label: '零售总额', correction: { author: '李编辑', excluded: false, version: 1 } });
    // The undone version went along: undoing once more there brings the report's label back, as here.
    expect(uncorrectFigure(there, imported.briefingId, retail).label).toBe('社会消费品零售总额');
    expect(there.prepare('SELECT count(*) FROM figure_corrections').pluck().get()).toBe(2);
  });
});
