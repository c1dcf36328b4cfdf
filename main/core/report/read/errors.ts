/**
 * Why a report file is refused. Every refusal is an AppError of code INVALID_INPUT (so the dispatcher
 * answers it as the caller's mistake, in its Chinese message) with a `reason` a caller can branch on.
 */
import { AppError } from '../../../shared/result';

export type DocumentProblem =
  | 'EMPTY' // no bytes, or nothing but white space
  | 'TOO_LARGE' // over the byte cap, or a text too long to analyse
  | 'UNSUPPORTED_TYPE' // an extension no reader takes
  | 'NOT_TEXT' // a .txt/.md that is binary or in no encoding we can read
  | 'NOT_DOCX' // a .docx that is not a Word (OOXML) document
  | 'NOT_HTML' // a .html that holds no readable article
  | 'NOT_PDF' // a .pdf that is not a PDF, or is damaged
  | 'PDF_ENCRYPTED' // a PDF that needs a password
  | 'PDF_SCANNED' // a PDF without a text layer
  | 'NO_TEXT' // a well-formed file with no text in it
  | 'NO_BODY'; // headings (or a title) but not one paragraph of text

export class DocumentError extends AppError {
  constructor(
    readonly reason: DocumentProblem,
    message: string,
  ) {
    super('INVALID_INPUT', message);
    this.name = 'DocumentError';
  }
}
