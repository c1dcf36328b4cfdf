import { describe, expect, it } from 'vitest';
import { slideIdsOf } from '../../../../main/core/deck/build';
import { defaultNotes } from '../../../../main/core/deck/notes';
import { seedLike, seedLikeSpec } from '../../../fixtures/deck/seed-like';

describe('default notes', () => {
  const { briefing, figures } = seedLike();
  const notes = defaultNotes(briefing, slideIdsOf(briefing, figures));
  const part = (n: number) => seedLikeSpec.parts[n - 1];

  it('covers every slide of the deck', () => {
    expect([...notes.keys()]).toEqual(slideIdsOf(briefing, figures));
  });

  it('cover: the page title and the part headlines', () => {
    expect(notes.get('cover')).toEqual(['“十四五”成就', ...seedLikeSpec.parts.map((p) => p.headline)]);
  });

  it('divider: the part’s lead paragraph (本报讯…)', () => {
    expect(notes.get('part-2')).toEqual([part(2)?.lead]);
    expect(notes.get('part-2')?.[0]).toMatch(/^本报讯/);
  });

  it('content: all paragraphs of the section, on every page of it', () => {
    const paragraphs = part(1)?.sections[1]?.paragraphs;
    expect(notes.get('section-1-2-p1')).toEqual(paragraphs);
    expect(notes.get('section-1-2-p2')).toEqual(paragraphs);
    expect(notes.get('section-3-3-p1')).toEqual(part(3)?.sections[2]?.paragraphs);
  });

  it('closing: the closing line', () => {
    expect(notes.get('closing')).toEqual(['内蒙古答卷']);
  });

  it('gives empty notes for ids that point at nothing, and skips ids it does not know', () => {
    const odd = defaultNotes(briefing, ['part-9', 'section-1-9-p1', 'mystery']);
    expect(odd).toEqual(new Map([['part-9', []], ['section-1-9-p1', []]]));
  });
});
