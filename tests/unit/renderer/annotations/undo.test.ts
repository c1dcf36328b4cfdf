import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../main/shared/annotations';
import { createdStep, createUndoStack, deletedStep, updatedStep, type NoteContent, type UndoTarget } from '../../../../renderer/src/annotations/undo';
import { annotation } from './fixtures';

/**
 * An in-memory stand-in for the core: versions move on with every change, and a write with a stale
 * expected version is refused, as annotations:update / annotations:delete do.
 */
function fakeCore(initial: readonly Annotation[]) {
  const rows = new Map(initial.map((a) => [a.id, a]));
  let clock = Date.parse('2025-06-01T00:00:00.000Z');
  const calls: string[] = [];
  const save = (id: string, change: Partial<Annotation>): Annotation => {
    const current = rows.get(id);
    if (!current) throw new Error(`no ${id}`);
    clock += 1000;
    const next = { ...current, ...change, updatedAt: new Date(clock).toISOString() };
    rows.set(id, next);
    return next;
  };
  const check = (id: string, expected: string): void => {
    if (rows.get(id)?.updatedAt !== expected) throw Object.assign(new Error('批注已被修改'), { code: 'CONFLICT' });
  };
  const target: UndoTarget = {
    remove: async (id, expected) => {
      calls.push(`delete ${id}`);
      check(id, expected);
      return rows.get(id)?.deletedAt ? (rows.get(id) as Annotation) : save(id, { deletedAt: new Date(clock).toISOString() });
    },
    restore: async (id) => {
      calls.push(`restore ${id}`);
      return rows.get(id)?.deletedAt ? save(id, { deletedAt: null }) : (rows.get(id) as Annotation);
    },
    update: async (id, content: NoteContent, expected) => {
      calls.push(`update ${id} ${content.body}`);
      check(id, expected);
      return save(id, { body: content.body, tags: content.tags, colour: content.colour });
    },
  };
  return { rows, calls, target, edit: (id: string, body: string) => save(id, { body }) };
}

