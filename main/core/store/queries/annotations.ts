import type { Db } from '../connection';
import type {
  Annotation,
  AnnotationAnchor,
  AnnotationContent,
  AnnotationPlacement,
  AnnotationRevision,
  RevisionReason,
} from '../../../shared/annotations';

interface ContentRow {
  anchorJson: string;
  body: string;
  author: string;
  tagsJson: string;
  colour: string | null;
  updatedAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

interface AnnotationRow extends ContentRow {
  id: string;
  briefingId: number;
  createdAt: string;
  slideId: string | null;
  paragraphId: number | null;
  textStart: number | null;
  textEnd: number | null;
  orphan: 0 | 1;
}

interface RevisionRow extends ContentRow {
  annotationId: string;
  supersededAt: string;
  reason: RevisionReason;
}

const contentColumns = `anchor_json AS anchorJson, body, author, tags_json AS tagsJson, colour,
  updated_at AS updatedAt, edited_at AS editedAt, deleted_at AS deletedAt`;

const selectAnnotations = `SELECT id, briefing_id AS briefingId, created_at AS createdAt, ${contentColumns},
  slide_id AS slideId, paragraph_id AS paragraphId, text_start AS textStart, text_end AS textEnd, orphan
  FROM annotations`;

function toContent(row: ContentRow): AnnotationContent {
  return {
    anchor: JSON.parse(row.anchorJson) as AnnotationAnchor,
    body: row.body,
    author: row.author,
    tags: JSON.parse(row.tagsJson) as string[],
    colour: row.colour,
    updatedAt: row.updatedAt,
    editedAt: row.editedAt,
    deletedAt: row.deletedAt,
  };
}

function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    briefingId: row.briefingId,
    createdAt: row.createdAt,
    ...toContent(row),
    slideId: row.slideId,
    paragraphId: row.paragraphId,
    textRange: row.textStart === null || row.textEnd === null ? null : { start: row.textStart, end: row.textEnd },
    orphan: row.orphan === 1,
  };
}

