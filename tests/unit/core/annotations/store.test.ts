import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAuthorName } from '../../../../main/core/annotations/author';
import type { Annotation } from '../../../../main/shared/annotations';
import { createAnnotation, updateAnnotationContent } from '../../../../main/core/annotations/service';
import type { Db } from '../../../../main/core/store/connection';
import { call, count, failure, seededStore } from './helpers';

let db: Db;
let briefingId: number;
let close: () => void;
beforeEach(() => {
  ({ db, briefingId, close } = seededStore());
});
afterEach(() => close());

const slideNote = (body = '这一页讲就业') =>
  call(db, 'annotations:create', { briefingId, anchor: { kind: 'slide', slideId: 'section-1-2-p1' }, body });

describe('annotations: create and list', () => {
  it('creates each kind of anchor, checked against the report, and lists them with their place', async () => {
    const figures = await call(db, 'figures:list', { briefingId });
    const retail = figures.find((f) => f.valueText === '5615.3');
    const briefing = await call(db, 'briefings:get', { id: briefingId });
    const paragraph = briefing.parts[0]?.sections[1]?.paragraphs[1];
    if (!retail || !paragraph) throw new Error('seed report changed');

    const onSlide = await slideNote();
    const onFigure = await call(db, 'annotations:create', {
      briefingId,
      anchor: { kind: 'figure', figureKey: retail.key },
      body: '核实口径',
      tags: ['数据', '数据', ' 核实 '],
      colour: '#FFAA00',
    });
    const start = paragraph.text.indexOf('城镇新增就业');
    const onSelection = await call(db, 'annotations:create', {
      briefingId,
      anchor: { kind: 'selection', paragraphId: paragraph.id, start, end: start + 6 },
      body: '含灵活就业吗？',
    });
    const ink = await call(db, 'annotations:create', {
      briefingId,
      anchor: { kind: 'ink', slideId: 'cover', strokes: [{ tool: 'highlighter', colour: '#00ff00', width: 0.01, points: [[0, 0, 0.5], [1, 1, 1]] }] },
    });

    expect(onSlide).toMatchObject({ briefingId, slideId: 'section-1-2-p1', orphan: false, deletedAt: null, author: defaultAuthorName() });
    expect(onSlide.anchor).toMatchObject({ kind: 'slide', context: { heading: '基本民生保障水平显著提升' } });
    expect(onSlide.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(onFigure).toMatchObject({ tags: ['数据', '核实'], colour: '#ffaa00', paragraphId: retail.paragraphId });
    expect(onFigure.slideId).toMatch(/^section-1-2-p/);
    expect(onSelection.anchor).toMatchObject({ kind: 'quote', quote: { exact: '城镇新增就业' } });
    expect(onSelection).toMatchObject({ paragraphId: paragraph.id, textRange: { start, end: start + 6 } });
    expect(ink).toMatchObject({ body: '', slideId: 'cover', anchor: { kind: 'ink', strokes: [{ tool: 'highlighter' }] } });

    const all = await call(db, 'annotations:list', { briefingId });
    expect(all.map((a) => a.id)).toEqual([onSlide.id, onFigure.id, onSelection.id, ink.id]);
    const cover = await call(db, 'annotations:list', { briefingId, slideId: 'cover' });
    expect(cover.map((a) => a.id)).toEqual([ink.id]);
  });

  it('finds a W3C quote given without position, and one copied from the screen across markup', async () => {
    const quote = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'quote', exact: '民用机场达到46个' }, body: '新机场' });
    expect(quote.anchor).toMatchObject({ kind: 'quote', quote: { exact: '民用机场达到46个' } });
    const source = (await call(db, 'briefings:source', { id: briefingId })).text;
    if (quote.anchor.kind !== 'quote') throw new Error('kind');
    const position = quote.anchor.quote.position;
    expect(position && source.slice(position.start, position.end)).toBe('民用机场达到46个');

    const pm = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'quote', exact: 'PM2.5平均浓度' }, body: '细颗粒物' });
    expect(pm.anchor).toMatchObject({ kind: 'quote', quote: { exact: 'PM<sub>2.5</sub>平均浓度' } });

    // The report's layout broke this sentence in two; the screen shows it joined.
    const joined = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'quote', exact: '投用8个国家级' }, body: '专科' });
    expect(joined.anchor).toMatchObject({ kind: 'quote', quote: { exact: '投用8\n\n个国家级' } });
    const briefing = await call(db, 'briefings:get', { id: briefingId });
    const paragraph = briefing.parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs)).find((p) => p.id === joined.paragraphId);
    expect(paragraph?.text.slice(joined.textRange?.start, joined.textRange?.end)).toBe('投用8个国家级');
  });

  it.each([
    [{ anchor: { kind: 'slide', slideId: 'section-9-9-p9' }, body: 'x' }, /没有幻灯片 section-9-9-p9/],
    [{ anchor: { kind: 'figure', figureKey: '不存在|-|个' }, body: 'x' }, /没有数据/],
    [{ anchor: { kind: 'quote', exact: '报告里没有这句话' }, body: 'x' }, /找不到引文/],
    [{ anchor: { kind: 'slide', slideId: 'cover' }, body: '   ' }, /正文不能为空/],
    [{ anchor: { kind: 'slide', slideId: 'cover' }, body: '长'.repeat(4001) }, /4000/],
    [{ anchor: { kind: 'slide', slideId: 'cover' }, body: 'x', colour: 'red' }, /#rrggbb/],
    [{ anchor: { kind: 'ink', slideId: 'cover', strokes: [{ tool: 'pen', colour: '#000000', width: 0.01, points: [[1.5, 0, 0]] }] } }, /strokes/],
    [{ anchor: { kind: 'selection', paragraphId: 999999, start: 0, end: 2 }, body: 'x' }, /没有段落/],
  ])('refuses %j with a Chinese message', async (input, message) => {
    const error = await failure(db, 'annotations:create', { briefingId, ...input });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(message);
    expect(count(db, 'annotations')).toBe(0);
  });

  it('signs new annotations with the name set in settings', async () => {
    expect(await call(db, 'settings:get', {})).toEqual({ authorName: defaultAuthorName(), authorNameIsDefault: true });
    expect(await call(db, 'settings:set', { authorName: '  王科长 ' })).toEqual({ authorName: '王科长', authorNameIsDefault: false });
    expect((await slideNote()).author).toBe('王科长');
    expect((await failure(db, 'settings:set', { authorName: ' ' })).message).toMatch(/姓名不能为空/);
  });
});

