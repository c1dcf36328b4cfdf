import type { Annotation } from '../../../main/shared/annotations';
import { createStateStore, type StateStore } from '../ui/state-store';

/**
 * Undo and redo of annotation edits, as a stack of operations rather than of snapshots: each step knows
 * its inverse (create ↔ delete, update ↔ update back, delete ↔ restore), so undo never re-creates an
 * annotation under a new id and a colleague who already imported it keeps the same one.
 */

/** The fields an update changes, and so what undoing it puts back. */
export interface NoteContent {
  readonly body: string;
  readonly tags: readonly string[];
  readonly colour: string | null;
}

/** The writes undo and redo are made of; each resolves to the annotation as saved. */
export interface UndoTarget {
  remove(id: string, expectedUpdatedAt: string): Promise<Annotation>;
  restore(id: string): Promise<Annotation>;
  update(id: string, content: NoteContent, expectedUpdatedAt: string): Promise<Annotation>;
}

/**
 * One change to one annotation. `version` is the annotation's `updatedAt` after the change. Undo and redo
 * send the version this stack last saw for the annotation as `expectedUpdatedAt`, so a change that arrived
 * since from elsewhere (the other window, a colleague's import) is refused as a conflict instead of being
 * silently overwritten.
 */
export type UndoStep =
  | { readonly kind: 'create'; readonly id: string; readonly version: string }
  | { readonly kind: 'delete'; readonly id: string; readonly version: string }
  | {
      readonly kind: 'update';
      readonly id: string;
      readonly version: string;
      readonly before: NoteContent;
      readonly after: NoteContent;
    };

/** What one user action did (clearing a slide's ink is one action of many steps). */
export interface UndoEntry {
  /** Shown to the user: 已撤销：删除批注. */
  readonly label: string;
  readonly steps: readonly UndoStep[];
}

export interface UndoState {
  readonly undo: readonly UndoEntry[];
  readonly redo: readonly UndoEntry[];
}

export interface UndoStack {
  readonly state: StateStore<UndoState>;
  /** A new action: it goes on the undo stack and the redo stack is emptied. */
  record(entry: UndoEntry): void;
  /** Undo the last action; resolves to it (null when there is none). A failure leaves it on the stack. */
  undo(): Promise<UndoEntry | null>;
  redo(): Promise<UndoEntry | null>;
}

export const contentOf = (annotation: Annotation): NoteContent => ({
  body: annotation.body,
  tags: annotation.tags,
  colour: annotation.colour,
});

export const createdStep = (annotation: Annotation): UndoStep => ({ kind: 'create', id: annotation.id, version: annotation.updatedAt });
export const deletedStep = (annotation: Annotation): UndoStep => ({ kind: 'delete', id: annotation.id, version: annotation.updatedAt });
export const updatedStep = (before: Annotation, after: Annotation): UndoStep => ({
  kind: 'update',
  id: after.id,
  version: after.updatedAt,
  before: contentOf(before),
  after: contentOf(after),
});

type Direction = 'back' | 'forward';

/** `version` is what the annotation should be at now: the last version this stack saw of it. */
function applyStep(target: UndoTarget, step: UndoStep, direction: Direction, version: string): Promise<Annotation> {
  switch (step.kind) {
    case 'create':
      return direction === 'back' ? target.remove(step.id, version) : target.restore(step.id);
    case 'delete':
      return direction === 'back' ? target.restore(step.id) : target.remove(step.id, version);
    case 'update':
      return target.update(step.id, direction === 'back' ? step.before : step.after, version);
  }
}

/**
 * Apply the steps of an entry (last first when going back). On a failure the steps already applied keep
 * their new versions: every write is idempotent at its version (deleting the deleted, restoring the
 * restored, setting the same text change nothing), so trying the whole entry again is safe.
 */
async function applySteps(
  target: UndoTarget,
  steps: readonly UndoStep[],
  direction: Direction,
  seen: Map<string, string>,
): Promise<{ steps: UndoStep[]; error?: unknown }> {
  const result = [...steps];
  const order = steps.map((_, i) => (direction === 'back' ? steps.length - 1 - i : i));
  for (const at of order) {
    const step = result[at];
    if (!step) continue;
    try {
      const saved = await applyStep(target, step, direction, seen.get(step.id) ?? step.version);
      seen.set(step.id, saved.updatedAt);
      result[at] = { ...step, version: saved.updatedAt };
    } catch (error) {
      return { steps: result, error };
    }
  }
  return { steps: result };
}

export function createUndoStack(target: UndoTarget, limit = 100): UndoStack {
  const state = createStateStore<UndoState>({ undo: [], redo: [] });
  // Undo and redo run one at a time, in the order asked: Ctrl+Z pressed twice quickly undoes two actions.
  let queue: Promise<unknown> = Promise.resolve();
  /** Bumped by every new action, so an undo still running when one is recorded does not refill redo. */
  let generation = 0;
  /**
   * The version this stack last saw of each annotation it touched. Undoing a later action moves an
   * annotation on (a restore is a new version), so an earlier entry's own version is no longer current.
   */
  const seen = new Map<string, string>();

  const move = (from: 'undo' | 'redo'): Promise<UndoEntry | null> => {
    const run = async (): Promise<UndoEntry | null> => {
      const entry = state.getState()[from].at(-1);
      if (!entry) return null;
      const startedAt = generation;
      const { steps, error } = await applySteps(target, entry.steps, from === 'undo' ? 'back' : 'forward', seen);
      const moved: UndoEntry = { ...entry, steps };
      const { undo, redo } = state.getState();
      const without = (list: readonly UndoEntry[]): UndoEntry[] => list.filter((e) => e !== entry);
      if (error !== undefined) {
        const keep = (list: readonly UndoEntry[]): UndoEntry[] => list.map((e) => (e === entry ? moved : e));
        state.setState(from === 'undo' ? { undo: keep(undo) } : { redo: keep(redo) });
        throw error;
      }
      if (from === 'undo') {
        state.setState({ undo: without(undo), redo: generation === startedAt ? [...redo, moved] : redo });
      } else {
        state.setState({ redo: without(redo), undo: [...undo, moved].slice(-limit) });
      }
      return moved;
    };
    const result = queue.then(run);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    state,
    record(entry) {
      if (entry.steps.length === 0) return;
      generation += 1;
      for (const step of entry.steps) seen.set(step.id, step.version);
      state.setState(({ undo }) => ({ undo: [...undo, entry].slice(-limit), redo: [] }));
    },
    undo: () => move('undo'),
    redo: () => move('redo'),
  };
}
