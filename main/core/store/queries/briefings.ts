import type { Db } from '../connection';
import type { ReportModel, ReportParagraph, TextMark } from '../../../shared/report';
import type { BriefingListing, BriefingSummary, StoredBriefing, StoredParagraph, StoredSection } from '../../../shared/briefing';
import { AppError } from '../../../shared/result';

export interface NewBriefing {
  readonly uid: string;
  readonly sourceName: string;
  readonly sourceSha256: string;
  readonly importedAt: string;
  readonly report: ReportModel;
}

/** Ids given to the report's sections and paragraphs, by their index in the model, and the paragraphs' text. */
export interface InsertedBriefing {
  readonly id: number;
  readonly sectionIds: ReadonlyMap<number, number>;
  readonly paragraphIds: ReadonlyMap<number, number>;
  readonly paragraphTexts: ReadonlyMap<number, string>;
}

/** Insert a parsed report. Call inside a transaction: a half-inserted briefing must never be visible. */
export function insertBriefing(db: Db, input: NewBriefing): InsertedBriefing {
  const { report } = input;
  const briefingId = Number(
    db
      .prepare(
        `INSERT INTO briefings (uid, title, source_name, source_text, source_sha256, imported_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(input.uid, report.title, input.sourceName, report.source, input.sourceSha256, input.importedAt)
      .lastInsertRowid,
  );
  return insertReportContent(db, briefingId, report);
}

/** Insert a report's parts, sections, paragraphs and joins under an existing briefing row. */
export function insertReportContent(db: Db, briefingId: number, report: ReportModel): InsertedBriefing {
  const insertPart = db.prepare(
    `INSERT INTO parts (briefing_id, position, headline, slogan, source_start, source_end) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertSection = db.prepare(
    `INSERT INTO sections (briefing_id, part_id, position, heading, source_start, source_end) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertParagraph = db.prepare(
    `INSERT INTO paragraphs (briefing_id, part_id, section_id, position, role, text, marks_json, source_start, source_end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const sectionIds = new Map<number, number>();
  const paragraphIds = new Map<number, number>();
  const paragraphTexts = new Map<number, string>();
  const addParagraph = (p: ReportParagraph, partId: number | null, sectionId: number | null): void => {
    const id = insertParagraph.run(
      briefingId, partId, sectionId, p.index, p.role, p.text, JSON.stringify(p.marks), p.sourceStart, p.sourceEnd,
    ).lastInsertRowid;
    paragraphIds.set(p.index, Number(id));
    paragraphTexts.set(p.index, p.text);
  };

  for (const part of report.parts) {
    const partId = Number(
      insertPart.run(briefingId, part.index, part.headline, part.slogan, part.headlineStart, part.headlineEnd)
        .lastInsertRowid,
    );
    if (part.lead) addParagraph(part.lead, partId, null);
    for (const section of part.sections) {
      const sectionId = Number(
        insertSection.run(briefingId, partId, section.index, section.heading, section.headingStart, section.headingEnd)
          .lastInsertRowid,
      );
      sectionIds.set(section.index, sectionId);
      for (const paragraph of section.paragraphs) addParagraph(paragraph, partId, sectionId);
    }
  }
  if (report.closing) addParagraph(report.closing, null, null);
  indexParagraphs(db, [...paragraphIds.values()]);

  const insertJoin = db.prepare(
    `INSERT INTO paragraph_joins (briefing_id, paragraph_id, break_start, break_end, before_text, after_text)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const join of report.joins) {
    const paragraphId = paragraphIds.get(join.paragraphIndex);
    if (paragraphId === undefined) throw new Error(`join refers to unknown paragraph ${join.paragraphIndex}`);
    insertJoin.run(briefingId, paragraphId, join.breakStart, join.breakEnd, join.before, join.after);
  }
  return { id: briefingId, sectionIds, paragraphIds, paragraphTexts };
}

/**
 * Add paragraphs just inserted to the search index, in one statement (migration 0110 says why not per row).
 * Their ids are rowids handed out in this transaction, so the span between the lowest and the highest holds
 * them and nothing else.
 */
function indexParagraphs(db: Db, ids: readonly number[]): void {
  if (ids.length === 0) return;
  // Not Math.min(...ids): a report can have more paragraphs than a call takes arguments.
  const lowest = ids.reduce((low, id) => Math.min(low, id));
  const highest = ids.reduce((high, id) => Math.max(high, id));
  db.prepare('INSERT INTO paragraphs_fts (rowid, text) SELECT id, text FROM paragraphs WHERE id BETWEEN ? AND ?').run(lowest, highest);
}

const summaryColumns = `
  b.id AS id, b.uid AS uid, b.title AS title, b.source_name AS sourceName, b.source_sha256 AS sourceSha256,
  b.imported_at AS importedAt,
  (SELECT count(*) FROM sections s WHERE s.briefing_id = b.id) AS sectionCount`;

/** The briefings of the store, oldest first; one deleted in the library (and not yet purged) is not among them. */
export function listBriefings(db: Db): BriefingListing[] {
  return db
    .prepare(
      `SELECT ${summaryColumns}, 'urn:sha256:' || b.source_sha256 AS source FROM briefings b WHERE b.deleted_at IS NULL ORDER BY b.id`,
    )
    .all() as BriefingListing[];
}

export function countBriefings(db: Db): number {
  return Number(db.prepare('SELECT count(*) FROM briefings').pluck().get());
}

/** The briefing's summary; null when there is none, or when it was deleted in the library (it awaits its purge). */
export function getBriefingSummary(db: Db, id: number): BriefingSummary | null {
  return (
    (db.prepare(`SELECT ${summaryColumns} FROM briefings b WHERE b.id = ? AND b.deleted_at IS NULL`).get(id) as BriefingSummary) ?? null
  );
}

/** The refusal for a briefing the store does not hold: one wording for the handlers, the imports and the CLI. */
export function briefingNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `找不到编号为 ${id} 的简报`);
}

/** The briefing's summary, or the NOT_FOUND refusal when there is no such briefing. */
export function requireBriefing(db: Db, id: number): BriefingSummary {
  const summary = getBriefingSummary(db, id);
  if (!summary) throw briefingNotFound(id);
  return summary;
}

export function getSourceText(db: Db, id: number): string | null {
  return (
    (db.prepare('SELECT source_text FROM briefings WHERE id = ? AND deleted_at IS NULL').pluck().get(id) as string | undefined) ?? null
  );
}

interface ParagraphRow {
  id: number;
  partId: number | null;
  sectionId: number | null;
  position: number;
  role: ReportParagraph['role'];
  text: string;
  marksJson: string;
  sourceStart: number;
  sourceEnd: number;
}

/** The whole briefing in document order: parts → sections → paragraphs, plus the closing line. */
export function getBriefing(db: Db, id: number): StoredBriefing | null {
  const summary = getBriefingSummary(db, id);
  if (!summary) return null;
  const parts = db
    .prepare('SELECT id, position, headline, slogan FROM parts WHERE briefing_id = ? ORDER BY position')
    .all(id) as { id: number; position: number; headline: string; slogan: string | null }[];
  const sections = db
    .prepare('SELECT id, part_id AS partId, position, heading FROM sections WHERE briefing_id = ? ORDER BY position')
    .all(id) as { id: number; partId: number; position: number; heading: string }[];
  const paragraphs = db
    .prepare(
      `SELECT id, part_id AS partId, section_id AS sectionId, position, role, text, marks_json AS marksJson,
              source_start AS sourceStart, source_end AS sourceEnd
       FROM paragraphs WHERE briefing_id = ? ORDER BY position`,
    )
    .all(id) as ParagraphRow[];

  const toParagraph = (row: ParagraphRow): StoredParagraph => ({
    id: row.id,
    position: row.position,
    role: row.role,
    text: row.text,
    marks: JSON.parse(row.marksJson) as TextMark[],
    sourceStart: row.sourceStart,
    sourceEnd: row.sourceEnd,
  });
  const bodyBySection = new Map<number, StoredParagraph[]>();
  const leadByPart = new Map<number, StoredParagraph>();
  let closing: StoredParagraph | null = null;
  for (const row of paragraphs) {
    if (row.role === 'closing') closing = toParagraph(row);
    else if (row.role === 'lead' && row.partId !== null) leadByPart.set(row.partId, toParagraph(row));
    else if (row.sectionId !== null) {
      const list = bodyBySection.get(row.sectionId) ?? [];
      list.push(toParagraph(row));
      bodyBySection.set(row.sectionId, list);
    }
  }
  // Grouped once (not filtered per part): a long report has thousands of parts and sections.
  const sectionsByPart = new Map<number, StoredSection[]>();
  for (const s of sections) {
    const list = sectionsByPart.get(s.partId) ?? [];
    list.push({ id: s.id, position: s.position, heading: s.heading, paragraphs: bodyBySection.get(s.id) ?? [] });
    sectionsByPart.set(s.partId, list);
  }
  return {
    ...summary,
    closing,
    parts: parts.map((part) => ({
      ...part,
      lead: leadByPart.get(part.id) ?? null,
      sections: sectionsByPart.get(part.id) ?? [],
    })),
  };
}

/** What changes whenever a briefing's report is imported or replaced: lets callers cache what they derive. */
export function getBriefingStamp(db: Db, id: number): { sourceSha256: string; importedAt: string } | null {
  const row = db
    .prepare('SELECT source_sha256 AS sourceSha256, imported_at AS importedAt FROM briefings WHERE id = ?')
    .get(id) as { sourceSha256: string; importedAt: string } | undefined;
  return row ?? null;
}

/**
 * Briefings whose report has this SHA-256, now (first, lowest id first) or before a re-import (after).
 * Several briefings can hold the same report when it was imported twice. Deleted ones are left out.
 */
export function findBriefingsBySource(db: Db, sourceSha256: string): { id: number; current: boolean }[] {
  return (
    db
      .prepare(
        `SELECT id, 1 AS current FROM briefings WHERE source_sha256 = ? AND deleted_at IS NULL
         UNION ALL
         SELECT s.briefing_id, 0 FROM briefing_sources s JOIN briefings b ON b.id = s.briefing_id
         WHERE s.source_sha256 = ? AND b.deleted_at IS NULL
         ORDER BY current DESC, id`,
      )
      .all(sourceSha256, sourceSha256) as { id: number; current: 0 | 1 }[]
  ).map((row) => ({ id: row.id, current: row.current === 1 }));
}

/** The report SHA-256 of every briefing, current and earlier versions, for matching imported targets. */
export function listSourceHashes(db: Db, briefingId: number): string[] {
  return db
    .prepare(
      `SELECT source_sha256 FROM briefings WHERE id = ?
       UNION SELECT source_sha256 FROM briefing_sources WHERE briefing_id = ?`,
    )
    .pluck()
    .all(briefingId, briefingId) as string[];
}

export interface ReplacedSource {
  readonly title: string;
  readonly sourceName: string;
  readonly sourceText: string;
  readonly sourceSha256: string;
  readonly importedAt: string;
}

/**
 * Drop a briefing's report content (parts, sections, paragraphs, joins, figures and the notes the report
 * itself supplied; the presenter's own notes stay) and point the briefing row at the new text, remembering
 * the old text's hash. Call inside the re-import transaction, then insert the new content. A briefing
 * someone renamed keeps its name; otherwise it takes the new report's title. What the library recorded
 * about the old file (format, encoding, slide count) is cleared: the importer records the new file's.
 */
export function replaceBriefingSource(db: Db, briefingId: number, next: ReplacedSource): void {
  db.prepare(
    `INSERT INTO briefing_sources (briefing_id, source_sha256, replaced_at)
     SELECT id, source_sha256, ? FROM briefings WHERE id = ? AND source_sha256 <> ?
     ON CONFLICT (briefing_id, source_sha256) DO UPDATE SET replaced_at = excluded.replaced_at`,
  ).run(next.importedAt, briefingId, next.sourceSha256);
  db.prepare('DELETE FROM briefing_sources WHERE briefing_id = ? AND source_sha256 = ?').run(briefingId, next.sourceSha256);
  db.prepare('DELETE FROM figures WHERE briefing_id = ?').run(briefingId);
  db.prepare('DELETE FROM paragraph_joins WHERE briefing_id = ?').run(briefingId);
  db.prepare('DELETE FROM paragraphs WHERE briefing_id = ?').run(briefingId);
  db.prepare('DELETE FROM sections WHERE briefing_id = ?').run(briefingId);
  db.prepare('DELETE FROM parts WHERE briefing_id = ?').run(briefingId);
  db.prepare(`DELETE FROM slide_notes WHERE briefing_id = ? AND origin = 'report'`).run(briefingId);
  db.prepare(
    `UPDATE briefings SET title = CASE WHEN renamed_at IS NULL THEN ? ELSE title END,
                          source_name = ?, source_text = ?, source_sha256 = ?, imported_at = ?,
                          source_format = NULL, source_encoding = NULL, slide_count = NULL
     WHERE id = ?`,
  ).run(next.title, next.sourceName, next.sourceText, next.sourceSha256, next.importedAt, briefingId);
}
