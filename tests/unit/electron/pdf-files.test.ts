import { describe, expect, it } from 'vitest';
import { defaultPdfFileName, pdfPrintOptions } from '../../../main/electron/pdf-files';

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
