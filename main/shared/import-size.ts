import { AppError } from './result';
import { annotationLimits as limits } from './annotations';
import { megabytes, megabytesUp } from './file-size';

/** Why a file over the import cap is refused, with its size. */
export function importTooLarge(bytes: number): string {
  return `批注文件过大（${megabytesUp(bytes)}），超过上限 ${megabytes(limits.importBytes)}，未导入任何批注`;
}

/** Refuse an annotation file over the cap, by its size in bytes, before anything reads it. */
export function checkImportSize(bytes: number): void {
  if (bytes > limits.importBytes) throw new AppError('INVALID_INPUT', importTooLarge(bytes));
}
