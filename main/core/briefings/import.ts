import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../store/connection';
import { analyseReportPlaced } from '../report/index';
import { deckLength } from '../deck/build';
import { countBriefings, insertBriefing } from '../store/queries/briefings';
import { insertFigures } from '../store/queries/figures';
import { inTransaction } from '../store/transaction';
import { DocumentError } from '../report/read/errors';
import type { ReportModel } from '../../shared/report';

export interface ImportedBriefing {
  readonly id: number;
  readonly uid: string;
  readonly title: string;
  readonly figureCount: number;
  /** The deck's length, as deck:get gives it. */
  readonly slideCount: number;
}

/** Largest report accepted: far above any real briefing, small enough to keep a runaway file out. */
export const maxReportChars = 5_000_000;

/** A report read for the store: its model, its figures and the hash that names its text. */
export interface AnalysedReport extends ReturnType<typeof analyseReportPlaced> {
  readonly sha: string;
}

/**
 * What importing and re-importing do first, alike: refuse a runaway text, read the report and its figures,
 * refuse a text with nothing in it to present (no paragraph: a title or headings alone make no slides),
 * and name the text by its hash.
 */
export function analyseForStore(text: string, sha: string = reportSha(text)): AnalysedReport {
  if (text.length > maxReportChars) throw new DocumentError('TOO_LARGE', `报告过长（${text.length} 字，上限 ${maxReportChars} 字），未导入`);
  if (text.trim() === '') throw new DocumentError('EMPTY', '报告是空的：没有任何文字');
  const analysed = analyseReportPlaced(text);
  if (paragraphCount(analysed.report) === 0) {
    const headings = analysed.report.parts.reduce((sum, part) => sum + 1 + part.sections.length, 0);
    throw new DocumentError('NO_BODY', `报告只有标题（${headings} 个），没有一段正文：无法生成幻灯片，未导入`);
  }
  return { ...analysed, sha };
}

/** The name the store gives a report text: the SHA-256 of its UTF-8 bytes (a 5 MB text takes tens of milliseconds, so callers that have it pass it on). */
export const reportSha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

function paragraphCount(report: ReportModel): number {
  const body = report.parts.reduce((sum, part) => sum + (part.lead ? 1 : 0) + part.sections.reduce((n, section) => n + section.paragraphs.length, 0), 0);
  return body + (report.closing ? 1 : 0);
}

/** Parse a report and store it with its figures, all in one transaction: either the whole briefing is there or nothing is. */
export function importReport(db: Db, sourceName: string, text: string, now: () => Date = () => new Date()): ImportedBriefing {
  return storeAnalysed(db, sourceName, analyseForStore(text), now);
}

/**
 * Store a report analysed by analyseForStore, in one transaction. A new briefing gets a new uid; a briefing
 * coming from a pack keeps the one it had where it was prepared.
 */
export function storeAnalysed(
  db: Db,
  sourceName: string,
  analysed: AnalysedReport,
  now: () => Date = () => new Date(),
  uid: string = randomUUID(),
): ImportedBriefing {
  const { report, figures, sha } = analysed;
  const importedAt = now();
  return inTransaction(db, () => {
    const inserted = insertBriefing(db, {
      uid,
      sourceName,
      sourceSha256: sha,
      importedAt: importedAt.toISOString(),
      report,
    });
    insertFigures(db, inserted.id, figures, inserted);
    const slideCount = deckLength(report, figures);
    return { id: inserted.id, uid, title: report.title, figureCount: figures.length, slideCount };
  });
}

/** On first run the store holds no briefing: import the embedded default report so the app opens on it. */
export function ensureDefaultBriefing(db: Db, defaultReport: { name: string; text: string }): number | null {
  return inTransaction(db, () => {
    if (countBriefings(db) > 0) return null;
    return importReport(db, defaultReport.name, defaultReport.text).id;
  });
}
