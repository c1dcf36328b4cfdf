import { describe, expect, it } from 'vitest';
import { faceCovers, formatUnicodeRange, parseUnicodeRange, readFontFaces, withoutFontFaces } from '../../../../main/serve/first-paint/font-faces';

// As vite writes fontsource's rules: minified, family unquoted, woff2 then woff.
const css = [
  ':root{--font-sans:"Briefing First Paint","Noto Sans SC",system-ui,sans-serif}',
  '@font-face{font-family:Noto Sans SC;font-style:normal;font-display:swap;font-weight:700;src:url(/assets/a-700.woff2)format("woff2"),url(/assets/a-700.woff)format("woff");unicode-range:U+4E00-4E0F,U+3000}',
  '.slide{color:red}',
  "@font-face { font-family: 'Other'; font-weight: 400; src: url(/assets/o.woff2) format('woff2'); unicode-range: U+00??; }",
  '@font-face{font-family:Whole;src:url(/assets/w.woff2)}',
].join('');

describe('the stylesheet font faces the first-paint glyphs are matched against', () => {
  it('reads family, weight, style and ranges, minified or not', () => {
    expect(readFontFaces(css)).toEqual([
      { family: 'Noto Sans SC', weight: 700, style: 'normal', ranges: [[0x4e00, 0x4e0f], [0x3000, 0x3000]] },
      { family: 'Other', weight: 400, style: 'normal', ranges: [[0x0000, 0x00ff]] },
      { family: 'Whole', weight: 400, style: 'normal', ranges: [] },
    ]);
  });

  it('knows which characters a face covers; a face without a range covers all', () => {
    const [noto, , whole] = readFontFaces(css);
    if (!noto || !whole) throw new Error('faces missing');
    expect(faceCovers(noto, 0x4e00)).toBe(true);
    expect(faceCovers(noto, 0x4e0f)).toBe(true);
    expect(faceCovers(noto, 0x4e10)).toBe(false);
    expect(faceCovers(noto, 0x3000)).toBe(true);
    expect(faceCovers(whole, 0x1f600)).toBe(true);
  });

  it('drops the @font-face rules and keeps every other rule', () => {
    expect(withoutFontFaces(css)).toBe(':root{--font-sans:"Briefing First Paint","Noto Sans SC",system-ui,sans-serif}.slide{color:red}');
  });

  it('parses and writes unicode-range, joining runs of code points', () => {
    expect(parseUnicodeRange('U+20, u+4e00-4e0f ,U+30??,,junk')).toEqual([
      [0x20, 0x20],
      [0x4e00, 0x4e0f],
      [0x3000, 0x30ff],
    ]);
    expect(formatUnicodeRange([0x8499, 0x20, 0x31, 0x30, 0x32, 0x20])).toBe('U+20,U+30-32,U+8499');
    expect(formatUnicodeRange([])).toBe('');
  });
});