describe('the undo stack', () => {
  it('undoes a create by deleting, and redoes it by restoring the same annotation (no new id)', async () => {
    const created = annotation({ body: '新批注' });
    const core = fakeCore([created]);
    const stack = createUndoStack(core.target);
    stack.record({ label: '添加批注', steps: [createdStep(created)] });

    expect((await stack.undo())?.label).toBe('添加批注');
    expect(core.rows.get(created.id)?.deletedAt).not.toBeNull();
    expect(stack.state.getState()).toMatchObject({ undo: [], redo: [{ label: '添加批注' }] });

    await stack.redo();
    expect(core.rows.get(created.id)?.deletedAt).toBeNull();
    expect(core.calls).toEqual([`delete ${created.id}`, `restore ${created.id}`]);
    expect(stack.state.getState().undo).toHaveLength(1);
  });

  it('undoes an update by writing the old text back, and redoes it with the new text', async () => {
    const before = annotation({ body: '旧' });
    const core = fakeCore([before]);
    const after = core.edit(before.id, '新');
    const stack = createUndoStack(core.target);
    stack.record({ label: '修改批注', steps: [updatedStep(before, after)] });

    await stack.undo();
    expect(core.rows.get(before.id)?.body).toBe('旧');
    await stack.redo();
    expect(core.rows.get(before.id)?.body).toBe('新');
    // And once more: each move carried the version it produced, so none is refused as stale.
    await stack.undo();
    expect(core.rows.get(before.id)?.body).toBe('旧');
  });

  it('undoes a delete by restoring, and redoes it by deleting again', async () => {
    const note = annotation();
    const core = fakeCore([note]);
    const deleted = await core.target.remove(note.id, note.updatedAt);
    const stack = createUndoStack(core.target);
    stack.record({ label: '删除批注', steps: [deletedStep(deleted)] });

    await stack.undo();
    expect(core.rows.get(note.id)?.deletedAt).toBeNull();
    await stack.redo();
    expect(core.rows.get(note.id)?.deletedAt).not.toBeNull();
  });

  it('undoes a chain of actions on one note (add, edit, delete) back to nothing, and redoes it', async () => {
    const created = annotation({ body: '第一稿' });
    const core = fakeCore([created]);
    const stack = createUndoStack(core.target);
    stack.record({ label: '添加批注', steps: [createdStep(created)] });
    const edited = core.edit(created.id, '第二稿');
    stack.record({ label: '修改批注', steps: [updatedStep(created, edited)] });
    const deleted = await core.target.remove(edited.id, edited.updatedAt);
    stack.record({ label: '删除批注', steps: [deletedStep(deleted)] });

    // Each undo moves the note to a new version; the next (older) entry must expect that one, not its own.
    await stack.undo();
    await stack.undo();
    expect(core.rows.get(created.id)).toMatchObject({ body: '第一稿', deletedAt: null });
    await stack.undo();
    expect(core.rows.get(created.id)?.deletedAt).not.toBeNull();
    await stack.redo();
    await stack.redo();
    await stack.redo();
    expect(core.rows.get(created.id)).toMatchObject({ body: '第二稿' });
    expect(core.rows.get(created.id)?.deletedAt).not.toBeNull();
  });

  it('undoes the steps of one action last first, and redoes them first first', async () => {
    const [a, b] = [annotation(), annotation()];
    const core = fakeCore([a, b]);
    const steps = [deletedStep(await core.target.remove(a.id, a.updatedAt)), deletedStep(await core.target.remove(b.id, b.updatedAt))];
    core.calls.length = 0;
    const stack = createUndoStack(core.target);
    stack.record({ label: '清除本张墨迹', steps });

    await stack.undo();
    await stack.redo();
    expect(core.calls).toEqual([`restore ${b.id}`, `restore ${a.id}`, `delete ${a.id}`, `delete ${b.id}`]);
  });

  it('a new action empties the redo stack', async () => {
    const [a, b] = [annotation(), annotation()];
    const core = fakeCore([a, b]);
    const stack = createUndoStack(core.target);
    stack.record({ label: '添加批注', steps: [createdStep(a)] });
    await stack.undo();
    stack.record({ label: '添加批注', steps: [createdStep(b)] });
    expect(stack.state.getState().redo).toEqual([]);
    expect(await stack.redo()).toBeNull();
  });

  it('refuses to undo over a change made elsewhere, and keeps the action so nothing is lost', async () => {
    const before = annotation({ body: '旧' });
    const core = fakeCore([before]);
    const after = core.edit(before.id, '我的修改');
    const stack = createUndoStack(core.target);
    stack.record({ label: '修改批注', steps: [updatedStep(before, after)] });
    core.edit(before.id, '同事导入的版本'); // arrives from a colleague's file

    await expect(stack.undo()).rejects.toThrow('批注已被修改');
    expect(core.rows.get(before.id)?.body).toBe('同事导入的版本');
    expect(stack.state.getState().undo).toHaveLength(1);
  });

  it('runs undo and redo one at a time, in the order asked', async () => {
    const [a, b] = [annotation(), annotation()];
    const core = fakeCore([a, b]);
    const stack = createUndoStack(core.target);
    stack.record({ label: 'a', steps: [createdStep(a)] });
    stack.record({ label: 'b', steps: [createdStep(b)] });
    const undone = await Promise.all([stack.undo(), stack.undo(), stack.undo()]);
    expect(undone.map((entry) => entry?.label ?? null)).toEqual(['b', 'a', null]);
    expect(core.calls).toEqual([`delete ${b.id}`, `delete ${a.id}`]);
  });

  it('keeps at most `limit` actions', () => {
    const stack = createUndoStack(fakeCore([]).target, 3);
    for (let i = 0; i < 5; i++) stack.record({ label: String(i), steps: [createdStep(annotation())] });
    expect(stack.state.getState().undo.map((e) => e.label)).toEqual(['2', '3', '4']);
  });

  it('records nothing for an action without steps (an eraser stroke that touched no ink)', () => {
    const stack = createUndoStack(fakeCore([]).target);
    stack.record({ label: '擦除墨迹', steps: [] });
    expect(stack.state.getState().undo).toEqual([]);
  });
});
