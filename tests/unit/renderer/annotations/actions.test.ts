import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/client';
import type { Annotation } from '../../../../main/shared/annotations';
import { anchorOf, createNoteActions } from '../../../../renderer/src/annotations/actions';
import { createFeedback } from '../../../../renderer/src/annotations/feedback';
import { createStateStore } from '../../../../renderer/src/ui/state-store';
import type { AnnotationData, AnnotationStore } from '../../../../renderer/src/annotations/store';
import { createUndoStack } from '../../../../renderer/src/annotations/undo';
import { annotation, inkAnchor } from './fixtures';

/** A store over an in-memory "core" that can be told to fail the next write. */
function fakeStore(initial: Annotation[] = []) {
  const state = createStateStore<AnnotationData>({ status: 'ready', message: null, annotations: initial, author: null });
  let clock = Date.parse('2025-06-01T00:00:00.000Z');
  let failNext: Error | null = null;
  const rows = new Map(initial.map((a) => [a.id, a]));
  const write = (saved: Annotation): Annotation => {
    if (failNext) {
      const error = failNext;
      failNext = null;
      throw error;
    }
    rows.set(saved.id, saved);
    state.setState({ annotations: [...rows.values()].filter((a) => a.deletedAt === null) });
    return saved;
  };
  const stamp = (): string => new Date((clock += 1000)).toISOString();
  const current = (id: string): Annotation => {
    const found = rows.get(id);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };
  const store: AnnotationStore = {
    state,
    load: async () => undefined,
    create: async (anchor, content) => {
      const time = stamp();
      const base = annotation({ createdAt: time, updatedAt: time, ...content });
      return write(anchor.kind === 'ink' ? { ...base, anchor: inkAnchor(anchor.slideId), slideId: anchor.slideId } : base);
    },
    update: async (id, content, expected) => {
      if (current(id).updatedAt !== expected) throw new ApiError('CONFLICT', '批注已被修改');
      return write({ ...current(id), ...content, updatedAt: stamp() });
    },
    remove: async (id) => write({ ...current(id), deletedAt: stamp(), updatedAt: stamp() }),
    restore: async (id) => write({ ...current(id), deletedAt: null, updatedAt: stamp() }),
    setAuthorName: async () => ({ authorName: '王敏', authorNameIsDefault: false }),
    importText: async () => ({ added: 0, updated: 0, deleted: 0, unchanged: 0, deletedHere: [], skipped: [] }),
    exportFile: async () => ({ fileName: 'a.jsonld', mimeType: 'application/ld+json', text: '{}', notes: 0, ink: 0 }),
  };
  return { store, rows, failNextWith: (error: Error) => (failNext = error) };
}

function setup(initial: Annotation[] = []) {
  const fake = fakeStore(initial);
  const history = createUndoStack(fake.store);
  const feedback = createFeedback();
  const actions = createNoteActions(fake.store, history, feedback);
  const notice = (): string | undefined => feedback.state.getState().notice?.text;
  const live = (): Annotation[] => [...fake.store.state.getState().annotations];
  return { ...fake, history, feedback, actions, notice, live };
}

