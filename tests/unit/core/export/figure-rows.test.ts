import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctFigure } from '../../../../main/core/deck/corrections';
import { exportBriefing } from '../../../../main/core/export/index';
import { figureColumns } from '../../../../main/core/export/figure-rows';
import { closeStore, type Db } from '../../../../main/core/store/connection';
import { decodeCsv, parseCsv } from '../../../support/csv';
import { storeWithSeed } from '../deck/edits/support';

let db: Db;
let briefingId: number;
beforeEach(() => ({ db, briefingId } = storeWithSeed()));
afterEach(() => closeStore(db));

const column = (header: string): number => figureColumns.findIndex((c) => c.header === header);
const csvRows = async (): Promise<string[][]> => parseCsv(decodeCsv((await exportBriefing(db, briefingId, 'csv')).bytes).replace(/^\uFEFF/, '')).slice(1);

describe('the figures table with corrections', () => {
  it('has an empty 更正 column for the report as generated', async () => {
    const rows = await csvRows();
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.every((row) => row[column('更正')] === '')).toBe(true);
  });

  it('shows a corrected figure with its corrected fields, and says what was corrected, by whom and when; an excluded one stays listed', async () => {
    correctFigure(db, briefingId, { figureKey: '社会消费品零售总额|-|亿元', label: '全年社会消费品零售总额', unit: '亿' }, '李编辑', new Date('2026-12-02T09:00:00Z'));
    correctFigure(db, briefingId, { figureKey: '城镇新增就业（累计）|“十四五”以来|万人', excluded: true }, '王审核', new Date('2026-12-02T09:05:00Z'));
    const rows = await csvRows();
    const retail = rows.find((row) => row[column('数值')] === '5615.3');
    expect(retail?.[column('指标')]).toBe('全年社会消费品零售总额');
    expect(retail?.[column('单位')]).toBe('亿');
    expect(retail?.[column('更正')]).toBe('指标“社会消费品零售总额”→“全年社会消费品零售总额”；单位“亿元”→“亿”（李编辑，2026-12-02）');
    const jobs = rows.find((row) => row[column('数值')] === '103.8');
    expect(jobs?.[column('更正')]).toBe('不在幻灯片中显示（王审核，2026-12-02）');
    expect(rows.filter((row) => row[column('更正')] !== '')).toHaveLength(2);
  });
});
