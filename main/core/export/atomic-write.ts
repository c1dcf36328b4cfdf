import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * Write a file so that it is either all there or not there at all: the bytes go to a temporary file in the
 * same folder, are flushed to the disk (fsync), and only then take the target's name (a rename within one
 * folder is atomic). On any failure the temporary file is deleted and an existing target is left as it
 * was, so a full disk or a pulled USB stick never leaves half a presentation behind. Used by the CLI and by
 * the desktop app's save dialog.
 */
export interface AtomicWriteOptions {
  /** Writes a chunk to the open file; a test passes one that fails like a full disk. */
  readonly write?: (fd: number, bytes: Uint8Array) => void;
}

const writeAll = (fd: number, bytes: Uint8Array): void => {
  let at = 0;
  while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
};

export function writeFileAtomic(path: string, bytes: Uint8Array, { write = writeAll }: AtomicWriteOptions = {}): void {
  // A dot file with a random part: never a name a user has, nor one a second export running at once picks.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    try {
      write(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone (or never named): nothing is left behind either way.
    }
    throw error;
  }
}

/** Why a file could not be written, in words a user can act on (the target named, the system's code kept). */
export function writeFailureMessage(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `无法写入“${path}”：磁盘空间不足，未留下任何文件`;
    case 'EACCES':
    case 'EPERM':
      return `无法写入“${path}”：没有写入该位置的权限`;
    case 'EROFS':
      return `无法写入“${path}”：该位置是只读的`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `无法写入“${path}”：文件夹不存在`;
    case 'EISDIR':
    case 'ENOTEMPTY':
    case 'EEXIST':
      return `无法写入“${path}”：这是一个文件夹，请给出文件名`;
    default:
      return `无法写入“${path}”：${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}