describe('note actions', () => {
  it('names the anchor the core expects for each kind of new note', () => {
    expect(anchorOf({ kind: 'slide', slideId: 'cover' })).toEqual({ kind: 'slide', slideId: 'cover' });
    expect(anchorOf({ kind: 'figure', figureKey: 'k' })).toEqual({ kind: 'figure', figureKey: 'k' });
    expect(anchorOf({ kind: 'selection', paragraphId: 6, start: 5, end: 9, quote: '一系列稳' })).toEqual({ kind: 'selection', paragraphId: 6, start: 5, end: 9 });
  });

  it('add → edit → delete, then undo three times and redo three times', async () => {
    const t = setup();
    const added = await t.actions.addNote({ kind: 'slide', slideId: 'cover' }, { body: '第一稿', tags: [], colour: null });
    if (!added) throw new Error('not added');
    const edited = await t.actions.editNote(added, { body: '第二稿', tags: ['数据'], colour: null });
    if (!edited) throw new Error('not edited');
    expect(await t.actions.deleteNote(edited)).toBe(true);
    expect(t.notice()).toBe('已删除批注');
    expect(t.live()).toEqual([]);

    await t.actions.undo();
    expect(t.notice()).toBe('已撤销：删除批注');
    expect(t.live().map((a) => a.body)).toEqual(['第二稿']);
    await t.actions.undo();
    expect(t.live().map((a) => a.body)).toEqual(['第一稿']);
    await t.actions.undo();
    expect(t.live()).toEqual([]);
    await t.actions.undo();
    expect(t.notice()).toBe('没有可撤销的操作');

    await t.actions.redo();
    await t.actions.redo();
    expect(t.live().map((a) => [a.body, a.tags])).toEqual([['第二稿', ['数据']]]);
    await t.actions.redo();
    expect(t.live()).toEqual([]);
    expect(t.notice()).toBe('已重做：删除批注');
  });

  it('Ctrl+Z pressed while an action is still saving undoes that action, not the one before', async () => {
    const note = annotation({ body: '刚写的' });
    const t = setup([note]);
    const deleting = t.actions.deleteNote(note); // not awaited: the key comes at once
    await t.actions.undo();
    await deleting;
    expect(t.live().map((a) => a.body)).toEqual(['刚写的']);
    expect(t.notice()).toBe('已撤销：删除批注');
  });

  it('a failed save is reported in Chinese, changes nothing and records nothing', async () => {
    const t = setup();
    t.failNextWith(new ApiError('INVALID_INPUT', '输入无效 — body：正文不能为空'));
    expect(await t.actions.addNote({ kind: 'slide', slideId: 'cover' }, { body: '', tags: [], colour: null })).toBeNull();
    expect(t.notice()).toBe('批注未保存：输入无效 — body：正文不能为空');
    expect(t.history.state.getState().undo).toEqual([]);
    expect(t.live()).toEqual([]);
  });

  it('an edit that lost a race keeps the text with the editor and says so', async () => {
    const original = annotation({ body: '旧' });
    const t = setup([original]);
    const stale = { ...original, updatedAt: '2020-01-01T00:00:00.000Z' };
    expect(await t.actions.editNote(stale, { body: '我的修改', tags: [], colour: null })).toBeNull();
    expect(t.notice()).toContain('你的文字仍在编辑框中');
    expect(t.rows.get(original.id)?.body).toBe('旧');
  });

  it('clearing a slide’s ink is one action: one undo brings every stroke back', async () => {
    const strokes = [annotation({ slideId: 'cover', anchor: inkAnchor('cover') }), annotation({ slideId: 'cover', anchor: inkAnchor('cover') })];
    const t = setup(strokes);
    expect(await t.actions.clearInk('cover')).toBe(true);
    expect(t.live()).toEqual([]);
    expect(t.notice()).toBe('已清除本张墨迹（2 笔）');
    await t.actions.undo();
    expect(t.live()).toHaveLength(2);
  });

  it('restores the notes an import left deleted, as one action that one undo takes back', async () => {
    const deleted = [annotation({ body: '甲', deletedAt: '2025-05-09T00:00:00.000Z' }), annotation({ body: '乙', deletedAt: '2025-05-09T00:00:00.000Z' })];
    const t = setup([annotation({ body: '丙' }), ...deleted]);
    expect(await t.actions.restoreNotes(deleted.map((a) => a.id))).toBe(true);
    expect(t.notice()).toBe('已恢复 2 条批注');
    expect(t.live().map((a) => a.body).sort()).toEqual(['丙', '乙', '甲']);
    await t.actions.undo();
    expect(t.notice()).toBe('已撤销：恢复批注');
    expect(t.live().map((a) => a.body)).toEqual(['丙']);
  });

  it('a stroke that cannot be saved offers 重试, which saves it and tells the caller', async () => {
    const t = setup();
    const stroke = { tool: 'pen' as const, colour: '#a61f2b', width: 0.004, points: [[0.1, 0.1, 0.5]] as [number, number, number][] };
    const saved: Annotation[] = [];
    t.failNextWith(new ApiError('INTERNAL', '无法连接到简报服务'));
    expect(await t.actions.addInk('cover', stroke, (a) => saved.push(a))).toBeNull();
    const notice = t.feedback.state.getState().notice;
    expect(notice?.text).toBe('墨迹未保存：无法连接到简报服务');
    expect(notice?.action?.label).toBe('重试');
    notice?.action?.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(saved).toHaveLength(1);
    expect(t.live()).toHaveLength(1);
  });
});
