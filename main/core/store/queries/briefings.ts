import type { Db } from '../connection';
import type { ReportModel, ReportParagraph, TextMark } from '../../report/model';

export interface BriefingSummary {
  readonly id: number;
  readonly uid: string;
  readonly title: string;
  readonly sourceName: string;
  readonly sourceSha256: string;
  readonly importedAt: string;
  readonly sectionCount: number;
}

export interface StoredParagraph {
  readonly id: number;
  readonly position: number;
  readonly role: ReportParagraph['role'];
  readonly text: string;
  readonly marks: readonly TextMark[];
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

export interface StoredSection {
  readonly id: number;
  readonly position: number;
  readonly heading: string;
  readonly paragraphs: readonly StoredParagraph[];
}

export interface StoredPart {
  readonly id: number;
  readonly position: number;
  readonly headline: string;
  readonly slogan: string | null;
  readonly lead: StoredParagraph | null;
  readonly sections: readonly StoredSection[];
}

export interface StoredBriefing extends BriefingSummary {
  readonly parts: readonly StoredPart[];
  readonly closing: StoredParagraph | null;
}

export interface NewBriefing {
  readonly uid: string;
  readonly sourceName: string;
  readonly sourceSha256: string;
  readonly importedAt: string;
  readonly report: ReportModel;
}

/** Ids given to the report's sections and paragraphs, by their index in the model. */
export interface InsertedBriefing {
  readonly id: number;
  readonly sectionIds: ReadonlyMap<number, number>;
  readonly paragraphIds: ReadonlyMap<number, number>;
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
  const addParagraph = (p: ReportParagraph, partId: number | null, sectionId: number | null): void => {
    const id = insertParagraph.run(
      briefingId, partId, sectionId, p.index, p.role, p.text, JSON.stringify(p.marks), p.sourceStart, p.sourceEnd,
    ).lastInsertRowid;
    paragraphIds.set(p.index, Number(id));
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

  const insertJoin = db.prepare(
    `INSERT INTO paragraph_joins (briefing_id, paragraph_id, break_start, break_end, before_text, after_text)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const join of report.joins) {
    const paragraphId = paragraphIds.get(join.paragraphIndex);
    if (paragraphId === undefined) throw new Error(`join refers to unknown paragraph ${join.paragraphIndex}`);
    insertJoin.run(briefingId, paragraphId, join.breakStart, join.breakEnd, join.before, join.after);
  }
  return { id: briefingId, sectionIds, paragraphIds };
}

const summaryColumns = `
  b.id AS id, b.uid AS uid, b.title AS title, b.source_name AS sourceName, b.source_sha256 AS sourceSha256,
  b.imported_at AS importedAt,
  (SELECT count(*) FROM sections s WHERE s.briefing_id = b.id) AS sectionCount`;

export function listBriefings(db: Db): BriefingSummary[] {
  return db.prepare(`SELECT ${summaryColumns} FROM briefings b ORDER BY b.id`).all() as BriefingSummary[];
}

export function countBriefings(db: Db): number {
  return Number(db.prepare('SELECT count(*) FROM briefings').pluck().get());
}

export function getBriefingSummary(db: Db, id: number): BriefingSummary | null {
  return (db.prepare(`SELECT ${summaryColumns} FROM briefings b WHERE b.id = ?`).get(id) as BriefingSummary) ?? null;
}

export function getSourceText(db: Db, id: number): string | null {
  return (db.prepare('SELECT source_text FROM briefings WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
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
  return {
    ...summary,
    closing,
    parts: parts.map((part) => ({
      ...part,
      lead: leadByPart.get(part.id) ?? null,
      sections: sections
        .filter((s) => s.partId === part.id)
        .map((s) => ({ id: s.id, position: s.position, heading: s.heading, paragraphs: bodyBySection.get(s.id) ?? [] })),
    })),
  };
}
