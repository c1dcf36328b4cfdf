import type { Db } from '../connection';
import type { DeckEdit, EditContext } from '../../../shared/deck-edits';

/** One stored deck edit (see migration 0090). */
export interface StoredDeckEdit {
  readonly batch: number;
  readonly edit: DeckEdit;
  readonly context: EditContext;
  readonly createdAt: string;
}

interface EditRow {
  batch: number;
  editJson: string;
  contextJson: string;
  createdAt: string;
}

const toEdit = (row: EditRow): StoredDeckEdit => ({
  batch: row.batch,
  edit: JSON.parse(row.editJson) as DeckEdit,
  context: JSON.parse(row.contextJson) as EditContext,
  createdAt: row.createdAt,
});

/** How many batches are applied (0: none, or never edited). */
export function appliedBatch(db: Db, briefingId: number): number {
  const value = db.prepare('SELECT applied_batch FROM deck_edit_cursor WHERE briefing_id = ?').pluck().get(briefingId) as number | undefined;
  return value ?? 0;
}

/** The last batch stored, applied or undone (0 when none). */
export function lastBatch(db: Db, briefingId: number): number {
  return db.prepare('SELECT coalesce(max(batch), 0) FROM deck_edits WHERE briefing_id = ?').pluck().get(briefingId) as number;
}

/** The edits in force: those of the applied batches, in the order they were made. */
export function listAppliedEdits(db: Db, briefingId: number): StoredDeckEdit[] {
  const rows = db
    .prepare(
      `SELECT batch, edit_json AS editJson, context_json AS contextJson, created_at AS createdAt
       FROM deck_edits
       WHERE briefing_id = ? AND batch <= coalesce((SELECT applied_batch FROM deck_edit_cursor WHERE briefing_id = ?), 0)
       ORDER BY batch, position`,
    )
    .all(briefingId, briefingId) as EditRow[];
  return rows.map(toEdit);
}

export function setAppliedBatch(db: Db, briefingId: number, batch: number, updatedAt: string): void {
  db.prepare(
    `INSERT INTO deck_edit_cursor (briefing_id, applied_batch, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (briefing_id) DO UPDATE SET applied_batch = excluded.applied_batch, updated_at = excluded.updated_at`,
  ).run(briefingId, batch, updatedAt);
}

/**
 * Store a batch of edits after the applied ones, dropping any undone batches past them (they can no longer
 * be redone), and apply it. Call inside a transaction. Returns the new batch number.
 */
export function appendEditBatch(
  db: Db,
  briefingId: number,
  edits: readonly { readonly edit: DeckEdit; readonly context: EditContext }[],
  createdAt: string,
): number {
  const batch = appliedBatch(db, briefingId) + 1;
  db.prepare('DELETE FROM deck_edits WHERE briefing_id = ? AND batch >= ?').run(briefingId, batch);
  const insert = db.prepare(
    `INSERT INTO deck_edits (briefing_id, batch, position, edit_json, context_json, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  edits.forEach(({ edit, context }, position) => insert.run(briefingId, batch, position, JSON.stringify(edit), JSON.stringify(context), createdAt));
  setAppliedBatch(db, briefingId, batch, createdAt);
  return batch;
}

/** Forget every edit of a briefing and its history (before a pack replaces them). Call inside a transaction. */
export function clearDeckEdits(db: Db, briefingId: number): void {
  db.prepare('DELETE FROM deck_edits WHERE briefing_id = ?').run(briefingId);
  db.prepare('DELETE FROM deck_edit_cursor WHERE briefing_id = ?').run(briefingId);
}


/**
 * Store edits with their batch numbers as they are (a pack's), all applied. Call inside a transaction, after
 * clearDeckEdits.
 */
export function insertStoredEdits(db: Db, briefingId: number, edits: readonly StoredDeckEdit[], updatedAt: string): void {
  const insert = db.prepare(
    `INSERT INTO deck_edits (briefing_id, batch, position, edit_json, context_json, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const positions = new Map<number, number>();
  for (const { batch, edit, context, createdAt } of edits) {
    const position = positions.get(batch) ?? 0;
    positions.set(batch, position + 1);
    insert.run(briefingId, batch, position, JSON.stringify(edit), JSON.stringify(context), createdAt);
  }
  if (edits.length > 0) setAppliedBatch(db, briefingId, Math.max(...edits.map((e) => e.batch)), updatedAt);
}
