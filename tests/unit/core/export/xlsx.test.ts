import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../main/core/app';
import { dispatch } from '../../../../main/core/dispatch';
import { exportBriefing } from '../../../../main/core/export/index';
import { figureColumns } from '../../../../main/core/export/figure-rows';
import { listFiguresOfBriefing } from '../../../../main/core/store/queries/figures';
import type { StoredFigure } from '../../../../main/shared/figure';
import { dataDir } from '../../../support/temp';
import { zipPart } from '../../../support/zip';

/** The embedded briefing, with two notes (one deleted), exported as a workbook and read back as Excel reads it. */
let core: AppCore;
let figures: StoredFigure[];
let zip: JSZip;

beforeAll(async () => {
  core = startCore(':memory:', dataDir);
  figures = listFiguresOfBriefing(core.db, 1).sort((a, b) => a.index - b.index);
  const retail = figures.find((figure) => figure.valueText === '5615.3');
  await dispatch('settings:set', { authorName: '王老师' }, core);
  await dispatch('annotations:create', { briefingId: 1, anchor: { kind: 'figure', figureKey: retail?.key ?? '' }, body: '核对零售额，含“双十一”', tags: ['消费', '核对'] }, core);
  const gone = await dispatch('annotations:create', { briefingId: 1, anchor: { kind: 'slide', slideId: 'cover' }, body: '已删除的批注' }, core);
  if (gone.ok) await dispatch('annotations:delete', { id: (gone.value as { id: string }).id }, core);
  zip = await JSZip.loadAsync((await exportBriefing(core.db, 1, 'xlsx')).bytes);
});
afterAll(() => core.close());

const part = (path: string): Promise<string> => zipPart(zip, path);

/** The shared strings, so a cell of type "s" can be read. */
async function sharedStrings(): Promise<string[]> {
  const xml = await part('xl/sharedStrings.xml');
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...(m[1] ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(''));
}

/** Cells of a sheet by reference (A1 …): the raw type and value. */
async function cells(sheet: number): Promise<Map<string, { type: string | null; value: string; style: string | null }>> {
  const xml = await part(`xl/worksheets/sheet${sheet}.xml`);
  const found = new Map<string, { type: string | null; value: string; style: string | null }>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attributes = m[2] ?? '';
    found.set(m[1] ?? '', {
      type: /\bt="([^"]+)"/.exec(attributes)?.[1] ?? null,
      style: /\bs="(\d+)"/.exec(attributes)?.[1] ?? null,
      value: /<v>([^<]*)<\/v>/.exec(m[3] ?? '')?.[1] ?? '',
    });
  }
  return found;
}

const column = (header: string): string => String.fromCharCode(65 + figureColumns.findIndex((c) => c.header === header));

describe('the figures as an Excel workbook', () => {
  it('has the sheets 数据 and 批注', async () => {
    const workbook = await part('xl/workbook.xml');
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['数据', '批注']);
  });

  it('holds one row per figure, its value a number cell equal to the stored value', async () => {
    const sheet = await cells(1);
    const strings = await sharedStrings();
    const text = (ref: string): string => {
      const cell = sheet.get(ref);
      return cell?.type === 's' ? (strings[Number(cell.value)] ?? '') : (cell?.value ?? '');
    };
    expect(figureColumns.map((_, i) => text(`${String.fromCharCode(65 + i)}1`))).toEqual(figureColumns.map((c) => c.header));
    expect(sheet.has(`A${figures.length + 1}`)).toBe(true);
    expect(sheet.has(`A${figures.length + 2}`)).toBe(false);
    figures.forEach((figure, i) => {
      const row = i + 2;
      const value = sheet.get(`${column('数值')}${row}`);
      expect(value?.type, figure.key).toBeNull(); // a number: no t="s" (nor t="str")
      expect(Number(value?.value)).toBe(figure.value);
      expect(text(`${column('指标')}${row}`)).toBe(figure.label);
      expect(text(`${column('单位')}${row}`)).toBe(figure.unit);
      expect(text(`${column('来源')}${row}`)).toBe(figure.derived ? '推算' : '原文');
      expect(text(`${column('出处原文')}${row}`)).toBe(figure.source.quoteText.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      expect(text(`${column('更正')}${row}`)).toBe('');
      if (figure.normalised) {
        expect(sheet.get(`${column('标准化数值')}${row}`)?.type).toBeNull();
        expect(Number(sheet.get(`${column('标准化数值')}${row}`)?.value)).toBe(figure.normalised.value);
      }
    });
  });

  it('shows each value as the report printed it: its decimals, and a fraction or word number in full', async () => {
    const styles = await part('xl/styles.xml');
    const formats = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]+)"/g)].map((m) => [m[1], m[2]]));
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1]);
    const sheet = await cells(1);
    const formatOf = (figure: StoredFigure): string => {
      const style = sheet.get(`${column('数值')}${figures.indexOf(figure) + 2}`)?.style;
      const id = style === null || style === undefined ? '0' : (xfs[Number(style)] ?? '0');
      // Excel's built-in formats need no <numFmt>: 0 General, 1 "0", 2 "0.00".
      return formats.get(id) ?? ({ '0': 'General', '1': '0', '2': '0.00' } as Record<string, string>)[id] ?? `builtin ${id}`;
    };
    for (const figure of figures) {
      const plain = /^-?\d+(?:\.(\d+))?$/.exec(figure.valueText);
      const expected = plain ? (plain[1] ? `0.${'0'.repeat(plain[1].length)}` : '0') : 'General';
      expect(formatOf(figure), figure.valueText).toBe(expected);
    }
    expect(figures.some((figure) => figure.valueText === '2/3')).toBe(true);
  });

  it('freezes the header, filters every column and sizes the columns for Chinese text', async () => {
    for (const sheet of [1, 2]) {
      const xml = await part(`xl/worksheets/sheet${sheet}.xml`);
      expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(xml).toMatch(/<autoFilter ref="A1:[A-Z]+1"\/>/);
    }
    const data = await part('xl/worksheets/sheet1.xml');
    expect(data).toContain(`<autoFilter ref="A1:${String.fromCharCode(64 + figureColumns.length)}1"/>`);
    // <col min max width>: a run of columns of one width; spread out, one width per column.
    const widths = [...data.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].flatMap((m) =>
      Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, () => Number(m[3])),
    );
    // 指标 holds labels such as 社会消费品零售总额 (9 characters, 18 cells wide): wider than the Latin count.
    expect(widths[figureColumns.findIndex((c) => c.header === '指标')]).toBeGreaterThanOrEqual(20);
  });

  it('lists the briefing’s notes (not the deleted one) with author, time, slide, subject and tags', async () => {
    const sheet = await cells(2);
    const strings = await sharedStrings();
    const row = (n: number): string[] => ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => {
      const cell = sheet.get(`${c}${n}`);
      return cell?.type === 's' ? (strings[Number(cell.value)] ?? '') : (cell?.value ?? '');
    });
    expect(row(1)).toEqual(['作者', '创建时间', '幻灯片', '批注对象', '内容', '标签']);
    const [author, created, slide, subject, body, tags] = row(2);
    expect(author).toBe('王老师');
    expect(created).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(slide).toMatch(/^\d+\. 基本民生保障水平显著提升/);
    expect(subject).toBe('数据：社会消费品零售总额 5615.3亿元');
    expect(body).toBe('核对零售额，含“双十一”');
    expect(tags).toBe('消费、核对');
    expect(sheet.has('A3')).toBe(false);
  });
});
