import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ftsString, likePattern, snippetOf } from '../../../../main/core/annotations/search';
import type { SearchResult } from '../../../../main/shared/annotations';
import type { Db } from '../../../../main/core/store/connection';
import { call, failure, seededStore } from './helpers';

let db: Db;
let briefingId: number;
let close: () => void;
let paragraphs: { id: number; text: string }[];
beforeAll(async () => {
  ({ db, briefingId, close } = seededStore());
  const briefing = await call(db, 'briefings:get', { id: briefingId });
  paragraphs = briefing.parts.flatMap((p) => [...(p.lead ? [p.lead] : []), ...p.sections.flatMap((s) => s.paragraphs)]);
  if (briefing.closing) paragraphs.push(briefing.closing);
});
afterAll(() => close());

const search = (query: string, limit = 200) => call(db, 'search:query', { briefingId, query, limit });
const paragraphHits = (results: SearchResult[]) =>
  results.flatMap((r) => (r.kind === 'paragraph' ? [r] : []));
const containing = (...terms: string[]) =>
  paragraphs.filter((p) => terms.every((t) => p.text.toLowerCase().includes(t.toLowerCase()))).map((p) => p.id).sort((a, b) => a - b);

describe('search', () => {
  it.each([
    ['新增就业'], // trigram, Chinese
    ['显著提升'],
    ['就业'], // two characters: LIKE fallback
    ['煤'], // one character
    ['%'], // a LIKE wildcard, taken literally
    ['95%'],
    ['pm2'], // ASCII, any case
    ['pm'],
    ['就业 全国'], // every term must match
    ['高铁 开通运行'], // a short and a long term together
  ])('finds exactly the paragraphs that contain %s', async (query) => {
    const hits = paragraphHits(await search(query));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.paragraphId).sort((a, b) => a - b)).toEqual(containing(...query.split(' ')));
  });

  it('says where to jump: paragraph, offset of the match, slide', async () => {
    const [hit] = paragraphHits(await search('城镇新增就业'));
    const paragraph = paragraphs.find((p) => p.id === hit?.paragraphId);
    expect(hit).toMatchObject({ kind: 'paragraph', slideId: 'section-1-2-p1', slideTitle: expect.stringContaining('基本民生保障水平显著提升') });
    expect(paragraph?.text.slice(hit?.offset, (hit?.offset ?? 0) + (hit?.length ?? 0))).toBe('城镇新增就业');
    const snippet = hit?.snippet;
    expect(snippet?.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(['城镇新增就业']);
  });

  it.each([['全国'], ['就业'], ['内蒙古'], ['自治区'], ['内蒙古 全国']])('lists the passages that contain %s in the order of the report', async (query) => {
    const order = new Map(paragraphs.map((p, i) => [p.id, i]));
    const hits = paragraphHits(await search(query)).map((h) => order.get(h.paragraphId) ?? -1);
    expect(hits.length).toBeGreaterThan(1);
    expect(hits).toEqual([...hits].sort((a, b) => a - b));
    // With a limit, the first passages of the report.
    const first = paragraphHits(await search(query, 2)).map((h) => order.get(h.paragraphId));
    expect(first).toEqual(hits.slice(0, first.length));
  });

  it('finds notes by their tags and their author, lists them before the passages, and never ink', async () => {
    await call(db, 'settings:set', { authorName: '办公室 王敏' });
    const tagged = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'slide', slideId: 'section-1-2-p1' }, body: '托位数', tags: ['核对'] });
    await call(db, 'settings:set', { authorName: '统计处 李强' });
    const other = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'slide', slideId: 'cover' }, body: '封面核对过了', tags: ['已完成'] });
    const ink = await call(db, 'annotations:create', {
      briefingId,
      anchor: { kind: 'ink', slideId: 'cover', strokes: [{ tool: 'pen', colour: '#cc0000', width: 0.003, points: [[0.1, 0.2, 0.5]] }] },
    });
    try {
      const notes = async (query: string) => (await search(query)).flatMap((r) => (r.kind === 'annotation' ? [r.annotationId] : []));
      expect(await notes('核对')).toEqual(expect.arrayContaining([tagged.id, other.id])); // a tag, and a body
      expect(await notes('王敏')).toEqual([tagged.id]); // two characters: LIKE
      expect(await notes('办公室')).toEqual([tagged.id]); // three: the index
      expect(await notes('李强')).toEqual([other.id]); // the ink stroke is his too, but has nothing to read
      expect(await notes('王敏 托位')).toEqual([tagged.id]); // author and text, one term each
      expect(await notes('已完成 封面核对')).toEqual([other.id]);
      expect(await notes('王敏 已完成')).toEqual([]); // every term must match the same note
      const [hit] = (await search('核对')).filter((r) => r.kind === 'annotation' && r.annotationId === tagged.id);
      expect(hit).toMatchObject({ author: '办公室 王敏', tags: ['核对'] });
      const kinds = (await search('托位数')).map((r) => r.kind);
      expect(kinds.indexOf('paragraph')).toBeGreaterThan(kinds.lastIndexOf('annotation'));

      await call(db, 'annotations:update', { id: tagged.id, tags: ['已核实'] });
      expect(await notes('核对')).toEqual([other.id]);
      await call(db, 'annotations:delete', { id: other.id });
      expect(await notes('李强')).toEqual([]);
    } finally {
      db.exec('DELETE FROM annotation_revisions; DELETE FROM annotations;');
      expect(ink.anchor.kind).toBe('ink');
    }
  });

  it('searches annotation bodies too, follows edits, and forgets deleted ones', async () => {
    const note = await call(db, 'annotations:create', { briefingId, anchor: { kind: 'slide', slideId: 'section-2-1-p1' }, body: '请补充黄河流域生态保护的数字' });
    const found = (await search('黄河流域生态')).filter((r) => r.kind === 'annotation');
    expect(found).toEqual([expect.objectContaining({ kind: 'annotation', annotationId: note.id, slideId: 'section-2-1-p1' })]);
    expect((await search('黄河')).some((r) => r.kind === 'annotation' && r.annotationId === note.id)).toBe(true);

    await call(db, 'annotations:update', { id: note.id, body: '改成森林覆盖率' });
    expect((await search('黄河流域生态')).filter((r) => r.kind === 'annotation')).toEqual([]);
    expect((await search('森林覆盖率')).filter((r) => r.kind === 'annotation')).toHaveLength(1);

    await call(db, 'annotations:delete', { id: note.id });
    expect((await search('森林覆盖率')).filter((r) => r.kind === 'annotation')).toEqual([]);
    expect((await search('森')).filter((r) => r.kind === 'annotation')).toEqual([]);
  });

  it.each(['"', '""', 'AND', 'NEAR(就业', '*', "'; DROP TABLE annotations; --", '\\', '_', 'a"b"c', '{col}:x', '^就业'])(
    'treats %s as text, not query syntax',
    async (query) => {
      const hits = paragraphHits(await search(query));
      expect(hits.map((h) => h.paragraphId).sort((a, b) => a - b)).toEqual(containing(...query.split(' ')));
    },
  );

  it('honours the limit, and refuses an empty query or an unknown briefing', async () => {
    expect(await search('的', 3)).toHaveLength(3);
    expect((await failure(db, 'search:query', { briefingId, query: '   ' })).message).toMatch(/请输入要搜索的内容/);
    expect((await failure(db, 'search:query', { briefingId: 4242, query: '就业' })).code).toBe('NOT_FOUND');
  });
});

describe('search helpers', () => {
  it('quotes FTS strings and escapes LIKE patterns', () => {
    expect(ftsString('a"b')).toBe('"a""b"');
    expect(likePattern('5%_\\')).toBe('%5\\%\\_\\\\%');
  });

  it('cuts a snippet around the first match and marks every match in it', () => {
    const text = `${'前'.repeat(100)}就业${'中'.repeat(10)}就业${'后'.repeat(100)}`;
    const snippet = snippetOf(text, ['就业']);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(['就业', '就业']);
  });
});
