import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../main/core/app';
import { analyseDocument } from '../../../../main/core/briefings/import-document';
import { storeAnalysed } from '../../../../main/core/briefings/import';
import { dispatch } from '../../../../main/core/dispatch';
import { figureRows } from '../../../../main/core/export/figure-rows';
import { exportFileHandler } from '../../../../main/core/handlers/exports';
import { getBriefing } from '../../../../main/core/store/queries/briefings';
import { listFiguresOfBriefing } from '../../../../main/core/store/queries/figures';
import { AppError } from '../../../../main/shared/result';
import { decodeWireBody, encodeWireBody } from '../../../../main/shared/wire';
import { decodeCsv, parseCsv } from '../../../support/csv';
import { dataDir } from '../../../support/temp';

let core: AppCore;
/** A briefing whose report states no figure at all. */
let figureless: number;

beforeAll(async () => {
  core = startCore(':memory:', dataDir);
  const text = '# 春季植树\n\n## 一、总体情况\n\n### （一）组织有力\n\n各地认真组织义务植树活动，群众参与热情高涨。\n\n## 结束语\n\n绿色家园。\n';
  figureless = storeAnalysed(core.db, '春季植树.md', await analyseDocument(new TextEncoder().encode(text), '春季植树.md')).id;
});
afterAll(() => core.close());

describe('exports:file', () => {
  it.each([
    ['pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ] as const)('answers the briefing as %s: a name from its title, the type and the bytes of a zip', async (format, mimeType) => {
    const file = await exportFileHandler({ briefingId: 1, format }, core);
    expect(file.fileName).toBe(`“十四五”成就.${format}`);
    expect(file.mimeType).toBe(mimeType);
    expect(file.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(file.bytes)).toBe(false); // a Buffer would travel as JSON numbers, not as bytes
    expect(Object.keys((await JSZip.loadAsync(file.bytes)).files).length).toBeGreaterThan(5);
  });

  it('answers CSV whose rows read back to the stored figures', async () => {
    const file = await exportFileHandler({ briefingId: 1, format: 'csv' }, core);
    expect(file).toMatchObject({ fileName: '“十四五”成就.csv', mimeType: 'text/csv; charset=utf-8' });
    const briefing = getBriefing(core.db, 1);
    if (!briefing) throw new Error('no briefing');
    const rows = figureRows(briefing, listFiguresOfBriefing(core.db, 1));
    const [, ...read] = parseCsv(decodeCsv(file.bytes));
    expect(read).toEqual(rows.map((row) => row.cells.map((cell) => (cell === null ? '' : String(cell)))));
    expect(read.map((cells) => Number(cells[2]))).toEqual(rows.map((row) => row.cells[2]));
  });

  it('sends the bytes through the browser host’s JSON as the same bytes', async () => {
    const result = await dispatch('exports:file', { briefingId: 1, format: 'csv' }, core);
    const back = decodeWireBody(encodeWireBody(result)) as typeof result;
    expect(back).toEqual(result);
  });

  it('refuses an unknown briefing and an unknown format in Chinese', async () => {
    await expect(exportFileHandler({ briefingId: 999, format: 'pptx' }, core)).rejects.toThrow(new AppError('NOT_FOUND', '找不到编号为 999 的简报'));
    const wrong = await dispatch('exports:file', { briefingId: 1, format: 'docx' }, core);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(wrong.ok ? '' : wrong.error.message).toContain('格式应为 pptx、xlsx、csv 之一');
  });

  it('exports a briefing without figures as slides, and refuses an empty figures table', async () => {
    expect(listFiguresOfBriefing(core.db, figureless)).toEqual([]);
    const slides = await exportFileHandler({ briefingId: figureless, format: 'pptx' }, core);
    const zip = await JSZip.loadAsync(slides.bytes);
    expect(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length).toBeGreaterThan(2);
    for (const format of ['xlsx', 'csv'] as const) {
      await expect(exportFileHandler({ briefingId: figureless, format }, core)).rejects.toThrow(/没有提取到任何数据，无法导出数据表/);
    }
  });
});
