/**
 * The library across starts of the app: a deletion can be undone while the app runs and is purged at the
 * next start; the embedded report is imported into a new store only, never into one someone emptied.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../main/core/app';
import { deleteLibraryBriefing, listLibrary, openLibrary } from '../../../../main/core/briefings/library';
import { importReport } from '../../../../main/core/briefings/import';
import { dispatch } from '../../../../main/core/dispatch';
import { closeStore, openStore } from '../../../../main/core/store/connection';
import { migrations } from '../../../../main/core/store/migrations/index';
import { inventedReport, toMarkdown } from '../../../support/invented-report';
import { dataDir, tempDir } from '../../../support/temp';

let dir: ReturnType<typeof tempDir>;
let path: string;
let core: AppCore | null = null;
beforeEach(() => {
  dir = tempDir();
  path = join(dir.path, 'store.db');
});
afterEach(() => {
  core?.close();
  core = null;
  dir.cleanup();
});

const restart = (): AppCore => {
  core?.close();
  core = startCore(path, dataDir);
  return core;
};
const count = (app: AppCore, table: string): number => Number(app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());

describe('the library across starts', () => {
  it('purges at the next start what was deleted, with its figures, notes and annotations', async () => {
    const app = restart();
    const { id } = importReport(app.db, '青川答卷.md', toMarkdown(inventedReport));
    await dispatch('annotations:create', { briefingId: id, anchor: { kind: 'slide', slideId: 'cover' }, body: '封面备注' }, app);
    deleteLibraryBriefing(app.db, id);
    // Until the app ends, everything is still there for the undo.
    expect(app.db.prepare('SELECT count(*) FROM briefings WHERE id = ?').pluck().get(id)).toBe(1);

    const next = restart();
    expect(listLibrary(next.db, true).map((entry) => entry.id)).toEqual([1]);
    for (const table of ['figures', 'slide_notes', 'annotations', 'parts', 'paragraphs']) {
      expect(next.db.prepare(`SELECT count(*) FROM ${table} WHERE briefing_id = ?`).pluck().get(id), table).toBe(0);
    }
    expect(count(next, 'annotations')).toBe(0);
    expect(next.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('imports the embedded report into a new store, once: an emptied library stays empty', () => {
    let app = restart();
    expect(listLibrary(app.db).map((entry) => entry.title)).toEqual(['“十四五”成就']);
    deleteLibraryBriefing(app.db, 1);
    app = restart();
    expect(listLibrary(app.db)).toEqual([]);
    app = restart();
    expect(listLibrary(app.db)).toEqual([]);
  });

  it('does not give the embedded report back to a store from before the library that someone emptied', () => {
    // A store written by an older version, holding one briefing of the user's own.
    const old = openStore(path, { migrations: migrations.filter((step) => step.version <= 70) }).db;
    old
      .prepare(`INSERT INTO briefings (uid, title, source_name, source_text, source_sha256, imported_at) VALUES ('u', '自己的', '自己的.md', 'x', 'h', 'd')`)
      .run();
    closeStore(old);
    const app = restart();
    expect(listLibrary(app.db).map((entry) => [entry.sourceName, entry.sourceFormat])).toEqual([['自己的.md', 'markdown']]);
    deleteLibraryBriefing(app.db, 1);
    expect(listLibrary(restart().db)).toEqual([]);
  });

  it('lists a briefing stored without its slide count with the deck’s real length', () => {
    const app = restart();
    app.db.prepare('UPDATE briefings SET slide_count = NULL').run();
    const deck = app.db.prepare('SELECT slide_count FROM briefings').pluck().get();
    expect(deck).toBeNull();
    const [entry] = listLibrary(app.db);
    expect(entry?.slideCount).toBe(20);
  });

  it('purges and imports in one transaction: when the embedded report cannot be imported, nothing is purged', () => {
    const app = restart();
    const { id } = importReport(app.db, '青川答卷.md', toMarkdown(inventedReport));
    deleteLibraryBriefing(app.db, id);
    deleteLibraryBriefing(app.db, 1);
    app.db.prepare('DELETE FROM settings').run(); // as if the embedded report had never been imported
    expect(() => openLibrary(app.db, { name: '坏的.txt', text: '' })).toThrow(/空/);
    expect(listLibrary(app.db, true).map((entry) => entry.id)).toEqual([1, id]);
  });
});
