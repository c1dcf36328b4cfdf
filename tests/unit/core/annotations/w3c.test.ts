import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveAuthorName } from '../../../../main/core/annotations/author';
import { exportAnnotations } from '../../../../main/core/annotations/exchange';
import type { Annotation } from '../../../../main/shared/annotations';
import { importAnnotations } from '../../../../main/core/annotations/w3c-import';
import type { W3CAnnotation, W3CCollection, W3CTombstone } from '../../../../main/core/annotations/w3c';
import { listAnnotations } from '../../../../main/core/store/queries/annotations';
import { call, failure, seededStore } from './helpers';

let store: ReturnType<typeof seededStore>;
beforeEach(() => {
  store = seededStore();
  saveAuthorName(store.db, '张三');
});
afterEach(() => store.close());

async function oneOfEach(): Promise<Annotation[]> {
  const { db, briefingId } = store;
  const figures = await call(db, 'figures:list', { briefingId });
  const figure = figures[1];
  if (!figure) throw new Error('seed report changed');
  const made = [
    await call(db, 'annotations:create', { briefingId, anchor: { kind: 'quote', exact: '民用机场达到46个' }, body: '引文', tags: ['交通', '核实'], colour: '#3366ff' }),
    await call(db, 'annotations:create', { briefingId, anchor: { kind: 'figure', figureKey: figure.key }, body: '数据' }),
    await call(db, 'annotations:create', { briefingId, anchor: { kind: 'slide', slideId: 'section-2-1-p1' }, body: '整页' }),
    await call(db, 'annotations:create', {
      briefingId,
      anchor: { kind: 'ink', slideId: 'part-2', strokes: [{ tool: 'pen', colour: '#cc0000', width: 0.003, points: [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]] }] },
    }),
  ];
  made.push(await call(db, 'annotations:delete', { id: (made[2] as Annotation).id }));
  return made;
}

const collectionOf = (text: string) => JSON.parse(text) as W3CCollection;

describe('W3C JSON-LD export', () => {
  it('writes one AnnotationCollection following the Web Annotation model', async () => {
    await oneOfEach();
    const file = await call(store.db, 'annotations:export', { briefingId: store.briefingId, format: 'jsonld' });
    expect(file).toMatchObject({ mimeType: 'application/ld+json', notes: 2, ink: 1 });
    const collection = collectionOf(file.text);
    const [source] = (await call(store.db, 'briefings:list', {})).map((b) => b.source);
    expect(source).toMatch(/^urn:sha256:[0-9a-f]{64}$/);
    expect(collection).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { briefing: 'urn:briefing:ns#' }],
      type: 'AnnotationCollection',
      total: 4,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    const [quote, figure, slide, ink] = collection.first.items as [W3CAnnotation, W3CAnnotation, W3CTombstone, W3CAnnotation];
    for (const item of [quote, figure, ink]) {
      expect(item).toMatchObject({ type: 'Annotation', creator: { type: 'Person', name: '张三' }, target: { source } });
      expect(item.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(Date.parse(item.modified) >= Date.parse(item.created)).toBe(true);
    }
    expect(quote).toMatchObject({
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: '引文', format: 'text/plain', language: 'zh-CN', purpose: 'commenting' },
        { type: 'TextualBody', value: '交通', purpose: 'tagging' },
        { type: 'TextualBody', value: '核实', purpose: 'tagging' },
      ],
      target: { selector: [{ type: 'TextQuoteSelector', exact: '民用机场达到46个' }, { type: 'TextPositionSelector' }] },
      'briefing:colour': '#3366ff',
    });
    expect(figure?.target.selector).toMatchObject([{ type: 'FragmentSelector', conformsTo: 'urn:briefing:ns#figure' }, { type: 'TextQuoteSelector' }, { type: 'TextPositionSelector' }]);
    // The deleted one is a tombstone: that it was deleted, and when; nothing of what it said, by whom, or where.
    const deleted = await call(store.db, 'annotations:list', { briefingId: store.briefingId, includeDeleted: true });
    const gone = deleted.find((a) => a.deletedAt !== null);
    expect(slide).toEqual({
      id: `urn:uuid:${gone?.id}`,
      type: 'Annotation',
      created: gone?.createdAt,
      modified: gone?.updatedAt,
      target: source,
      'briefing:deleted': gone?.deletedAt,
    });
    expect(file.text).not.toContain('整页');
    expect(file.text).not.toContain('section-2-1-p1');
    expect(ink).toMatchObject({ motivation: 'highlighting', target: { selector: { value: 'part-2', 'briefing:ink': [{ tool: 'pen' }] } } });
    expect(ink).not.toHaveProperty('body');
  });

  it('round-trips every kind of anchor to another machine with the same report', async () => {
    const made = await oneOfEach();
    const text = exportAnnotations(store.db, { briefingId: store.briefingId }, 'jsonld').text;
    const other = seededStore();
    try {
      // The deleted one does not arrive: a tombstone has nothing to add.
      expect(importAnnotations(other.db, text)).toEqual({ added: 3, updated: 0, deleted: 0, unchanged: 0, deletedHere: [], skipped: [] });
      const strip = (a: Annotation) => ({ ...a, briefingId: 0, paragraphId: a.paragraphId === null ? null : 'p' });
      const [quote, figure, , ink] = made as [Annotation, Annotation, Annotation, Annotation];
      const expected = [quote, figure, ink].map(strip);
      expect(listAnnotations(other.db, { briefingId: other.briefingId, includeDeleted: true }).map(strip)).toEqual(expected);
    } finally {
      other.close();
    }
  });

  it('exports a selection by id, and refuses ids it does not have', async () => {
    const [first, second] = await oneOfEach();
    const ids = [first?.id ?? '', second?.id ?? ''];
    const file = await call(store.db, 'annotations:export', { briefingId: store.briefingId, ids, format: 'jsonld' });
    expect(collectionOf(file.text).first.items.map((i) => i.id)).toEqual(ids.map((id) => `urn:uuid:${id}`));
    const missing = await failure(store.db, 'annotations:export', { briefingId: store.briefingId, ids: ['00000000-0000-4000-8000-000000000000'], format: 'jsonld' });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/找不到批注/) });
  });

  it('imports through the channel, with the counts', async () => {
    const made = await oneOfEach();
    const text = exportAnnotations(store.db, { briefingId: store.briefingId }, 'jsonld').text;
    // Three live notes, unchanged; the tombstone of one already deleted here is no news.
    expect(made).toHaveLength(5);
    expect(await call(store.db, 'annotations:import', { text })).toEqual({ added: 0, updated: 0, deleted: 0, unchanged: 3, deletedHere: [], skipped: [] });
    const refused = await failure(store.db, 'annotations:import', { text: '[{"type":"Annotation"}]' });
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('第 1 条批注：id 缺失') });
  });
});
