import { buildReportIndex } from '../annotations/report-index';
import { reanchorBriefing } from '../annotations/reanchor';
import { deckLength } from '../deck/build';
import type { Db } from '../store/connection';
import { insertReportContent, requireBriefing, replaceBriefingSource } from '../store/queries/briefings';
import { insertFigures } from '../store/queries/figures';
import { analyseForStore, type AnalysedReport } from './import';
import { inTransaction } from '../store/transaction';

export interface ReimportedBriefing {
  readonly id: number;
  readonly title: string;
  readonly figureCount: number;
  /** The deck's length, as deck:get gives it. */
  readonly slideCount: number;
  /** Annotations placed on the new report, and those kept as orphans because their anchor is gone. */
  readonly attached: number;
  readonly orphaned: number;
}

/**
 * Replace a briefing's report with an edited version, in one transaction: the briefing keeps its id (and its
 * uid, its presenter notes and its place in lists), its content and figures are replaced, and every
 * annotation is re-anchored on the new text — by figure key, by quote, by slide — or kept as an orphan.
 */
export function reimportReport(
  db: Db,
  briefingId: number,
  sourceName: string,
  text: string,
  now: () => Date = () => new Date(),
): ReimportedBriefing {
  return replaceAnalysed(db, briefingId, sourceName, analyseForStore(text), now);
}

/** Replace a briefing's report with one analysed by analyseForStore, in one transaction. */
export function replaceAnalysed(
  db: Db,
  briefingId: number,
  sourceName: string,
  analysed: AnalysedReport,
  now: () => Date = () => new Date(),
): ReimportedBriefing {
  const { report, figures, sha } = analysed;
  const importedAt = now();
  return inTransaction(db, () => {
    requireBriefing(db, briefingId);
    replaceBriefingSource(db, briefingId, {
      title: report.title,
      sourceName,
      sourceText: report.source,
      sourceSha256: sha,
      importedAt: importedAt.toISOString(),
    });
    const inserted = insertReportContent(db, briefingId, report);
    insertFigures(db, briefingId, figures, inserted);
    const slideCount = deckLength(report, figures);
    const index = buildReportIndex(db, briefingId);
    if (!index) throw new Error(`briefing ${briefingId} has no report after re-import`);
    const placed = reanchorBriefing(db, index);
    return { id: briefingId, title: report.title, figureCount: figures.length, slideCount, ...placed };
  });
}
