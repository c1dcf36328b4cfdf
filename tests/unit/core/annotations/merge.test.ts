import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { decideMerge, decideTombstone } from '../../../../main/core/annotations/merge';
import type { AnnotationContent } from '../../../../main/shared/annotations';
import { createAnnotation, deleteAnnotation, restoreAnnotation, updateAnnotationContent } from '../../../../main/core/annotations/service';
import { importAnnotations } from '../../../../main/core/annotations/w3c-import';
import { exportAnnotations } from '../../../../main/core/annotations/exchange';
import { saveAuthorName } from '../../../../main/core/annotations/author';
import { listAnnotations, listRevisions } from '../../../../main/core/store/queries/annotations';
import { count, seededStore, steppingClock } from './helpers';

const version = (over: Partial<AnnotationContent> = {}): AnnotationContent => ({
  anchor: { kind: 'slide', slideId: 'cover', context: { heading: null, figureKeys: [] } },
  body: '原文',
  author: '甲',
  tags: [],
  colour: null,
  updatedAt: '2026-03-01T08:00:00.000Z',
  editedAt: null,
  deletedAt: null,
  ...over,
});

describe('merge rules', () => {
  it.each([
    ['nothing here yet', null, version(), true, 'add'],
    ['same version', version(), version(), true, 'unchanged'],
    ['theirs newer', version(), version({ body: '新', updatedAt: '2026-03-01T09:00:00.000Z' }), true, 'replace'],
    ['ours newer', version({ updatedAt: '2026-03-01T09:00:00.000Z' }), version({ body: '旧' }), true, 'keep-current'],
    ['theirs without a time', version(), version({ body: '无时间', updatedAt: '2099-01-01T00:00:00.000Z' }), false, 'keep-current'],
    ['same time in other zone spelling', version(), version({ updatedAt: '2026-03-01T16:00:00+08:00' }), true, 'unchanged'],
    ['their deletion, newer', version(), version({ updatedAt: '2026-03-01T09:00:00.000Z', deletedAt: '2026-03-01T09:00:00.000Z' }), true, 'replace'],
  ] as const)('%s → %s', (_name, current, theirs, timed, action) => {
    expect(decideMerge(current, { content: theirs, timed }).action).toBe(action);
  });

  it.each([
    ['no note here', null, '2026-03-01T09:00:00.000Z', true, 'nothing'],
    ['ours already deleted', version({ deletedAt: '2026-03-01T07:00:00.000Z' }), '2026-03-01T09:00:00.000Z', true, 'nothing'],
    ['their deletion newer', version(), '2026-03-01T09:00:00.000Z', true, 'delete'],
    ['ours newer (restored since)', version({ updatedAt: '2026-03-01T10:00:00.000Z' }), '2026-03-01T09:00:00.000Z', true, 'keep-current'],
    ['same millisecond', version(), '2026-03-01T08:00:00.000Z', true, 'keep-current'],
    ['theirs without a time', version(), '2099-01-01T00:00:00.000Z', false, 'keep-current'],
  ] as const)('a tombstone, %s → %s', (_name, current, updatedAt, timed, action) => {
    expect(decideTombstone(current, { updatedAt, timed })).toBe(action);
  });

  it('settles a same-millisecond conflict the same way on both machines', () => {
    const a = version({ body: '甲的改动' });
    const b = version({ body: '乙的改动' });
    const onA = decideMerge(a, { content: b, timed: true }).action;
    const onB = decideMerge(b, { content: a, timed: true }).action;
    expect([onA, onB].sort()).toEqual(['keep-current', 'replace']);
  });
});

