import { describe, expect, it } from 'vitest';
import { readNumbering } from '../../../../../main/core/report/read/docx-numbering';
import { childElements, NotReadHere, parseXml } from '../../../../../main/core/report/read/xml-tree';

const numberingOf = (body: string) =>
  readNumbering(childElements(parseXml(`<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body}</w:numbering>`))[0]!);

const abstract = (id: string, levels: string, extra = '') => `<w:abstractNum w:abstractNumId="${id}">${extra}${levels}</w:abstractNum>`;
const level = (ilvl: string | null, format: string) => `<w:lvl${ilvl === null ? '' : ` w:ilvl="${ilvl}"`}><w:numFmt w:val="${format}"/></w:lvl>`;
const num = (numId: string, abstractNumId: string) => `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractNumId}"/></w:num>`;

describe('Word numbering as mammoth reads it', () => {
  const numbering = numberingOf(
    abstract('0', level('0', 'decimal') + level('1', 'bullet') + level('2', 'chineseCounting')) + abstract('1', level(null, 'bullet')) + num('1', '0') + num('2', '1') + num('3', '9'),
  );

  it('gives each level of a numbering: any format but a bullet is ordered', () => {
    expect(numbering.levelOf('1', '0')).toEqual({ isOrdered: true, level: '0' });
    expect(numbering.levelOf('1', '1')).toEqual({ isOrdered: false, level: '1' });
    expect(numbering.levelOf('1', '2')).toEqual({ isOrdered: true, level: '2' });
  });

  it('reads a w:numPr without a level as the first level, and a level written without its index as level 0', () => {
    expect(numbering.levelOf('1', undefined)).toEqual({ isOrdered: true, level: '0' });
    expect(numbering.levelOf('2', '0')).toEqual({ isOrdered: false, level: '0' });
  });

  it('gives no list for a numbering, definition or level that is not there, nor for a w:numPr without a numbering', () => {
    expect(numbering.levelOf('7', '0')).toBeNull();
    expect(numbering.levelOf('3', '0')).toBeNull();
    expect(numbering.levelOf('1', '5')).toBeNull();
    expect(numbering.levelOf(undefined, '0')).toBeNull();
  });

  it('does not follow a numbering linked to a numbering style, nor a numbering without its definition', () => {
    const linked = numberingOf(abstract('0', '', '<w:numStyleLink w:val="ListStyle"/>') + num('1', '0'));
    expect(() => linked.levelOf('1', '0')).toThrow(NotReadHere);
    expect(() => numberingOf('<w:num w:numId="1"/>')).toThrow(NotReadHere);
  });
});
