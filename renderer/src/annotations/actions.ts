import { ApiError } from '../api/client';
import type { Annotation, InkStroke } from '../../../main/shared/annotations';
import { messageOf, type Feedback } from './feedback';
import { inkOnSlide } from './filters';
import type { DraftTarget } from './panel-state';
import type { AnnotationStore, CreateAnchor } from './store';
import { createdStep, deletedStep, updatedStep, type NoteContent, type UndoEntry, type UndoStack, type UndoStep } from './undo';

/**
 * What a user can do to annotations, each recorded for undo and reported in one short Chinese line.
 * Failures are shown, never thrown at the views: a view only learns whether its action went through
 * (so an editor keeps the text it could not save).
 */
export interface NoteActions {
  addNote(target: DraftTarget, content: NoteContent): Promise<Annotation | null>;
  editNote(before: Annotation, content: NoteContent): Promise<Annotation | null>;
  deleteNote(annotation: Annotation): Promise<boolean>;
  /**
   * Save one finished stroke. A stroke that cannot be saved stays with the caller (still drawn): the notice
   * offers 重试, and `onSaved` is called whenever it finally is.
   */
  addInk(slideId: string, stroke: InkStroke, onSaved?: (saved: Annotation) => void): Promise<Annotation | null>;
  /** Delete some strokes (one eraser gesture) as one undoable action. */
  eraseInk(strokes: readonly Annotation[]): Promise<boolean>;
  /** Bring deleted notes back (those an import left deleted), as one undoable action. */
  restoreNotes(ids: readonly string[]): Promise<boolean>;
  clearInk(slideId: string): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export function anchorOf(target: DraftTarget): CreateAnchor {
  switch (target.kind) {
    case 'slide':
      return { kind: 'slide', slideId: target.slideId };
    case 'figure':
      return { kind: 'figure', figureKey: target.figureKey };
    case 'selection':
      return { kind: 'selection', paragraphId: target.paragraphId, start: target.start, end: target.end };
  }
}

export function createNoteActions(store: AnnotationStore, history: UndoStack, feedback: Feedback): NoteActions {
  const undoAction = { label: '撤销', run: () => void actions.undo() };
  /**
   * Actions still being saved. Ctrl+Z waits for them, so it undoes the action just taken (an eraser stroke
   * released a moment ago) rather than the one before it.
   */
  const saving = new Set<Promise<unknown>>();
  const tracked = <T>(work: Promise<T>): Promise<T> => {
    saving.add(work);
    void work.finally(() => saving.delete(work)).catch(() => undefined);
    return work;
  };

  /** Write several annotations one after another as one action; whatever was written is recorded even if one fails. */
  async function writeAll<T>(targets: readonly T[], write: (target: T) => Promise<UndoStep>, label: string): Promise<boolean> {
    const steps: UndoStep[] = [];
    try {
      for (const target of targets) steps.push(await write(target));
      return true;
    } catch (error) {
      feedback.error(error, `${label}未完成`);
      return false;
    } finally {
      history.record({ label, steps });
    }
  }

  const deleteAll = (targets: readonly Annotation[], label: string): Promise<boolean> =>
    writeAll(targets, async (annotation) => deletedStep(await store.remove(annotation.id, annotation.updatedAt)), label);

  async function restoreNotes(ids: readonly string[]): Promise<boolean> {
    // Undone, a restore is a delete; redone, a restore again: the step of a note just created.
    const done = await writeAll(ids, async (id) => createdStep(await store.restore(id)), '恢复批注');
    if (done) feedback.show(`已恢复 ${ids.length} 条批注`, { action: undoAction });
    return done;
  }

  async function replay(direction: 'undo' | 'redo'): Promise<void> {
    await Promise.allSettled([...saving]);
    let entry: UndoEntry | null;
    try {
      entry = direction === 'undo' ? await history.undo() : await history.redo();
    } catch (error) {
      feedback.error(error, direction === 'undo' ? '无法撤销' : '无法重做');
      // The list may be stale (the other window or an import changed the note): show what is saved now.
      void store.load().catch(() => undefined);
      return;
    }
    if (!entry) {
      feedback.show(direction === 'undo' ? '没有可撤销的操作' : '没有可重做的操作');
      return;
    }
    feedback.show(`${direction === 'undo' ? '已撤销' : '已重做'}：${entry.label}`, {
      action: direction === 'undo' ? { label: '重做', run: () => void actions.redo() } : undoAction,
    });
  }

  async function addNote(target: DraftTarget, content: NoteContent): Promise<Annotation | null> {
    try {
      const saved = await store.create(anchorOf(target), content);
      history.record({ label: '添加批注', steps: [createdStep(saved)] });
      feedback.show('已添加批注', { action: undoAction });
      return saved;
    } catch (error) {
      feedback.error(error, '批注未保存');
      return null;
    }
  }

  async function editNote(before: Annotation, content: NoteContent): Promise<Annotation | null> {
    try {
      const saved = await store.update(before.id, content, before.updatedAt);
      if (saved.updatedAt !== before.updatedAt) history.record({ label: '修改批注', steps: [updatedStep(before, saved)] });
      feedback.show('已保存修改', { action: undoAction });
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        feedback.show('这条批注刚在别处被修改，你的文字仍在编辑框中：请对照新版本后再保存。', { tone: 'error' });
        void store.load().catch(() => undefined);
      } else {
        feedback.error(error, '修改未保存');
      }
      return null;
    }
  }

  async function deleteNote(annotation: Annotation): Promise<boolean> {
    const done = await deleteAll([annotation], '删除批注');
    if (done) feedback.show('已删除批注', { action: undoAction });
    return done;
  }

  async function addInk(slideId: string, stroke: InkStroke, onSaved?: (saved: Annotation) => void): Promise<Annotation | null> {
    try {
      // The channel's input type is the schema's (mutable arrays): copy the points into it.
      const points = stroke.points.map(([x, y, pressure]): [number, number, number] => [x, y, pressure]);
      const saved = await store.create({ kind: 'ink', slideId, strokes: [{ ...stroke, points }] }, { body: '', tags: [], colour: stroke.colour });
      history.record({ label: '墨迹', steps: [createdStep(saved)] });
      onSaved?.(saved);
      return saved;
    } catch (error) {
      feedback.show(`墨迹未保存：${messageOf(error)}`, {
        tone: 'error',
        action: { label: '重试', run: () => void actions.addInk(slideId, stroke, onSaved) },
      });
      return null;
    }
  }

  async function clearInk(slideId: string): Promise<boolean> {
    const strokes = inkOnSlide(store.state.getState().annotations, slideId);
    if (strokes.length === 0) {
      feedback.show('本张没有墨迹');
      return true;
    }
    const done = await deleteAll(strokes, '清除本张墨迹');
    if (done) feedback.show(`已清除本张墨迹（${strokes.length} 笔）`, { action: undoAction });
    return done;
  }

  const actions: NoteActions = {
    addNote: (target, content) => tracked(addNote(target, content)),
    editNote: (before, content) => tracked(editNote(before, content)),
    deleteNote: (annotation) => tracked(deleteNote(annotation)),
    addInk: (slideId, stroke, onSaved) => tracked(addInk(slideId, stroke, onSaved)),
    eraseInk: (strokes) => tracked(deleteAll(strokes, '擦除墨迹')),
    clearInk: (slideId) => tracked(clearInk(slideId)),
    restoreNotes: (ids) => tracked(restoreNotes(ids)),
    undo: () => replay('undo'),
    redo: () => replay('redo'),
  };
  return actions;
}
