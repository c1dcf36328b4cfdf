import { AppError } from './result';
import { annotationLimits as limits } from './annotations';

const mebibyte = 1024 * 1024;

/**
 * Why a file over the import cap is refused, with its size. The size is rounded up to a tenth of a MB, so a
 * file just over the cap never reads as "20.0 MB" beside a cap of 20 MB.
 */
export function importTooLarge(bytes: number): string {
  const size = (Math.ceil((bytes / mebibyte) * 10) / 10).toFixed(1);
  return `批注文件过大（${size} MB），超过上限 ${limits.importBytes / mebibyte} MB，未导入任何批注`;
}

/** Refuse an annotation file over the cap, by its size in bytes, before anything reads it. */
export function checkImportSize(bytes: number): void {
  if (bytes > limits.importBytes) throw new AppError('INVALID_INPUT', importTooLarge(bytes));
}
