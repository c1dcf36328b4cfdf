import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localTime } from '../../../../main/core/annotations/markdown';
import { saveAuthorName } from '../../../../main/core/annotations/author';
import { importAnnotations } from '../../../../main/core/annotations/w3c-import';
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
    const late = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'quote', exact: '民用机场达到46个' }, body: '机场数量\n第二行' });
    const early = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'slide', slideId: 'section-1-1-p1' }, body: '开场先讲这一页' });
    await call(db, 'annotations:create', { briefingId, anchor: { kind: 'figure', figureKey: airports.key }, body: '核对机场数' });
    await call(db, 'annotations:create', { briefingId, anchor: { kind: 'quote', exact: 'PM2.5平均浓度' }, body: '空气' });
    const gone = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'slide', slideId: 'cover' }, body: '删掉的批注' });
    await call(db, 'annotations:delete', { id: gone.id });
    // Deleted and brought back: not edited. Its tags changed: edited.
    await call(db, 'annotations:delete', { id: early.id });
    await call(db, 'annotations:restore', { id: early.id });
    const retagged = await call(db, 'annotations:update', { id: late.id, tags: ['交通'] });

    const text = await markdown();
    expect(text).toMatch(/^# 批注摘要：“十四五”成就\n\n导出时间：.*共 4 条批注/);
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## 脱贫攻坚成果与乡村振兴衔接效能显著提升', '## 基础设施通达程度显著提升', '## 生态环境综合治理水平持续向好']);
    expect(text).toContain(`- **张三** · ${localTime(late.createdAt)}（修改于 ${localTime(retagged.updatedAt)}）\n  > “民用机场达到46个”\n\n  机场数量\n  第二行\n  标签：#交通\n`);
    expect(text).toContain(`- **张三** · ${localTime(early.createdAt)}\n  开场先讲这一页\n`);
    expect(text).toContain('  > 数据 民用机场数量：46个\n');
    expect(text).toContain('  > “PM2.5平均浓度”'); // markup of the source dropped for reading
    expect(text).not.toContain('删掉的批注');
  });

  it('names a figure a staff member corrected as the slides do, marked 已更正', async () => {
    const figures = await call(db, 'figures:list', { briefingId });
    const airports = figures.find((f) => f.valueText === '46');
    if (!airports) throw new Error('seed report changed');
    await call(db, 'annotations:create', { briefingId, anchor: { kind: 'figure', figureKey: airports.key }, body: '核对机场数' });
    expect(await markdown()).toContain('  > 数据 民用机场数量：46个\n');
    await call(db, 'figures:correct', { briefingId, figureKey: airports.key, label: '运输机场数量' });
    const text = await markdown();
    expect(text).toContain('  > 数据 运输机场数量：46个（已更正）\n');
    expect(text).not.toContain('民用机场数量：46个');
  });

  it('lists orphans last under their own heading, and says when there is nothing', async () => {
    expect(await markdown()).toContain('（没有批注）');
    const note = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'slide', slideId: 'section-1-4-p1' }, body: '孤立的批注' });
    db.prepare('UPDATE annotations SET orphan = 1, slide_id = NULL WHERE id = ?').run(note.id);
    const text = await markdown();
    expect(text).toContain('## 未能定位的批注');
    expect(text.indexOf('孤立的批注')).toBeGreaterThan(text.indexOf('## 未能定位的批注'));
  });

  it('writes what imported notes say as inert text: no HTML, no link, no markup of theirs', async () => {
    const sha = db.prepare('SELECT source_sha256 FROM briefings WHERE id = ?').pluck().get(briefingId) as string;
    const author = '<img src=x onerror=alert(1)>';
    const lines = [
      '<script>alert(document.cookie)</script>',
      '[点这里](javascript:alert(1)) ![图](javascript:alert(2)) <javascript:alert(3)>',
      '# 不是标题',
      '- 不是列表',
      '1. 也不是',
      '> 不是引用',
      '**不加粗** _不斜体_ `不是代码` ~~不删除~~ a | b',
      '&lt;b&gt; 原样',
      '[ref]: javascript:alert(4)',
    ];
    const tags = ['<b onmouseover=alert(5)>标签</b>', '[x](javascript:alert(6))'];
    const note = {
      id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa',
      type: 'Annotation',
      creator: { type: 'Person', name: author },
      body: [{ type: 'TextualBody', value: lines.join('\n') }, ...tags.map((value) => ({ type: 'TextualBody', value, purpose: 'tagging' }))],
      target: { source: `urn:sha256:${sha}`, selector: { type: 'FragmentSelector', conformsTo: 'urn:briefing:ns#slide', value: 'cover' } },
    };
    expect(importAnnotations(db, JSON.stringify(note))).toMatchObject({ added: 1 });

    const text = await markdown();
    const tree = unified().use(remarkParse).parse(text);
    const nodes: (Root | RootContent)[] = [];
    const visit = (node: Root | RootContent): void => {
      nodes.push(node);
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
    const types = new Set(nodes.map((node) => node.type));
    for (const active of ['html', 'link', 'image', 'linkReference', 'imageReference', 'definition', 'emphasis', 'inlineCode', 'code', 'delete', 'blockquote']) {
      expect(types).not.toContain(active);
    }
    // Only the summary's own structure: its title, the cover's heading, one list item, the author in bold.
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'heading', 'list']);
    expect(nodes.filter((node) => node.type === 'listItem')).toHaveLength(1);
    expect(nodes.filter((node) => node.type === 'strong').map(textOf)).toEqual([author]);
    // Read as text, every line is exactly what was written.
    const shown = textOf(tree);
    for (const line of [author, ...lines, ...tags]) expect(shown).toContain(line);
  });

  it('names the file after the briefing and the day', async () => {
    const file = await call(db, 'annotations:export', { briefingId, format: 'markdown' });
    expect(file).toMatchObject({ mimeType: 'text/markdown; charset=utf-8', notes: 0, ink: 0 });
    expect(file.fileName).toMatch(/^批注_“十四五”成就_\d{8}\.md$/);
  });
});

/** What a reader sees: the text of every node, entities decoded and escapes gone, as a renderer shows it. */
function textOf(node: Root | RootContent): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(textOf).join(node.type === 'paragraph' || node.type === 'listItem' ? '' : '\n') : '';
}
