/**
 * PDFs whose Chinese text is set in fonts they do not embed, named by a predefined CMap (UniGB-UTF16-H):
 * pdf.js reads their text only with its CMap files, which the reader hands it (pdf-assets.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../../main/core/report/read/index';
import { pdfAssetUrls } from '../../../../../main/core/report/read/pdf-assets';
import { cmapPdf, cmapReportLines } from '../../../../support/document-fixtures';

describe('a PDF whose Chinese needs a CMap', () => {
  it('finds pdf.js’s CMaps and standard fonts from source', () => {
    const urls = pdfAssetUrls();
    expect(urls).not.toBeNull();
    expect(existsSync(join(urls?.cMapUrl ?? '', 'UniGB-UTF16-H.bcmap'))).toBe(true);
    expect(existsSync(join(urls?.cMapUrl ?? '', 'Adobe-GB1-UCS2.bcmap'))).toBe(true);
    expect(existsSync(join(urls?.standardFontDataUrl ?? '', 'FoxitSerif.pfb'))).toBe(true);
  });

  it('reads right: title, heading and paragraphs, every character', async () => {
    const read = await readDocument(cmapPdf(cmapReportLines), '公报.pdf');
    expect(read.format).toBe('pdf');
    expect(read.text).toBe(
      '# 青川省统计公报\n\n## 一、经济运行\n\n全省地区生产总值达到5000亿元，比上年增长6.5%。粮食总产量达到700万吨，连续5年稳定增长。\n',
    );
  });
});
