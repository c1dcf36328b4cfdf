import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPdfFileName, pdfPrintOptions, writeFileAtomically } from '../../../main/electron/pdf-files';
import { tempDir } from '../../support/temp';

describe('the PDF print options', () => {
  it('take the page size from the route’s CSS, with the same size in inches and no margin, backgrounds printed', () => {
    const slides = pdfPrintOptions('slides');
    expect(slides).toMatchObject({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
    expect(slides.margins).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
    const size = slides.pageSize as { width: number; height: number };
    // 13.333 × 7.5 in: 960 × 540 pt, 16:9.
    expect(size.width * 72).toBeCloseTo(960, 0);
    expect(size.height * 72).toBeCloseTo(540, 0);
    const a4 = pdfPrintOptions('handout').pageSize as { width: number; height: number };
    expect(a4.width * 72).toBeCloseTo(595.3, 0);
    expect(a4.height * 72).toBeCloseTo(841.9, 0);
  });
});

describe('the name offered for the PDF', () => {
  it.each([
    ['“十四五”成就', 'slides', '“十四五”成就-幻灯片.pdf'],
    ['“十四五”成就', 'handout', '“十四五”成就-讲义.pdf'],
    ['2025/06 汇报：重点*数据?', 'slides', '2025 06 汇报：重点 数据-幻灯片.pdf'],
    ['..\\..\\etc', 'handout', 'etc-讲义.pdf'],
    ['  \u0000 ', 'slides', '简报-幻灯片.pdf'],
  ] as const)('%s (%s) → %s', (title, kind, expected) => {
    expect(defaultPdfFileName(title, kind)).toBe(expected);
  });
});

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
function folder(): string {
  const { path, cleanup } = tempDir();
  cleanups.push(cleanup);
  return path;
}

describe('writing the PDF', () => {
  it('replaces the target whole and leaves no temporary file', async () => {
    const dir = folder();
    const target = join(dir, '讲义.pdf');
    writeFileSync(target, 'old');
    await writeFileAtomically(target, new TextEncoder().encode('%PDF-1.7 new'));
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 new');
    expect(readdirSync(dir)).toEqual(['讲义.pdf']);
  });

  it('leaves nothing behind, and the old file as it was, when the write fails', async () => {
    const dir = folder();
    // A folder where the file should go: the rename over it fails after the temporary file was written.
    const target = join(dir, 'taken.pdf');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x');
    await expect(writeFileAtomically(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken.pdf']);
    await expect(writeFileAtomically(join(dir, 'missing-folder', 'a.pdf'), new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken.pdf']);
  });
});
