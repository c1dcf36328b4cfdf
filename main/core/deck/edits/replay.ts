import type { DeckEdit, EditContext, OrphanedEdit } from '../../../shared/deck-edits';
import { opNameOf, readDeckEdit } from '../../../shared/deck-edit-schemas';
import { AppError } from '../../../shared/result';
import type { StoredDeckEdit } from '../../store/queries/deck-edits';
import { applyEdit } from './apply';
import { figureKeysOf, type DeckState } from './state';

/**
 * Laying stored edits over the generated deck, in the order they were made. An edit that no longer applies
 * (its slide or figure is gone after a re-import) is skipped and listed with the reason; it stays stored, so
 * a later version of the report that brings its slide back applies it again.
 */
export function replayEdits(state: DeckState, edits: readonly StoredDeckEdit[]): OrphanedEdit[] {
  const orphans: OrphanedEdit[] = [];
  for (const { edit, context } of edits) {
    // A free slide's key stays taken even while its edit does not apply.
    if (edit.op === 'addText' && edit.key !== undefined) state.textCount = Math.max(state.textCount, Number(edit.key.slice('text:'.length)) || 0);
    const why = applyEdit(state, edit);
    if (why !== null) orphans.push({ edit, context, reason: why });
  }
  return orphans;
}

/** What the slide an edit touches is now: its title and the figures it shows. */
export function contextOf(state: DeckState, edit: DeckEdit): EditContext {
  const key = edit.op === 'resetAll' ? null : edit.op === 'moveFigure' ? edit.to : edit.op === 'addText' ? edit.after : edit.key;
  const slide = key === undefined || key === null ? undefined : state.slides.get(key);
  return { title: slide ? (slide.title ?? slide.base.title) : null, figureKeys: figureKeysOf(slide) };
}

/**
 * New edits checked and applied to the state one after the other, each against the deck as the ones before
 * it left it. All or nothing: every edit that is malformed or cannot apply is named (第 N 项（op）：why) and
 * the request refused. Returns the edits with their contexts, ready to store.
 */
export function applyNewEdits(state: DeckState, raw: readonly unknown[]): { edit: DeckEdit; context: EditContext }[] {
  const accepted: { edit: DeckEdit; context: EditContext }[] = [];
  const problems: string[] = [];
  raw.forEach((item, i) => {
    const name = `第 ${i + 1} 项（${opNameOf(item)}）`;
    const read = readDeckEdit(item);
    if (!read.ok) {
      problems.push(`${name}：${read.why}`);
      return;
    }
    const context = contextOf(state, read.edit);
    const why = applyEdit(state, read.edit);
    if (why !== null) {
      problems.push(`${name}：${why}`);
      return;
    }
    // A free slide gets its key when added: store it, so replaying and undoing give it the same key.
    const edit = read.edit.op === 'addText' && read.edit.key === undefined ? { ...read.edit, key: `text:${state.textCount}` } : read.edit;
    accepted.push({ edit, context });
  });
  if (problems.length > 0) {
    const count = problems.length === 1 ? '' : `（共 ${problems.length} 项有误）`;
    throw new AppError('INVALID_INPUT', `修改未应用，简报未变${count}：\n${problems.join('\n')}`);
  }
  return accepted;
}
