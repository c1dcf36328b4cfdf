import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ftsString, likePattern, snippetOf } from '../../../../main/core/annotations/search';
import type { SearchResult } from '../../../../main/core/annotations/search';
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

  it('ranks a paragraph that says it more often first when only LIKE can match', async () => {
    const hits = paragraphHits(await search('全国'));
    const occurrences = (id: number) => (paragraphs.find((p) => p.id === id)?.text.split('全国').length ?? 1) - 1;
    const counts = hits.map((h) => occurrences(h.paragraphId));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
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
