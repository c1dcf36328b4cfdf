const mebibyte = 1024 * 1024;

/**
 * A file's size for a refusal, in MB rounded up to a tenth, so a file just over a cap never reads as the cap
 * itself ("20.1 MB" beside a cap of 20 MB, never "20.0 MB").
 */
export function megabytesUp(bytes: number): string {
  return `${(Math.ceil((bytes / mebibyte) * 10) / 10).toFixed(1)} MB`;
}

/** A cap as people read it: 20 MB, 64 MB. */
export function megabytes(bytes: number): string {
  return `${bytes / mebibyte} MB`;
}
