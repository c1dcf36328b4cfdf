import { describe, expect, it } from 'vitest';
import { figuresCsv } from '../../../../main/core/export/csv';
import { figureColumns, type FigureRow } from '../../../../main/core/export/figure-rows';
import { decodeCsv as decode, parseCsv } from '../../../support/csv';

const row = (overrides: Record<number, string | number | null>): FigureRow => ({
  cells: figureColumns.map((_, i) => (i in overrides ? (overrides[i] ?? null) : '')),
  decimals: 0,
});

describe('the figures as CSV', () => {
  it('starts with a UTF-8 byte-order mark and ends its lines with CRLF', () => {
    const bytes = figuresCsv([row({ 1: '城镇新增就业', 2: 103.8 })]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${figureColumns.map((c) => c.header).join(',')}`);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and reads back to the same cells', () => {
    const awkward = row({ 0: '一、民生, 福祉', 1: '他说"好"', 2: 5615.3, 5: 561530000000, 13: '第一行\n第二行', 12: null });
    const text = decode(figuresCsv([awkward]));
    expect(text).toContain('"一、民生, 福祉"');
    expect(text).toContain('"他说""好"""');
    expect(text).toContain('"第一行\n第二行"');
    const [header, cells] = parseCsv(text);
    expect(header).toEqual(figureColumns.map((c) => c.header));
    expect(cells).toEqual(awkward.cells.map((cell) => (cell === null ? '' : String(cell))));
  });

  it('writes numbers as JavaScript prints them, never rounded or grouped', () => {
    const [, cells] = parseCsv(decode(figuresCsv([row({ 2: 0.8, 5: 28000000000000 })])).slice(1));
    expect(cells?.[2]).toBe('0.8');
    expect(cells?.[5]).toBe('28000000000000');
  });

  it('keeps a text that starts like a formula from running as one, and a negative number a number', () => {
    const [, cells] = parseCsv(decode(figuresCsv([row({ 1: '=1+1', 13: '@SUM(A1)', 2: -16.8 })])).slice(1));
    expect(cells?.[1]).toBe("'=1+1");
    expect(cells?.[13]).toBe("'@SUM(A1)");
    expect(cells?.[2]).toBe('-16.8');
  });
});
