import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/core/dispatch';
import { closeStore, type Db } from '../../../../main/core/store/connection';
import type { ReviewedFigure } from '../../../../main/shared/figure-corrections';
import { storeWithSeed } from '../deck/edits/support';

let db: Db;
let briefingId: number;
beforeEach(() => ({ db, briefingId } = storeWithSeed()));
afterEach(() => closeStore(db));

const call = (channel: string, input: unknown) => dispatch(channel, input, { db });
const retail = '社会消费品零售总额|-|亿元';
const stored = (): unknown => db.prepare('SELECT count(*) FROM figure_corrections').pluck().get();

describe('the figure review channels', () => {
  it('correct a figure signed with the settings’ author name, list it corrected, and undo it', async () => {
    expect(await call('settings:set', { authorName: '李编辑' })).toMatchObject({ ok: true });
    const saved = await call('figures:correct', { briefingId, figureKey: retail, label: '全年社会消费品零售总额', period: ' 2024年 ', qualifier: null });
    expect(saved).toMatchObject({
      ok: true,
      value: { key: retail, label: '全年社会消费品零售总额', period: '2024年', qualifier: null, valueText: '5615.3', correction: { author: '李编辑', original: { qualifier: '达到', period: null } } },
    });
    const listed = await call('figures:list', { briefingId });
    const figures = listed.ok ? (listed.value as ReviewedFigure[]) : [];
    expect(figures.filter((f) => f.correction).map((f) => f.key)).toEqual([retail]);
    const check = await call('deck:check', { briefingId });
    expect(check).toMatchObject({ ok: true, value: { findings: [{ kind: 'corrected-figure', figureKey: retail, author: '李编辑' }] } });

    expect(await call('figures:uncorrect', { briefingId, figureKey: retail })).toMatchObject({ ok: true, value: { label: '社会消费品零售总额', qualifier: '达到' } });
    expect(await call('figures:uncorrect', { briefingId, figureKey: retail })).toEqual({ ok: false, error: { code: 'CONFLICT', message: '这项数据没有可撤销的更正' } });
    expect(await call('deck:check', { briefingId })).toEqual({ ok: true, value: { findings: [] } });
  });

  it('refuse bad input in Chinese, naming the problem, and store nothing', async () => {
    const refused = async (input: Record<string, unknown>) => {
      const result = await call('figures:correct', { briefingId, figureKey: retail, ...input });
      return result.ok ? 'accepted' : result.error.message;
    };
    expect(await refused({ label: '  ' })).toContain('指标不能为空');
    expect(await refused({ label: '一'.repeat(81) })).toContain('指标最多 80 字');
    expect(await refused({ unit: '100亿元' })).toContain('单位不能含数字');
    expect(await refused({ qualifier: '大约' })).toContain('限定词应为以下之一');
    expect(await refused({ value: 6000 })).toContain('不能更正的字段：value（可更正指标、时期、单位、限定词，数值以报告原文为准）');
    expect(await refused({ label: '社会消费品零售总额' })).toBe('更正与报告原文相同，未保存（要恢复报告原文，请用“撤销更正”）');
    expect(await refused({ figureKey: 'no|-|个', label: '某' })).toBe('简报中没有这项数据（no|-|个），未更正');
    expect(await call('figures:correct', { briefingId: 42, figureKey: retail, label: '某' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '找不到编号为 42 的简报' } });
    expect(stored()).toBe(0);
  });
});
