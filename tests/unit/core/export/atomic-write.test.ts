import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFailureMessage, writeFileAtomic } from '../../../../main/core/export/atomic-write';
import { tempDir } from '../../../support/temp';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir('briefing-atomic-');
});
afterEach(() => dir.cleanup());

const bytes = new TextEncoder().encode('内蒙古答卷');
const diskFull = (): never => {
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};

describe('writing a file whole or not at all', () => {
  it('writes the bytes and leaves nothing else in the folder', () => {
    const target = join(dir.path, '简报.pptx');
    writeFileAtomic(target, bytes);
    expect(readFileSync(target)).toEqual(Buffer.from(bytes));
    expect(readdirSync(dir.path)).toEqual(['简报.pptx']);
  });

  it('replaces an existing file in one step', () => {
    const target = join(dir.path, 'a.csv');
    writeFileSync(target, 'old');
    writeFileAtomic(target, bytes);
    expect(readFileSync(target, 'utf8')).toBe('内蒙古答卷');
    expect(readdirSync(dir.path)).toEqual(['a.csv']);
  });

  it('on a full disk leaves no file, no temporary file, and an existing file as it was', () => {
    const target = join(dir.path, 'a.xlsx');
    expect(() => writeFileAtomic(target, bytes, { write: diskFull })).toThrow(/ENOSPC/);
    expect(readdirSync(dir.path)).toEqual([]);

    writeFileSync(target, 'kept');
    expect(() => writeFileAtomic(target, bytes, { write: diskFull })).toThrow(/ENOSPC/);
    expect(readdirSync(dir.path)).toEqual(['a.xlsx']);
    expect(readFileSync(target, 'utf8')).toBe('kept');
  });

  it('refuses a target that is a folder, or in a folder that does not exist, leaving nothing behind', () => {
    const folder = join(dir.path, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'inside'), 'x');
    expect(() => writeFileAtomic(folder, bytes)).toThrow();
    expect(readdirSync(dir.path)).toEqual(['folder']);
    expect(() => writeFileAtomic(join(dir.path, 'missing', 'a.csv'), bytes)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(existsSync(join(dir.path, 'missing'))).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder it may not write to', () => {
    const locked = join(dir.path, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      expect(() => writeFileAtomic(join(locked, 'a.csv'), bytes)).toThrow(expect.objectContaining({ code: 'EACCES' }));
    } finally {
      chmodSync(locked, 0o700);
    }
  });

  it.each([
    ['ENOSPC', '磁盘空间不足'],
    ['EACCES', '没有写入该位置的权限'],
    ['EROFS', '只读'],
    ['ENOENT', '文件夹不存在'],
    ['EISDIR', '这是一个文件夹'],
    ['EIO', 'EIO'],
  ])('says why in Chinese (%s)', (code, words) => {
    const message = writeFailureMessage('/x/简报.pptx', Object.assign(new Error(code), { code }));
    expect(message).toContain('“/x/简报.pptx”');
    expect(message).toContain(words);
  });
});
