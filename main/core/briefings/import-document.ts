/**
 * A report file read and analysed without storing it (`briefing figures`): the readers of report/read and the
 * analysis every import runs (analyseForStore), so it shows the figures an import would store and refuses
 * what an import would refuse. Importing goes through import-file.ts, for the app and the CLI alike.
 *
 * Kept apart from import.ts: the app's start-up imports the embedded report through import.ts and need not
 * load the readers (mammoth, Readability, pdfjs) to do so.
 */
import type { DocumentFormat } from '../../shared/documents';
import { readDocument, type TextEncoding } from '../report/read/index';
import { analyseForStore, type AnalysedReport } from './import';

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
