/**
 * A report file imported from the app (briefings:import) or as a new version of a briefing
 * (briefings:reimport): its bytes are read (report/read), analysed and stored — three stages, each reported
 * to the caller's job (import-jobs.ts) and each a point where a cancel takes effect. Nothing is written before
 * the last stage, which writes in one transaction: a refused or cancelled file leaves the store as it was.
 *
 * The same bytes twice are one briefing: a file whose report the library already holds is not stored again,
 * the caller is told which briefing has it.
 *
 * The app's handlers and the CLI (`briefing import|reimport`) both import this way. The CLI hands over its
 * store as a function that opens it, called only once the file has been read: a file no reader takes never
 * opens, let alone creates, a store.
 */
import type { ImportOutcome, ReimportOutcome } from '../../shared/library';
import type { ReimportPreviewOutcome } from '../../shared/reimport-preview';
import type * as Readers from '../report/read/index';
import type { ReadDocument } from '../report/read/index';
import type { Db } from '../store/connection';
import { getBriefingSummary, requireBriefing } from '../store/queries/briefings';
import { currentSourceSha, findLiveBriefingBySource, recordLibraryFacts } from '../store/queries/library';
import { inTransaction } from '../store/transaction';
import { analyseForStore, reportSha, storeAnalysed, type AnalysedReport } from './import';
import { importJobs, type ImportJob } from './import-jobs';
import { loadEditedDeck } from '../deck/edits/service';
import { replaceAnalysed } from './reimport';
import { previewReimport } from './reimport-preview';

export interface ReportFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The caller's id for this import, to follow and cancel it; none for an import nobody follows. */
  readonly jobId?: string | undefined;
}

/** An open store, or a function that opens it when the import first needs it. */
export type StoreAccess = Db | (() => Db);

const storeOf = (store: StoreAccess): Db => (typeof store === 'function' ? store() : store);

export interface ImportOptions {
  /** The clock that stamps the import (tests pin it). */
  readonly now?: () => Date;
}

/**
 * Let what waits on this process run before the next stage (a progress question, a cancel): the analysis
 * that follows holds the thread until it is done.
 */
const letOthersRun = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Run `work` as a registered job, ending the job however it ends. */
async function asJob<T>(file: ReportFile, work: (job: ImportJob) => Promise<T>): Promise<T> {
  const job = importJobs.start(file.jobId);
  try {
    return await work(job);
  } finally {
    importJobs.finish(file.jobId);
  }
}

let readers: Promise<typeof Readers> | null = null;

/**
 * The readers (mammoth, Readability, pdfjs …) load on the first import, not with the app: most starts import
 * nothing, and they are most of the code (the desktop app even ships them as bundles of their own).
 */
const loadReaders = (): Promise<typeof Readers> => (readers ??= import('../report/read/index'));

/**
 * Analyse the text (stage 2), then move to building (stage 3), giving a cancel a chance before each; null
 * when the import was cancelled meanwhile.
 */
async function analyseStage(job: ImportJob, text: string, sha: string): Promise<AnalysedReport | null> {
  job.stage = 'analyse';
  await letOthersRun();
  if (job.cancelled) return null;
  const analysed = analyseForStore(text, sha);
  job.stage = 'build';
  await letOthersRun();
  return job.cancelled ? null : analysed;
}

/** Read the file (stage 1); refuses with the reader's DocumentError what cannot be imported. */
async function readStage(job: ImportJob, file: ReportFile): Promise<ReadDocument> {
  job.stage = 'read';
  const { readDocument } = await loadReaders();
  return readDocument(file.bytes, file.fileName);
}

