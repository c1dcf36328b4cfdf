import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importTooLarge } from '../../../main/shared/import-size';
import { importAnnotations } from '../../../main/core/annotations/w3c-import';
import { count, failure, seededStore } from '../core/annotations/helpers';

const { db, briefingId, close } = seededStore();
afterEach(() => db.exec('DELETE FROM annotation_revisions; DELETE FROM annotations;'));
afterAll(close);
const sha = db.prepare('SELECT source_sha256 FROM briefings WHERE id = ?').pluck().get(briefingId) as string;

/** A valid W3C file of `notes` slide notes, each padded to about `bytesEach` bytes. */
function fileOf(notes: number, bytesEach: number, padding = 'x'): string {
  const items = Array.from({ length: notes }, (_, i) => ({
    id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    type: 'Annotation',
    body: `第 ${i + 1} 条`,
    // Terms of other vocabularies are allowed and ignored: the padding is valid JSON-LD.
    'ex:padding': padding.repeat(Math.floor(bytesEach / Buffer.byteLength(padding))),
    target: { source: `urn:sha256:${sha}`, selector: { type: 'FragmentSelector', conformsTo: 'urn:briefing:ns#slide', value: 'cover' } },
  }));
  return JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } });
}

describe('the import size cap (20 MB)', () => {
  it('refuses a 53 MB file of 20,000 notes before reading it, naming its size, and writes nothing', async () => {
    const text = fileOf(20_000, 2650);
    expect(Buffer.byteLength(text) / 2 ** 20).toBeGreaterThan(50);
    expect(() => importAnnotations(db, text)).toThrow(/^批注文件过大（5\d\.\d MB），超过上限 20 MB，未导入任何批注$/);
    // Through the channel (the app and the preview) the contract's schema refuses it with the same words.
    expect(await failure(db, 'annotations:import', { text })).toEqual({
      code: 'INVALID_INPUT',
      message: `输入无效 — text：${importTooLarge(Buffer.byteLength(text))}`,
    });
    expect(count(db, 'annotations')).toBe(0);
  });

  it('counts bytes, not characters: Chinese text over 20 MB is refused even with fewer characters', async () => {
    const text = fileOf(10, 2_200_000, '批'); // about 7.3 million characters, 22 MB of UTF-8
    expect(text.length).toBeLessThan(20 * 2 ** 20);
    expect(await failure(db, 'annotations:import', { text })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^批注文件过大（21\.\d MB）/) });
    expect(count(db, 'annotations')).toBe(0);
  });

  it('still takes a file under the cap', () => {
    expect(importAnnotations(db, fileOf(3, 1000))).toMatchObject({ added: 3, skipped: [] });
  });

  it('rounds the size up, so a file just over the cap does not read as 20.0 MB', () => {
    expect(importTooLarge(20 * 2 ** 20 + 1)).toBe('批注文件过大（20.1 MB），超过上限 20 MB，未导入任何批注');
  });
});