describe('importing a colleague’s file', () => {
  const mine = seededStore();
  const theirs = seededStore();
  const clock = steppingClock();
  afterEach(() => {
    for (const store of [mine, theirs]) store.db.exec('DELETE FROM annotation_revisions; DELETE FROM annotations;');
  });
  afterAll(() => {
    mine.close();
    theirs.close();
  });

  const fileOf = (store: typeof mine) => exportAnnotations(store.db, { briefingId: store.briefingId }, 'jsonld').text;
  const note = (store: typeof mine, body: string) =>
    createAnnotation(store.db, { briefingId: store.briefingId, anchor: { kind: 'slide', slideId: 'section-1-2-p1' }, body, tags: ['标签'], colour: null }, clock());

  it('adds what is new, then a second import of the same file changes nothing', () => {
    saveAuthorName(theirs.db, '李四');
    note(theirs, '同事的批注一');
    note(theirs, '同事的批注二');
    const file = fileOf(theirs);
    expect(importAnnotations(mine.db, file)).toEqual({ added: 2, updated: 0, deleted: 0, unchanged: 0, deletedHere: [], skipped: [] });
    const snapshot = mine.db.prepare('SELECT * FROM annotations ORDER BY seq').all();
    expect(importAnnotations(mine.db, file)).toEqual({ added: 0, updated: 0, deleted: 0, unchanged: 2, deletedHere: [], skipped: [] });
    expect(mine.db.prepare('SELECT * FROM annotations ORDER BY seq').all()).toEqual(snapshot);
    expect(count(mine.db, 'annotation_revisions')).toBe(0);

    const imported = listAnnotations(mine.db, { briefingId: mine.briefingId, includeDeleted: false });
    expect(imported.map((a) => [a.author, a.body, a.tags, a.slideId])).toEqual([
      ['李四', '同事的批注一', ['标签'], 'section-1-2-p1'],
      ['李四', '同事的批注二', ['标签'], 'section-1-2-p1'],
    ]);
  });

  it('lets the newer edit win on both sides and keeps the other version in the history, authors kept', () => {
    saveAuthorName(theirs.db, '李四');
    const original = note(theirs, '初稿');
    importAnnotations(mine.db, fileOf(theirs));
    // I edit it, then they edit it later: theirs is newer.
    updateAnnotationContent(mine.db, { id: original.id, body: '我的改动' }, clock());
    updateAnnotationContent(theirs.db, { id: original.id, body: '同事的改动' }, clock());

    expect(importAnnotations(mine.db, fileOf(theirs))).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    const [current] = listAnnotations(mine.db, { briefingId: mine.briefingId, includeDeleted: false });
    expect(current).toMatchObject({ body: '同事的改动', author: '李四', createdAt: original.createdAt });
    expect(listRevisions(mine.db, original.id).map((r) => [r.reason, r.body])).toEqual([
      ['update', '初稿'],
      ['import', '我的改动'],
    ]);

    // The other way round my version is older: theirs stays, mine is kept in their history, once.
    importAnnotations(theirs.db, fileOf(mine));
    const before = listRevisions(theirs.db, original.id).length;
    expect(importAnnotations(theirs.db, fileOf(mine))).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(listRevisions(theirs.db, original.id)).toHaveLength(before);
    const [theirCurrent] = listAnnotations(theirs.db, { briefingId: theirs.briefingId, includeDeleted: false });
    expect(theirCurrent?.body).toBe('同事的改动');
  });

  it('keeps an older colleague version in the history without changing ours', () => {
    const original = note(theirs, '初稿');
    importAnnotations(mine.db, fileOf(theirs));
    updateAnnotationContent(mine.db, { id: original.id, body: '我后来改的' }, clock());
    updateAnnotationContent(theirs.db, { id: original.id, body: '他更早改的' }, new Date('2026-01-01T00:00:00Z'));
    const counts = importAnnotations(mine.db, fileOf(theirs));
    expect(counts).toMatchObject({ updated: 0, unchanged: 1 });
    expect(listRevisions(mine.db, original.id).map((r) => r.body)).toContain('他更早改的');
    expect(listAnnotations(mine.db, { briefingId: mine.briefingId, includeDeleted: false })[0]?.body).toBe('我后来改的');
  });

  it('carries a deletion to the colleague as a tombstone, and a later restore as the note', () => {
    const original = note(theirs, '要删的');
    importAnnotations(mine.db, fileOf(theirs));
    const deletion = deleteAnnotation(theirs.db, { id: original.id }, clock());
    const file = fileOf(theirs);
    expect(file).not.toContain('要删的');
    expect(importAnnotations(mine.db, file)).toEqual({ added: 0, updated: 0, deleted: 1, unchanged: 0, deletedHere: [], skipped: [] });
    expect(listAnnotations(mine.db, { briefingId: mine.briefingId, includeDeleted: false })).toEqual([]);
    // Deleted here as it was: what it said stays on this machine, to be restored.
    const [deleted] = listAnnotations(mine.db, { briefingId: mine.briefingId, includeDeleted: true });
    expect(deleted).toMatchObject({ body: '要删的', tags: ['标签'], updatedAt: deletion.updatedAt, deletedAt: deletion.deletedAt });
    expect(importAnnotations(mine.db, file)).toEqual({ added: 0, updated: 0, deleted: 0, unchanged: 0, deletedHere: [], skipped: [] });

    restoreAnnotation(theirs.db, original.id, clock());
    expect(importAnnotations(mine.db, fileOf(theirs))).toMatchObject({ updated: 1 });
    expect(listAnnotations(mine.db, { briefingId: mine.briefingId, includeDeleted: false })).toMatchObject([{ body: '要删的', deletedAt: null }]);
  });

  it('keeps a note restored (or edited) here after the colleague deleted it; adds nothing for a deletion of a note never had', () => {
    const kept = note(theirs, '我恢复了');
    importAnnotations(mine.db, fileOf(theirs));
    deleteAnnotation(theirs.db, { id: kept.id }, clock());
    deleteAnnotation(mine.db, { id: kept.id }, clock());
    restoreAnnotation(mine.db, kept.id, clock()); // after their deletion
    const neverHad = note(theirs, '从没传过来');
    deleteAnnotation(theirs.db, { id: neverHad.id }, clock());

    expect(importAnnotations(mine.db, fileOf(theirs))).toEqual({ added: 0, updated: 0, deleted: 0, unchanged: 1, deletedHere: [], skipped: [] });
    expect(listAnnotations(mine.db, { briefingId: mine.briefingId, includeDeleted: true })).toMatchObject([{ id: kept.id, deletedAt: null }]);
  });

  it('tells the colleague when the text was edited: a delete undone is not an edit there either', () => {
    const edited = note(theirs, '初稿');
    const restored = note(theirs, '原样');
    importAnnotations(mine.db, fileOf(theirs));
    const { editedAt } = updateAnnotationContent(theirs.db, { id: edited.id, body: '二稿' }, clock());
    for (const { id } of [edited, restored]) {
      deleteAnnotation(theirs.db, { id }, clock());
      restoreAnnotation(theirs.db, id, clock());
    }
    expect(importAnnotations(mine.db, fileOf(theirs))).toMatchObject({ updated: 2 });
    const after = listAnnotations(mine.db, { briefingId: mine.briefingId, includeDeleted: false });
    expect(after.map((a) => [a.body, a.editedAt])).toEqual([['二稿', editedAt], ['原样', null]]);

    // A file that does not say (another tool's): a new text is an edit at its time, the same text is not.
    const foreign = JSON.parse(fileOf(theirs)) as { first: { items: Record<string, unknown>[] } };
    const later = '2030-01-01T00:00:00.000Z';
    const [first, second] = foreign.first.items.map((item) => ({ ...item, modified: later, 'briefing:edited': undefined }));
    const bodies = [{ type: 'TextualBody', value: '三稿', purpose: 'commenting' }];
    importAnnotations(mine.db, JSON.stringify([{ ...first, body: bodies }, second]));
    const foreignAfter = listAnnotations(mine.db, { briefingId: mine.briefingId, includeDeleted: false });
    expect(foreignAfter.map((a) => [a.body, a.editedAt])).toEqual([['三稿', later], ['原样', null]]);
  });

  it('re-importing an earlier file after deleting notes: the newer deletion wins, and says which notes it left deleted', () => {
    const notes = ['留着', '删了一', '删了二'].map((body) => note(mine, body));
    const earlier = fileOf(mine);
    for (const { id } of notes.slice(1)) deleteAnnotation(mine.db, { id }, clock());

    const counts = importAnnotations(mine.db, earlier);
    expect(counts).toEqual({ added: 0, updated: 0, deleted: 0, unchanged: 1, deletedHere: notes.slice(1).map((n) => n.id), skipped: [] });
    expect(listAnnotations(mine.db, { briefingId: mine.briefingId, includeDeleted: false }).map((a) => a.body)).toEqual(['留着']);
    // Still so the second time; and the history, which keeps them, can bring them back.
    expect(importAnnotations(mine.db, earlier)).toEqual(counts);
    for (const id of counts.deletedHere) restoreAnnotation(mine.db, id, clock());
    expect(listAnnotations(mine.db, { briefingId: mine.briefingId, includeDeleted: false }).map((a) => [a.body, a.editedAt])).toEqual([
      ['留着', null],
      ['删了一', null],
      ['删了二', null],
    ]);
  });

  it('skips annotations of a report this machine does not have, saying why', () => {
    note(theirs, '别的报告');
    const file = fileOf(theirs).replaceAll(/urn:sha256:[0-9a-f]{64}/g, `urn:sha256:${'0'.repeat(64)}`);
    const counts = importAnnotations(mine.db, file);
    expect(counts).toMatchObject({ added: 0, updated: 0, unchanged: 0 });
    expect(counts.skipped).toEqual([{ item: 1, id: expect.any(String), reason: expect.stringMatching(/本机没有这份报告/) }]);
  });
});

