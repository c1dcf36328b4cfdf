import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localTime } from '../../../../main/core/annotations/markdown';
import { saveAuthorName } from '../../../../main/core/annotations/author';
import type { Db } from '../../../../main/core/store/connection';
import { call, seededStore } from './helpers';

let db: Db;
let briefingId: number;
let close: () => void;
beforeEach(() => {
  ({ db, briefingId, close } = seededStore());
  saveAuthorName(db, '张三');
});
afterEach(() => close());

const markdown = async () => (await call(db, 'annotations:export', { briefingId, format: 'markdown' })).text;

describe('Markdown summary', () => {
  it('groups annotations by slide in deck order, with author, date, quote, note and tags', async () => {
    const figures = await call(db, 'figures:list', { briefingId });
    const airports = figures.find((f) => f.valueText === '46');
    if (!airports) throw new Error('seed report changed');
    const late = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'quote', exact: '民用机场达到46个' }, body: '机场数量\n第二行', tags: ['交通'] });
    const early = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'slide', slideId: 'section-1-1-p1' }, body: '开场先讲这一页' });
    await call(db, 'annotations:create', { briefingId, anchor: { kind: 'figure', figureKey: airports.key }, body: '核对机场数' });
    await call(db, 'annotations:create', { briefingId, anchor: { kind: 'quote', exact: 'PM2.5平均浓度' }, body: '空气' });
    const gone = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'slide', slideId: 'cover' }, body: '删掉的批注' });
    await call(db, 'annotations:delete', { id: gone.id });

    const text = await markdown();
    expect(text).toMatch(/^# 批注摘要：“十四五”成就\n\n导出时间：.*共 4 条批注/);
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## 脱贫攻坚成果与乡村振兴衔接效能显著提升', '## 基础设施通达程度显著提升', '## 生态环境综合治理水平持续向好']);
    expect(text).toContain(`- **张三** · ${localTime(late.createdAt)}\n  > “民用机场达到46个”\n\n  机场数量\n  第二行\n  标签：#交通\n`);
    expect(text).toContain(`- **张三** · ${localTime(early.createdAt)}\n  开场先讲这一页\n`);
    expect(text).toContain('  > 数据 民用机场数量：46个\n');
    expect(text).toContain('  > “PM2.5平均浓度”'); // markup of the source dropped for reading
    expect(text).not.toContain('删掉的批注');
  });

  it('lists orphans last under their own heading, and says when there is nothing', async () => {
    expect(await markdown()).toContain('（没有批注）');
    const note = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'slide', slideId: 'section-1-4-p1' }, body: '孤立的批注' });
    db.prepare('UPDATE annotations SET orphan = 1, slide_id = NULL WHERE id = ?').run(note.id);
    const text = await markdown();
    expect(text).toContain('## 未能定位的批注');
    expect(text.indexOf('孤立的批注')).toBeGreaterThan(text.indexOf('## 未能定位的批注'));
  });

  it('names the file after the briefing and the day', async () => {
    const file = await call(db, 'annotations:export', { briefingId, format: 'markdown' });
    expect(file).toMatchObject({ mimeType: 'text/markdown; charset=utf-8', count: 0 });
    expect(file.fileName).toMatch(/^批注_“十四五”成就_\d{8}\.md$/);
  });
});
