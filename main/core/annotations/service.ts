import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/result';
import type { Db } from '../store/connection';
import {
  getAnnotation,
  insertAnnotation,
  insertRevision,
  listAnnotations,
  listRevisions,
  updateAnnotation,
  type AnnotationFilter,
} from '../store/queries/annotations';
import { briefingNotFound, requireBriefing } from '../store/queries/briefings';
import { anchorFromInput } from './anchor-input';
import { currentAuthor } from './author';
import { sameText } from './merge';
import type { Annotation, AnnotationContent, AnnotationRevision, RevisionReason } from '../../shared/annotations';
import { reportIndexOf } from './report-index';
import { bodyRequired, type createInput, type deleteInput, type updateInput } from '../../shared/annotation-schemas';
import { inTransaction } from '../store/transaction';

/**
 * Annotation writes. Each runs in one IMMEDIATE transaction and returns only after it committed, so what a
 * caller is told was saved is on disk (WAL, synchronous=FULL).
 */

const annotationNotFound = (id: string): AppError => new AppError('NOT_FOUND', `找不到批注 ${id}`);

/**
 * A time after `previous`: two saves in the same millisecond must still order, because merging with a
 * colleague's copy keeps the newer version by this time.
 */
export function nextTimestamp(now: Date, previous?: string): string {
  const after = previous === undefined ? 0 : Date.parse(previous) + 1;
  return new Date(Math.max(now.getTime(), Number.isNaN(after) ? 0 : after)).toISOString();
}

export function createAnnotation(db: Db, input: z.output<typeof createInput>, now = new Date()): Annotation {
  // Placing the anchor reads the report: inside the transaction, so a re-import cannot slip in between.
  return inTransaction(db, () => {
    const index = reportIndexOf(db, input.briefingId);
    if (!index) throw briefingNotFound(input.briefingId);
    const { anchor, placement } = anchorFromInput(index, input.anchor);
    const time = nextTimestamp(now);
    const annotation: Annotation = {
      id: randomUUID(),
      briefingId: input.briefingId,
      anchor,
      body: input.body,
      author: currentAuthor(db),
      tags: input.tags,
      colour: input.colour,
      createdAt: time,
      updatedAt: time,
      editedAt: null,
      deletedAt: null,
      ...placement,
    };
    insertAnnotation(db, annotation);
    return annotation;
  });
}

export function contentOf(annotation: AnnotationContent): AnnotationContent {
  const { anchor, body, author, tags, colour, updatedAt, editedAt, deletedAt } = annotation;
  return { anchor, body, author, tags, colour, updatedAt, editedAt, deletedAt };
}

/** Replace an annotation's content, keeping the version it had in the history. */
function revise(
  db: Db,
  id: string,
  change: (current: Annotation, time: string) => AnnotationContent | null,
  reason: RevisionReason,
  now: Date,
): Annotation {
  return inTransaction(db, () => {
    const current = getAnnotation(db, id);
    if (!current) throw annotationNotFound(id);
    const time = nextTimestamp(now, current.updatedAt);
    const next = change(current, time);
    if (!next) return current; // nothing to change: no new version
    const content = { ...next, updatedAt: time };
    insertRevision(db, id, contentOf(current), time, reason);
    updateAnnotation(db, id, content, current);
    return { ...current, ...content };
  });
}

function checkExpected(current: Annotation, expectedUpdatedAt: string | undefined): void {
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== current.updatedAt) {
    throw new AppError(
      'CONFLICT',
      `批注已在 ${current.updatedAt} 被修改（你编辑的是 ${expectedUpdatedAt} 的版本）。请重新打开后再保存。`,
    );
  }
}

export function updateAnnotationContent(db: Db, input: z.output<typeof updateInput>, now = new Date()): Annotation {
  return revise(
    db,
    input.id,
    (current, time) => {
      checkExpected(current, input.expectedUpdatedAt);
      if (current.deletedAt !== null) throw new AppError('INVALID_INPUT', '批注已删除，请先恢复再修改');
      const body = input.body ?? current.body;
      if (body === '' && current.anchor.kind !== 'ink') throw new AppError('INVALID_INPUT', `输入无效 — body：${bodyRequired}`);
      const tags = input.tags ?? current.tags;
      const colour = input.colour === undefined ? current.colour : input.colour;
      return sameText(current, { body, tags, colour }) ? null : { ...contentOf(current), body, tags, colour, editedAt: time };
    },
    'update',
    now,
  );
}

/** Soft delete: the annotation stays (and travels to colleagues as deleted) until restored. */
export function deleteAnnotation(db: Db, input: z.output<typeof deleteInput>, now = new Date()): Annotation {
  return revise(
    db,
    input.id,
    (current, time) => {
      checkExpected(current, input.expectedUpdatedAt);
      return current.deletedAt !== null ? null : { ...contentOf(current), deletedAt: time };
    },
    'delete',
    now,
  );
}

/** Undo a delete. Not an edit: the note keeps the `editedAt` it had (null if it was never edited). */
export function restoreAnnotation(db: Db, id: string, now = new Date()): Annotation {
  return revise(db, id, (current) => (current.deletedAt === null ? null : { ...contentOf(current), deletedAt: null }), 'restore', now);
}

export function listBriefingAnnotations(db: Db, filter: AnnotationFilter): Annotation[] {
  requireBriefing(db, filter.briefingId);
  return listAnnotations(db, filter);
}

export function annotationHistory(db: Db, id: string): AnnotationRevision[] {
  if (!getAnnotation(db, id)) throw annotationNotFound(id);
  return listRevisions(db, id);
}
