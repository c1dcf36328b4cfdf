/**
 * Import and re-import from a file's bytes, whatever its format: the file is read (report/read) and
 * analysed before the store is touched, so a refused file leaves the store exactly as it was; what is
 * stored is written in one transaction. The same functions serve the CLI and, through a handler, the app.
 *
 * Kept apart from import.ts: the app's start-up imports the embedded report through import.ts and need not
 * load the readers (mammoth, Readability, pdfjs) to do so.
 */
import type { DocumentFormat } from '../../shared/documents';
import { readDocument, type TextEncoding } from '../report/read/index';
import type { Db } from '../store/connection';
import { analyseForStore, storeAnalysed, type AnalysedReport, type ImportedBriefing } from './import';
import { replaceAnalysed, type ReimportedBriefing } from './reimport';

export interface AnalysedDocument extends AnalysedReport {
  readonly fileName: string;
  readonly format: DocumentFormat;
  readonly encoding: TextEncoding | null;
}

/** Read a report file and analyse it for the store; refuses (DocumentError) what cannot be imported. */
export async function analyseDocument(bytes: Uint8Array, fileName: string): Promise<AnalysedDocument> {
  const read = await readDocument(bytes, fileName);
  return { ...analyseForStore(read.text), fileName, format: read.format, encoding: read.encoding };
}

export type ImportedDocument = ImportedBriefing & Pick<AnalysedDocument, 'format' | 'encoding'>;

export async function importDocument(db: Db, bytes: Uint8Array, fileName: string, now?: () => Date): Promise<ImportedDocument> {
  const analysed = await analyseDocument(bytes, fileName);
  return { ...storeAnalysed(db, fileName, analysed, now), format: analysed.format, encoding: analysed.encoding };
}

export type ReimportedDocument = ReimportedBriefing & Pick<AnalysedDocument, 'format' | 'encoding'>;

export async function reimportDocument(db: Db, briefingId: number, bytes: Uint8Array, fileName: string, now?: () => Date): Promise<ReimportedDocument> {
  const analysed = await analyseDocument(bytes, fileName);
  return { ...replaceAnalysed(db, briefingId, fileName, analysed, now), format: analysed.format, encoding: analysed.encoding };
}
