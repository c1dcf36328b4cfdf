/** The library's queries on their own: what a deleted briefing is to each reader, counts, names, the purge. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importReport } from '../../../../main/core/briefings/import';
import { closeStore, openStore, type Db } from '../../../../main/core/store/connection';
import { findBriefingsBySource, getBriefingSummary, getSourceText, listBriefings, replaceBriefingSource } from '../../../../main/core/store/queries/briefings';
import {
  findLiveBriefingBySource,
  getLibraryEntry,
  listLibraryEntries,
  markDeleted,
  markOpened,
  purgeDeletedBriefings,
  recordLibraryFacts,
  renameBriefing,
  unmarkDeleted,
} from '../../../../main/core/store/queries/library';
import { inventedReport, toMarkdown } from '../../../support/invented-report';
import { seedText } from '../../../support/temp';

let db: Db;
let seed: number;
let other: number;
beforeEach(() => {
  db = openStore(':memory:').db;
  seed = importReport(db, 'seed.txt', seedText()).id;
  other = importReport(db, '青川答卷.md', toMarkdown(inventedReport)).id;
});
afterEach(() => closeStore(db));

const shaOf = (id: number): string => getLibraryEntry(db, id)?.sourceSha256 ?? '';

describe('library queries', () => {
  it('list each briefing with its counts; a deleted note is not counted', () => {
    const insert = db.prepare(
      `INSERT INTO annotations (id, briefing_id, anchor_kind, anchor_json, body, author, created_at, updated_at, deleted_at)
       VALUES (?, ?, 'slide', '{"kind":"slide","slideId":"cover"}', ?, '王敏', 'd', 'd', ?)`,
    );
    insert.run('00000000-0000-4000-8000-000000000001', other, '留着', null);
    insert.run('00000000-0000-4000-8000-000000000002', other, '删了', 'd');
    recordLibraryFacts(db, other, { format: 'docx', encoding: null, slideCount: 13 });
    markOpened(db, other, '2026-12-02T09:00:00.000Z');
    expect(getLibraryEntry(db, other)).toMatchObject({
      sourceFormat: 'docx',
      sourceEncoding: null,
      slideCount: 13,
      annotationCount: 1,
      openedAt: '2026-12-02T09:00:00.000Z',
      deletedAt: null,
      source: `urn:sha256:${shaOf(other)}`,
    });
    expect(getLibraryEntry(db, other)?.figureCount).toBe(Number(db.prepare('SELECT count(*) FROM figures WHERE briefing_id = ?').pluck().get(other)));
  });

  it('hide a deleted briefing from every reader but the library’s list of deletions, until it is brought back', () => {
    const sha = shaOf(other);
    expect(markDeleted(db, other, '2026-12-02T10:00:00.000Z')).toBe(true);
    expect(markDeleted(db, other, '2026-12-02T10:00:01.000Z')).toBe(false);
    expect(getBriefingSummary(db, other)).toBeNull();
    expect(getSourceText(db, other)).toBeNull();
    expect(listBriefings(db).map((b) => b.id)).toEqual([seed]);
    expect(findBriefingsBySource(db, sha)).toEqual([]);
    expect(findLiveBriefingBySource(db, sha)).toBeNull();
    expect(listLibraryEntries(db, false).map((e) => e.id)).toEqual([seed]);
    expect(listLibraryEntries(db, true).map((e) => [e.id, e.deletedAt])).toEqual([
      [seed, null],
      [other, '2026-12-02T10:00:00.000Z'],
    ]);
    // Renaming or opening a deleted briefing does nothing.
    expect(renameBriefing(db, other, '新名', 'd')).toBe(false);
    markOpened(db, other, 'd');
    expect(getLibraryEntry(db, other)?.openedAt).toBeNull();

    expect(unmarkDeleted(db, other)).toBe(true);
    expect(unmarkDeleted(db, other)).toBe(false);
    expect(findLiveBriefingBySource(db, sha)).toMatchObject({ id: other, title: '青川“十四五”答卷' });
  });

  it('purge only what was deleted, with everything that hangs off it', () => {
    markDeleted(db, other, 'd');
    expect(purgeDeletedBriefings(db)).toBe(1);
    expect(purgeDeletedBriefings(db)).toBe(0);
    expect(listLibraryEntries(db, true).map((e) => e.id)).toEqual([seed]);
    for (const table of ['parts', 'sections', 'paragraphs', 'figures', 'slide_notes']) {
      expect(db.prepare(`SELECT count(*) FROM ${table} WHERE briefing_id = ?`).pluck().get(other), table).toBe(0);
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keep a name someone gave through a new version of the report, and forget what was known of the old file', () => {
    recordLibraryFacts(db, other, { format: 'docx', encoding: null, slideCount: 13 });
    expect(renameBriefing(db, other, '青川汇报（周一例会）', '2026-12-02T10:00:00.000Z')).toBe(true);
    replaceBriefingSource(db, other, { title: '青川“十四五”答卷（修订）', sourceName: '修订.md', sourceText: 'x', sourceSha256: 'h2', importedAt: 'd2' });
    expect(getLibraryEntry(db, other)).toMatchObject({ title: '青川汇报（周一例会）', sourceName: '修订.md', sourceFormat: null, slideCount: null });
    // One never renamed takes the new report's title.
    replaceBriefingSource(db, seed, { title: '新标题', sourceName: 's.md', sourceText: 'x', sourceSha256: 'h3', importedAt: 'd3' });
    expect(getLibraryEntry(db, seed)?.title).toBe('新标题');
  });
});