/** Insert a new annotation. Call inside the caller's transaction. */
export function insertAnnotation(db: Db, annotation: Annotation): void {
  db.prepare(
    `INSERT INTO annotations (id, briefing_id, anchor_kind, anchor_json, body, author, tags_json, colour, created_at,
                              updated_at, edited_at, deleted_at, slide_id, paragraph_id, text_start, text_end, orphan)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    annotation.id, annotation.briefingId, annotation.anchor.kind, JSON.stringify(annotation.anchor), annotation.body,
    annotation.author, JSON.stringify(annotation.tags), annotation.colour, annotation.createdAt, annotation.updatedAt,
    annotation.editedAt, annotation.deletedAt, annotation.slideId, annotation.paragraphId, annotation.textRange?.start ?? null,
    annotation.textRange?.end ?? null, annotation.orphan ? 1 : 0,
  );
}

/** Replace the content (and, since the anchor may change with it, the placement) of an annotation. */
export function updateAnnotation(db: Db, id: string, content: AnnotationContent, placement: AnnotationPlacement): void {
  db.prepare(
    `UPDATE annotations SET anchor_kind = ?, anchor_json = ?, body = ?, author = ?, tags_json = ?, colour = ?,
       updated_at = ?, edited_at = ?, deleted_at = ?, slide_id = ?, paragraph_id = ?, text_start = ?, text_end = ?,
       orphan = ?
     WHERE id = ?`,
  ).run(
    content.anchor.kind, JSON.stringify(content.anchor), content.body, content.author, JSON.stringify(content.tags),
    content.colour, content.updatedAt, content.editedAt, content.deletedAt, ...placementValues(placement), id,
  );
}

/** Move an annotation's anchor after a re-import without touching its content or its times. */
export function updateAnchorPlacement(db: Db, id: string, anchor: AnnotationAnchor, placement: AnnotationPlacement): void {
  db.prepare(
    `UPDATE annotations SET anchor_kind = ?, anchor_json = ?, slide_id = ?, paragraph_id = ?, text_start = ?,
       text_end = ?, orphan = ?
     WHERE id = ?`,
  ).run(anchor.kind, JSON.stringify(anchor), ...placementValues(placement), id);
}

function placementValues(p: AnnotationPlacement): [string | null, number | null, number | null, number | null, 0 | 1] {
  return [p.slideId, p.paragraphId, p.textRange?.start ?? null, p.textRange?.end ?? null, p.orphan ? 1 : 0];
}

export function getAnnotation(db: Db, id: string): Annotation | null {
  const row = db.prepare(`${selectAnnotations} WHERE id = ?`).get(id) as AnnotationRow | undefined;
  return row ? toAnnotation(row) : null;
}

export interface AnnotationFilter {
  readonly briefingId: number;
  readonly slideId?: string | undefined;
  readonly includeDeleted: boolean;
}

/** A briefing's annotations (optionally of one slide) in the order they were written. */
export function listAnnotations(db: Db, filter: AnnotationFilter): Annotation[] {
  const rows = db
    .prepare(
      `${selectAnnotations}
       WHERE briefing_id = ? AND (? IS NULL OR slide_id = ?) AND (? = 1 OR deleted_at IS NULL)
       ORDER BY created_at, seq`,
    )
    .all(filter.briefingId, filter.slideId ?? null, filter.slideId ?? null, filter.includeDeleted ? 1 : 0) as AnnotationRow[];
  return rows.map(toAnnotation);
}

/** Annotations by id, in the order they were written; ids that do not exist are left out. */
export function listAnnotationsByIds(db: Db, ids: readonly string[]): Annotation[] {
  const rows = db
    .prepare(`${selectAnnotations} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY created_at, seq`)
    .all(JSON.stringify(ids)) as AnnotationRow[];
  return rows.map(toAnnotation);
}

/** Every annotation of every briefing (deleted ones included), for a full export. */
export function listAllAnnotations(db: Db): Annotation[] {
  const rows = db.prepare(`${selectAnnotations} ORDER BY briefing_id, created_at, seq`).all() as AnnotationRow[];
  return rows.map(toAnnotation);
}

export function countAnnotations(db: Db, briefingId: number): number {
  return Number(db.prepare('SELECT count(*) FROM annotations WHERE briefing_id = ?').pluck().get(briefingId));
}

/** Keep a version an annotation no longer has. Call in the transaction that replaces it. */
export function insertRevision(
  db: Db,
  annotationId: string,
  version: AnnotationContent,
  supersededAt: string,
  reason: RevisionReason,
): void {
  db.prepare(
    `INSERT INTO annotation_revisions (annotation_id, anchor_json, body, author, tags_json, colour, updated_at,
                                       edited_at, deleted_at, superseded_at, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    annotationId, JSON.stringify(version.anchor), version.body, version.author, JSON.stringify(version.tags),
    version.colour, version.updatedAt, version.editedAt, version.deletedAt, supersededAt, reason,
  );
}

/**
 * True when the history already holds this exact version (same time and same text, tags, colour, author and
 * deletion). Lets a repeated import of an older version leave the history as it is.
 */
export function hasRevision(db: Db, annotationId: string, version: AnnotationContent): boolean {
  const found = db
    .prepare(
      `SELECT 1 FROM annotation_revisions
       WHERE annotation_id = ? AND updated_at = ? AND body = ? AND author = ? AND tags_json = ?
         AND colour IS ? AND deleted_at IS ?
       LIMIT 1`,
    )
    .pluck()
    .get(
      annotationId, version.updatedAt, version.body, version.author, JSON.stringify(version.tags), version.colour,
      version.deletedAt,
    );
  return found !== undefined;
}

/** Earlier versions of an annotation, oldest first. */
export function listRevisions(db: Db, annotationId: string): AnnotationRevision[] {
  const rows = db
    .prepare(
      `SELECT annotation_id AS annotationId, ${contentColumns}, superseded_at AS supersededAt, reason
       FROM annotation_revisions WHERE annotation_id = ? ORDER BY updated_at, seq`,
    )
    .all(annotationId) as RevisionRow[];
  return rows.map((row) => ({
    annotationId: row.annotationId,
    ...toContent(row),
    supersededAt: row.supersededAt,
    reason: row.reason,
  }));
}

export function countRevisions(db: Db): number {
  return Number(db.prepare('SELECT count(*) FROM annotation_revisions').pluck().get());
}