describe('annotations from other W3C tools', () => {
  const { db, briefingId, close } = seededStore();
  afterEach(() => db.exec('DELETE FROM annotation_revisions; DELETE FROM annotations;'));
  afterAll(close);
  const sha = (db.prepare('SELECT source_sha256 FROM briefings WHERE id = ?').pluck().get(briefingId) as string);

  it('imports an annotation with a string body, a string creator and a TextQuoteSelector as a quote annotation', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.invalid/annotations/42',
      type: 'Annotation',
      creator: '外单位 赵六',
      created: '2026-02-01T10:00:00+08:00',
      body: '这个数字和统计公报一致',
      target: {
        source: `urn:sha256:${sha}`,
        selector: { type: 'TextQuoteSelector', exact: '综合交通网里程达到23.8万公里' },
      },
    };
    const text = JSON.stringify(foreign);
    expect(importAnnotations(db, text)).toMatchObject({ added: 1, updated: 0, unchanged: 0, skipped: [] });
    expect(importAnnotations(db, text)).toMatchObject({ added: 0, unchanged: 1 });
    const [imported] = listAnnotations(db, { briefingId, includeDeleted: false });
    expect(imported).toMatchObject({
      author: '外单位 赵六',
      body: '这个数字和统计公报一致',
      createdAt: '2026-02-01T02:00:00.000Z',
      orphan: false,
      anchor: { kind: 'quote', quote: { exact: '综合交通网里程达到23.8万公里' } },
    });
    expect(imported?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5/);
    expect(imported?.slideId).toMatch(/^section-1-3/);
  });

  it('reads an array of annotations with TextualBody bodies, tags, a Person creator and several targets', () => {
    const items = [
      {
        id: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
        type: ['Annotation'],
        creator: [{ type: 'Person', name: '钱七' }],
        modified: '2026-02-02T00:00:00Z',
        body: [
          { type: 'TextualBody', value: '值得表扬', purpose: 'commenting' },
          { type: 'TextualBody', value: '亮点', purpose: 'tagging' },
          { id: 'http://example.invalid/photo.jpg', type: 'Image' },
        ],
        target: ['http://example.invalid/page', { source: `urn:sha256:${sha}`, selector: [{ type: 'CssSelector', value: 'p' }, { type: 'TextQuoteSelector', exact: '集大原高铁开通运行' }] }],
      },
    ];
    expect(importAnnotations(db, JSON.stringify(items))).toMatchObject({ added: 1 });
    expect(listAnnotations(db, { briefingId, includeDeleted: false })[0]).toMatchObject({
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      author: '钱七',
      body: '值得表扬',
      tags: ['亮点'],
    });
  });

  it('refuses an invalid file as a whole, names the problem and where, and writes nothing', () => {
    createAnnotation(db, { briefingId, anchor: { kind: 'slide', slideId: 'cover' }, body: '已有', tags: [], colour: null });
    const good = (n: number) => ({
      id: `urn:uuid:00000000-0000-4000-8000-00000000000${n}`,
      type: 'Annotation',
      body: `第${n}条`,
      target: { source: `urn:sha256:${sha}`, selector: { type: 'TextQuoteSelector', exact: '民用机场达到46个' } },
    });
    const broken = { ...good(3), target: { source: `urn:sha256:${sha}`, selector: { type: 'TextQuoteSelector', prefix: '呼和浩特' } } };
    const file = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [good(1), good(2), broken] } };
    const before = { annotations: count(db, 'annotations'), revisions: count(db, 'annotation_revisions') };
    expect(() => importAnnotations(db, JSON.stringify(file))).toThrow('第 3 条批注：target.selector.exact 缺失');
    expect({ annotations: count(db, 'annotations'), revisions: count(db, 'annotation_revisions') }).toEqual(before);
  });

  it.each([
    ['broken JSON', '{"type": "Annotation",', /^批注文件无效，未导入任何批注 — 不是有效的 JSON：文件不完整或已损坏$/],
    ['the Markdown summary', '# 批注摘要：“十四五”成就\n\n- **张三**', /^这不是批注文件：只能导入 Briefing 导出的 \.jsonld 文件（W3C JSON-LD 格式）。这像是导出的 Markdown 摘要，它只供阅读，不能导入。未导入任何批注。$/],
    ['plain text', '会议纪要', /^这不是批注文件：只能导入 Briefing 导出的 \.jsonld 文件（W3C JSON-LD 格式）。未导入任何批注。$/],
    ['not annotations', JSON.stringify({ hello: 'world' }), /应为 W3C 批注/],
    ['no target', JSON.stringify([{ id: 'urn:uuid:1', type: 'Annotation', body: 'x' }]), /第 1 条批注：target 缺失/],
    ['wrong type', JSON.stringify([{ id: 'a', type: 'Note', body: 'x', target: 'urn:x' }]), /第 1 条批注：type 应为 "Annotation"/],
    ['bad time', JSON.stringify([{ id: 'a', type: 'Annotation', modified: '昨天', target: 'urn:x' }]), /modified 不是有效的时间/],
    ['bad position', JSON.stringify([{ id: 'a', type: 'Annotation', target: { source: 'urn:x', selector: [{ type: 'TextPositionSelector', start: 5 }] } }]), /target\.selector\[0\]\.end 缺失/],
    ['bad ink', JSON.stringify([{ id: 'a', type: 'Annotation', target: { source: 'urn:x', selector: { type: 'FragmentSelector', value: 'cover', 'briefing:ink': [{ tool: 'brush' }] } } }]), /briefing:ink\[0\]\.tool/],
    ['body too long', JSON.stringify([{ id: 'a', type: 'Annotation', body: '长'.repeat(4001), target: 'urn:x' }]), /body 正文超过 4000 字/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => importAnnotations(db, text)).toThrow(message);
    expect(count(db, 'annotations')).toBe(0);
  });
});
