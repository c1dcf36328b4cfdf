import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipEntries } from '../../../../../main/core/report/read/zip-entries';

async function archive(compression: 'STORE' | 'DEFLATE', comment?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('word/document.xml', '<w:document>正文</w:document>');
  zip.file('empty.txt', '');
  return zip.generateAsync({ type: 'uint8array', compression, ...(comment ? { comment } : {}) });
}

describe('zipEntries', () => {
  it('reads stored and deflated entries, and says which names it holds', async () => {
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const zip = zipEntries(await archive(compression));
      expect(zip).not.toBeNull();
      expect(new TextDecoder().decode(zip?.read('word/document.xml') ?? new Uint8Array())).toBe('<w:document>正文</w:document>');
      expect(zip?.read('empty.txt')?.byteLength).toBe(0);
      expect(zip?.has('word/document.xml')).toBe(true);
      expect(zip?.has('word/styles.xml')).toBe(false);
      expect(zip?.read('word/styles.xml')).toBeNull();
    }
  });

  it('finds the directory behind an archive comment', async () => {
    const zip = zipEntries(await archive('DEFLATE', '归档注释'));
    expect(zip?.has('word/document.xml')).toBe(true);
  });

  it('gives null for bytes that are not an archive, and throws for an entry whose local header is damaged', async () => {
    expect(zipEntries(new TextEncoder().encode('not an archive at all, just text'))).toBeNull();
    const bytes = await archive('STORE');
    const damaged = bytes.slice();
    for (let at = 0; at + 4 <= damaged.length; at++) {
      if (damaged[at] === 0x50 && damaged[at + 1] === 0x4b && damaged[at + 2] === 3 && damaged[at + 3] === 4) damaged[at] = 0; // every local header
    }
    const zip = zipEntries(damaged);
    expect(zip?.has('word/document.xml')).toBe(true); // the directory is whole
    expect(() => zip?.read('word/document.xml')).toThrow();
  });
});
