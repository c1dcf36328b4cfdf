import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../store/connection';
import { analyseReport } from '../report/index';
import { placeFigures } from '../report/placement';
import { storeReportNotes } from '../deck/load';
import { countBriefings, getBriefing, insertBriefing } from '../store/queries/briefings';
import { insertFigures, listFiguresOfBriefing } from '../store/queries/figures';
import { inTransaction } from '../store/transaction';

export interface ImportedBriefing {
  readonly id: number;
  readonly uid: string;
  readonly title: string;
  readonly figureCount: number;
}

/** Largest report accepted: far above any real briefing, small enough to keep a runaway file out. */
export const maxReportChars = 5_000_000;

/** A report read for the store: its model, its figures and the hash that names its text. */
export interface AnalysedReport extends ReturnType<typeof analyseReport> {
  readonly sha: string;
}

/**
 * What importing and re-importing do first, alike: refuse a runaway text, read the report and its figures,
 * refuse a text with nothing in it to present, and name the text by its hash.
 */
export function analyseForStore(text: string): AnalysedReport {
  if (text.length > maxReportChars) throw new RangeError(`报告过大（${text.length} 字符，上限 ${maxReportChars}）`);
  const analysed = analyseReport(text);
  if (analysed.report.parts.length === 0 && analysed.report.title.trim() === '') throw new RangeError('报告为空或无法识别其结构');
  return { ...analysed, sha: createHash('sha256').update(text, 'utf8').digest('hex') };
}

/**
 * Parse a report and store it with its figures and its slides' default notes, all in one transaction: either
 * the whole briefing is there or nothing is.
 */
export function importReport(db: Db, sourceName: string, text: string, now: () => Date = () => new Date()): ImportedBriefing {
  const { report, figures, sha } = analyseForStore(text);
  const uid = randomUUID();
  const importedAt = now();
  return inTransaction(db, () => {
    const inserted = insertBriefing(db, {
      uid,
      sourceName,
      sourceSha256: sha,
      importedAt: importedAt.toISOString(),
      report,
    });
    insertFigures(db, inserted.id, placeFigures(report, figures), inserted);
    // The deck is built from the stored rows (it needs their ids), so read back what was just written.
    const stored = getBriefing(db, inserted.id);
    if (!stored) throw new Error(`briefing ${inserted.id} vanished during its own import`);
    storeReportNotes(db, stored, listFiguresOfBriefing(db, inserted.id), importedAt);
    return { id: inserted.id, uid, title: report.title, figureCount: figures.length };
  });
}

/** On first run the store holds no briefing: import the embedded default report so the app opens on it. */
export function ensureDefaultBriefing(db: Db, defaultReport: { name: string; text: string }): number | null {
  return inTransaction(db, () => {
    if (countBriefings(db) > 0) return null;
    return importReport(db, defaultReport.name, defaultReport.text).id;
  });
}