export function importReportFile(store: StoreAccess, file: ReportFile, options: ImportOptions = {}): Promise<ImportOutcome> {
  const now = options.now ?? (() => new Date());
  return asJob(file, async (job) => {
    if (job.cancelled) return { kind: 'cancelled' };
    const read = await readStage(job, file);
    if (job.cancelled) return { kind: 'cancelled' };
    const db = storeOf(store);
    const sha = reportSha(read.text);
    const existing = findLiveBriefingBySource(db, sha);
    if (existing) return { kind: 'duplicate', briefingId: existing.id, title: existing.title, importedAt: existing.importedAt };

    const analysed = await analyseStage(job, read.text, sha);
    if (!analysed) return { kind: 'cancelled' };
    return inTransaction(db, () => {
      const imported = storeAnalysed(db, file.fileName, analysed, now);
      const { slideCount } = imported;
      recordLibraryFacts(db, imported.id, { format: read.format, encoding: read.encoding, slideCount });
      return { kind: 'imported', briefingId: imported.id, title: imported.title, figureCount: imported.figureCount, slideCount } as const;
    });
  });
}

/** A new version read and analysed, or why there is nothing to store: the same report, or a cancel. */
type NewVersion =
  | { readonly kind: 'analysed'; readonly db: Db; readonly read: ReadDocument; readonly analysed: AnalysedReport }
  | { readonly kind: 'unchanged'; readonly briefingId: number; readonly title: string }
  | { readonly kind: 'cancelled' };

/** The stages a new version goes through before it is stored or previewed; an unknown briefing is refused before its file is read. */
async function readNewVersion(store: StoreAccess, briefingId: number, job: ImportJob, file: ReportFile): Promise<NewVersion> {
  const db = storeOf(store);
  requireBriefing(db, briefingId);
  if (job.cancelled) return { kind: 'cancelled' };
  const read = await readStage(job, file);
  if (job.cancelled) return { kind: 'cancelled' };
  const sha = reportSha(read.text);
  if (currentSourceSha(db, briefingId) === sha) {
    return { kind: 'unchanged', briefingId, title: requireBriefing(db, briefingId).title };
  }
  const analysed = await analyseStage(job, read.text, sha);
  return analysed ? { kind: 'analysed', db, read, analysed } : { kind: 'cancelled' };
}

/**
 * A new version of a briefing's report (导入新版本): its annotations are re-anchored on the new text, a
 * renamed briefing keeps its name. A file holding the very report the briefing has changes nothing.
 */
export function reimportReportFile(store: StoreAccess, briefingId: number, file: ReportFile, options: ImportOptions = {}): Promise<ReimportOutcome> {
  const now = options.now ?? (() => new Date());
  return asJob(file, async (job) => {
    const version = await readNewVersion(store, briefingId, job, file);
    if (version.kind !== 'analysed') return version;
    const { db, read, analysed } = version;
    return inTransaction(db, () => {
      const replaced = replaceAnalysed(db, briefingId, file.fileName, analysed, now);
      const { slideCount } = replaced;
      recordLibraryFacts(db, briefingId, { format: read.format, encoding: read.encoding, slideCount });
      // A renamed briefing keeps its name: the title is the stored one, not necessarily the report's.
      const title = getBriefingSummary(db, briefingId)?.title ?? replaced.title;
      const { figureCount, attached, orphaned } = replaced;
      const editsOrphaned = loadEditedDeck(db, briefingId).orphans.length;
      return { kind: 'reimported', briefingId, title, figureCount, slideCount, attached, orphaned, editsOrphaned } as const;
    });
  });
}

/**
 * What 导入新版本 of this file would change (reimport-preview.ts), through the same stages and refusals as the
 * re-import itself, followed and cancelled the same way; nothing is stored.
 */
export function previewReimportFile(store: StoreAccess, briefingId: number, file: ReportFile): Promise<ReimportPreviewOutcome> {
  return asJob(file, async (job) => {
    const version = await readNewVersion(store, briefingId, job, file);
    if (version.kind !== 'analysed') return version;
    const preview = previewReimport(version.db, briefingId, file.fileName, version.analysed);
    const title = getBriefingSummary(version.db, briefingId)?.title ?? version.analysed.report.title;
    return { kind: 'preview', title, preview };
  });
}