describe('annotations: update, delete, restore, history', () => {
  it('keeps every replaced version in the history', async () => {
    const first = await slideNote('初稿');
    const second = await call(db, 'annotations:update', { id: first.id, body: '二稿', tags: ['改'] });
    expect(second).toMatchObject({ body: '二稿', tags: ['改'], createdAt: first.createdAt });
    expect(second.updatedAt > first.updatedAt).toBe(true);
    const deleted = await call(db, 'annotations:delete', { id: first.id });
    expect(deleted.deletedAt).toBe(deleted.updatedAt);
    expect(await call(db, 'annotations:list', { briefingId })).toEqual([]);
    expect((await call(db, 'annotations:list', { briefingId, includeDeleted: true })).map((a) => a.id)).toEqual([first.id]);
    const restored = await call(db, 'annotations:restore', { id: first.id });
    expect(restored).toMatchObject({ body: '二稿', deletedAt: null });

    const history = await call(db, 'annotations:history', { id: first.id });
    expect(history.map((v) => [v.reason, v.body, v.deletedAt === null])).toEqual([
      ['update', '初稿', true],
      ['delete', '二稿', true],
      ['restore', '二稿', false],
    ]);
  });

  it('marks a note edited when its text changes, never for a delete and its undo', async () => {
    const note = await slideNote('原样');
    expect(note.editedAt).toBeNull();
    await call(db, 'annotations:delete', { id: note.id });
    const restored = await call(db, 'annotations:restore', { id: note.id });
    expect(restored.updatedAt > note.updatedAt).toBe(true); // a new version, for merging …
    expect(restored.editedAt).toBeNull(); // … but not an edit
    expect((await call(db, 'annotations:list', { briefingId }))[0]?.editedAt).toBeNull();

    for (const change of [{ body: '改过' }, { tags: ['标签'] }, { colour: '#cc0000' }]) {
      const edited = await call(db, 'annotations:update', { id: note.id, ...change });
      expect(edited.editedAt).toBe(edited.updatedAt);
    }
    const editedAt = (await call(db, 'annotations:list', { briefingId }))[0]?.editedAt;
    await call(db, 'annotations:delete', { id: note.id });
    expect((await call(db, 'annotations:restore', { id: note.id })).editedAt).toBe(editedAt);
  });

  it('changes nothing (and records no version) when nothing changed or when deleting twice', async () => {
    const note = await slideNote();
    expect(await call(db, 'annotations:update', { id: note.id, body: ` ${note.body} ` })).toEqual(note);
    await call(db, 'annotations:delete', { id: note.id });
    await call(db, 'annotations:delete', { id: note.id });
    expect(count(db, 'annotation_revisions')).toBe(1);
  });

  it('refuses a save based on a version someone else has replaced', async () => {
    const note = await slideNote();
    await call(db, 'annotations:update', { id: note.id, body: '别人先改了' });
    const error = await failure(db, 'annotations:update', { id: note.id, body: '我的修改', expectedUpdatedAt: note.updatedAt });
    expect(error.message).toMatch(/已在 .* 被修改/);
    expect(error.code).toBe('CONFLICT');
    expect((await call(db, 'annotations:list', { briefingId }))[0]?.body).toBe('别人先改了');
  });

  it('refuses to empty the body of a note, to edit a deleted one, and unknown ids', async () => {
    const note = await slideNote();
    expect((await failure(db, 'annotations:update', { id: note.id, body: '' })).message).toMatch(/正文不能为空/);
    await call(db, 'annotations:delete', { id: note.id });
    expect((await failure(db, 'annotations:update', { id: note.id, body: 'x' })).message).toMatch(/请先恢复/);
    const unknown = await failure(db, 'annotations:history', { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.code).toBe('NOT_FOUND');
    expect((await failure(db, 'annotations:list', { briefingId: 4242 })).code).toBe('NOT_FOUND');
  });

  it('orders two saves within the same millisecond', () => {
    const now = new Date('2026-03-01T08:00:00.000Z');
    const note = createAnnotation(db, { briefingId, anchor: { kind: 'slide', slideId: 'cover' }, body: 'a', tags: [], colour: null }, now);
    const versions: Annotation[] = [note];
    for (const body of ['b', 'c']) versions.push(updateAnnotationContent(db, { id: note.id, body }, now));
    const times = versions.map((v) => v.updatedAt);
    expect(new Set(times).size).toBe(3);
    expect([...times].sort()).toEqual(times);
  });
});
