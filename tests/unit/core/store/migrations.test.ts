import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../../../../main/core/store/connection';
import { initial } from '../../../../main/core/store/migrations/0010-initial';
import { figures } from '../../../../main/core/store/migrations/0020-figures';
import { deckNotes } from '../../../../main/core/store/migrations/0030-deck-notes';
import { annotations } from '../../../../main/core/store/migrations/0040-annotations';
import { editedAt } from '../../../../main/core/store/migrations/0050-edited-at';
import { annotationSearch } from '../../../../main/core/store/migrations/0060-annotation-search';
import { slimFigures, unreadFigureColumns } from '../../../../main/core/store/migrations/0070-slim-figures';
import { defaultReportImportedKey, library, storedFormats } from '../../../../main/core/store/migrations/0080-library';
import { deckEdits } from '../../../../main/core/store/migrations/0090-deck-edits';
import { figureCorrections } from '../../../../main/core/store/migrations/0100-figure-corrections';
import { paragraphIndexPerImport } from '../../../../main/core/store/migrations/0110-paragraph-index-per-import';
import { documentExtensions } from '../../../../main/shared/documents';
import { latestVersion, migrations } from '../../../../main/core/store/migrations/index';
import { insertBriefing } from '../../../../main/core/store/queries/briefings';
import { parseReport } from '../../../../main/core/report/parse/index';
import { projectRoot, tempDir } from '../../../support/temp';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

const columns = (db: ReturnType<typeof openStore>['db'], table: string): string[] =>
  (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);

describe('migrations', () => {
  it('are numbered in tens, strictly increasing', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of versions) expect(v % 10).toBe(0);
  });

  it('0010 creates briefings, parts, sections, paragraphs and joins', () => {
    const { db } = openStore(join(dir.path, 'a.db'), { migrations: [initial] });
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(columns(db, 'briefings')).toEqual(expect.arrayContaining(['uid', 'title', 'source_text', 'source_sha256']));
    expect(columns(db, 'paragraphs')).toEqual(expect.arrayContaining(['text', 'marks_json', 'source_start', 'source_end']));
    expect(columns(db, 'paragraph_joins')).toEqual(expect.arrayContaining(['break_start', 'before_text', 'after_text']));
    expect(columns(db, 'figures')).toEqual([]);
    closeStore(db);
  });

  it('0020 adds figures on top of a 0010 database', () => {
    const path = join(dir.path, 'b.db');
    closeStore(openStore(path, { migrations: [initial] }).db);
    const { db, fromVersion } = openStore(path, { migrations: [initial, figures] });
    expect(fromVersion).toBe(10);
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(columns(db, 'figures')).toEqual(
      expect.arrayContaining(['figure_key', 'value', 'value_text', 'unit', 'label', 'period', 'qualifier', 'quote', 'detail_json']),
    );
    closeStore(db);
  });

  it('0030 adds slide notes and the last position on top of a 0020 database', () => {
    const path = join(dir.path, 'd.db');
    closeStore(openStore(path, { migrations: [initial, figures] }).db);
    const { db, fromVersion } = openStore(path, { migrations: [initial, figures, deckNotes] });
    expect(fromVersion).toBe(20);
    expect(db.pragma('user_version', { simple: true })).toBe(30);
    expect(columns(db, 'slide_notes')).toEqual(['briefing_id', 'slide_id', 'body_json', 'origin', 'updated_at']);
    expect(columns(db, 'briefing_state')).toEqual(['briefing_id', 'last_slide', 'updated_at']);

    const briefing = db
      .prepare(`INSERT INTO briefings (uid, title, source_name, source_text, source_sha256, imported_at) VALUES ('u', 't', 's', 'x', 'h', 'd')`)
      .run().lastInsertRowid;
    const note = db.prepare('INSERT INTO slide_notes (briefing_id, slide_id, body_json, origin, updated_at) VALUES (?, ?, ?, ?, ?)');
    note.run(briefing, 'cover', '[]', 'report', 'd');
    expect(() => note.run(briefing, 'cover', '[]', 'user', 'd')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => note.run(briefing, 'agenda', '[]', 'someone', 'd')).toThrow(/CHECK/);
    expect(() => note.run(999, 'agenda', '[]', 'user', 'd')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`INSERT INTO briefing_state VALUES (?, 'first', 'd')`).run(briefing)).toThrow(/cannot store TEXT/);
    db.prepare(`INSERT INTO briefing_state VALUES (?, 3, 'd')`).run(briefing);
    db.prepare('DELETE FROM briefings WHERE id = ?').run(briefing);
    expect(db.prepare('SELECT count(*) FROM slide_notes').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM briefing_state').pluck().get()).toBe(0);
    closeStore(db);
  });

  it('0040 adds annotations, their history, search indexes and settings on top of a 0030 database', () => {
    const path = join(dir.path, 'e.db');
    const old = openStore(path, { migrations: [initial, figures, deckNotes] }).db;
    const briefing = old
      .prepare(`INSERT INTO briefings (uid, title, source_name, source_text, source_sha256, imported_at) VALUES ('u', 't', 's', 'x', 'h', 'd')`)
      .run().lastInsertRowid;
    old.prepare(`INSERT INTO paragraphs (briefing_id, position, role, text, source_start, source_end) VALUES (?, 0, 'body', ?, 0, 1)`)
      .run(briefing, '城镇新增就业累计103.8万人');
    closeStore(old);

    const { db, fromVersion } = openStore(path, { migrations: [initial, figures, deckNotes, annotations] });
    expect(fromVersion).toBe(30);
    expect(db.pragma('user_version', { simple: true })).toBe(40);
    expect(columns(db, 'annotations')).toEqual(
      expect.arrayContaining(['id', 'briefing_id', 'anchor_kind', 'anchor_json', 'body', 'author', 'tags_json', 'deleted_at', 'orphan']),
    );
    expect(columns(db, 'annotation_revisions')).toEqual(expect.arrayContaining(['annotation_id', 'body', 'updated_at', 'reason']));
    expect(columns(db, 'settings')).toEqual(['key', 'value', 'updated_at']);
    expect(columns(db, 'briefing_sources')).toEqual(['briefing_id', 'source_sha256', 'replaced_at']);
    // Paragraphs stored before 0040 are searchable at once.
    expect(db.prepare(`SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH '"新增就业"'`).pluck().all()).toHaveLength(1);

    const insert = db.prepare(
      `INSERT INTO annotations (id, briefing_id, anchor_kind, anchor_json, body, author, created_at, updated_at)
       VALUES (?, ?, ?, '{}', ?, 'a', 'd', 'd')`,
    );
    insert.run('id-1', briefing, 'slide', '黄河流域生态保护');
    expect(() => insert.run('id-1', briefing, 'slide', 'x')).toThrow(/UNIQUE/);
    expect(() => insert.run('id-2', briefing, 'sticker', 'x')).toThrow(/CHECK/);
    expect(() => insert.run('id-3', 999, 'slide', 'x')).toThrow(/FOREIGN KEY/);
    const found = (query: string) => db.prepare('SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?').pluck().all(query);
    expect(found('"流域生态"')).toHaveLength(1);
    db.prepare(`UPDATE annotations SET body = '森林覆盖率' WHERE id = 'id-1'`).run();
    expect(found('"流域生态"')).toHaveLength(0);
    expect(found('"森林覆"')).toHaveLength(1);
    db.prepare('DELETE FROM briefings WHERE id = ?').run(briefing);
    expect(db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
    expect(found('"森林覆"')).toHaveLength(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    closeStore(db);
  });

  it('0050 tells when a note was edited from its history: deleting and restoring are not edits', () => {
    const path = join(dir.path, 'f.db');
    const old = openStore(path, { migrations: [initial, figures, deckNotes, annotations] }).db;
    const briefing = old
      .prepare(`INSERT INTO briefings (uid, title, source_name, source_text, source_sha256, imported_at) VALUES ('u', 't', 's', 'x', 'h', 'd')`)
      .run().lastInsertRowid;
    const note = old.prepare(
      `INSERT INTO annotations (id, briefing_id, anchor_kind, anchor_json, body, author, created_at, updated_at, deleted_at)
       VALUES (?, ?, 'slide', '{}', ?, 'a', 't0', ?, ?)`,
    );
    const revision = old.prepare(
      `INSERT INTO annotation_revisions (annotation_id, anchor_json, body, author, tags_json, updated_at, superseded_at, reason)
       VALUES (?, '{}', ?, 'a', '[]', ?, ?, ?)`,
    );
    note.run('edited', briefing, '二稿', 't3', null); // written t0, edited t1, deleted t2, restored t3
    revision.run('edited', '初稿', 't0', 't1', 'update');
    revision.run('edited', '二稿', 't1', 't2', 'delete');
    revision.run('edited', '二稿', 't2', 't3', 'restore');
    note.run('restored', briefing, '原样', 't2', null); // deleted t1 and restored t2, never edited
    revision.run('restored', '原样', 't0', 't1', 'delete');
    revision.run('restored', '原样', 't1', 't2', 'restore');
    note.run('arrived-edited', briefing, '同事改过', 't5', null); // imported, no history here
    note.run('arrived-deleted', briefing, '同事删了', 't5', 't5');
    note.run('untouched', briefing, '未动', 't0', null);
    closeStore(old);

    const { db, fromVersion } = openStore(path, { migrations: [initial, figures, deckNotes, annotations, editedAt] });
    expect(fromVersion).toBe(40);
    expect(db.pragma('user_version', { simple: true })).toBe(50);
    const edited = Object.fromEntries(db.prepare('SELECT id, edited_at FROM annotations').raw().all() as [string, string | null][]);
    expect(edited).toEqual({ edited: 't1', restored: null, 'arrived-edited': 't5', 'arrived-deleted': null, untouched: null });
    const versions = db.prepare(`SELECT reason, edited_at FROM annotation_revisions WHERE annotation_id = 'edited' ORDER BY seq`).raw().all();
    expect(versions).toEqual([['update', null], ['delete', 't1'], ['restore', 't1']]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    closeStore(db);
  });

  it('0060 indexes the author and tags of notes, those already there included, and keeps the index in step', () => {
    const path = join(dir.path, 'g.db');
    const old = openStore(path, { migrations: [initial, figures, deckNotes, annotations, editedAt] }).db;
    const briefing = old
      .prepare(`INSERT INTO briefings (uid, title, source_name, source_text, source_sha256, imported_at) VALUES ('u', 't', 's', 'x', 'h', 'd')`)
      .run().lastInsertRowid;
    const insertInto = (into: typeof old) =>
      into.prepare(
        `INSERT INTO annotations (id, briefing_id, anchor_kind, anchor_json, body, author, tags_json, created_at, updated_at)
         VALUES (?, ?, 'slide', '{}', ?, ?, ?, 'd', 'd')`,
      );
    insertInto(old).run('before', briefing, '托位数增长很快', '办公室王小敏', JSON.stringify(['数据核对', '民生']));
    closeStore(old);

    const { db, fromVersion } = openStore(path, { migrations: [initial, figures, deckNotes, annotations, editedAt, annotationSearch] });
    expect(fromVersion).toBe(50);
    expect(db.pragma('user_version', { simple: true })).toBe(60);
    const found = (query: string) =>
      db.prepare('SELECT a.id FROM annotations_fts JOIN annotations a ON a.seq = annotations_fts.rowid WHERE annotations_fts MATCH ?').pluck().all(query);
    expect(found('"王小敏"')).toEqual(['before']);
    expect(found('"据核对"')).toEqual(['before']);
    expect(found('"托位数"')).toEqual(['before']);
    expect(found('"核对民"')).toEqual([]); // two tags are two texts

    insertInto(db).run('after', briefing, '生态保护', '统计局', JSON.stringify(['待核实']));
    expect(found('"待核实"')).toEqual(['after']);
    db.prepare(`UPDATE annotations SET tags_json = '["已核实"]', author = '统计处' WHERE id = 'after'`).run();
    expect(found('"待核实"')).toEqual([]);
    expect(found('"已核实" AND "统计处"')).toEqual(['after']);
    db.prepare(`DELETE FROM annotations WHERE id = 'before'`).run();
    expect(found('"王小敏"')).toEqual([]);
    db.prepare(`INSERT INTO annotations_fts(annotations_fts, rank) VALUES ('integrity-check', 0)`).run();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    closeStore(db);
  });

  it('0070 drops the figure columns nothing read, keeping every figure whole in detail_json', () => {
    const path = join(dir.path, 'h.db');
    const old = openStore(path, { migrations: [initial, figures, deckNotes, annotations, editedAt, annotationSearch] }).db;
    const briefing = old
      .prepare(`INSERT INTO briefings (uid, title, source_name, source_text, source_sha256, imported_at) VALUES ('u', 't', 's', 'x', 'h', 'd')`)
      .run().lastInsertRowid;
    const paragraph = old
      .prepare(`INSERT INTO paragraphs (briefing_id, position, role, text, source_start, source_end) VALUES (?, 0, 'body', '达到46个', 0, 5)`)
      .run(briefing).lastInsertRowid;
    const detail = JSON.stringify({ key: '民用机场|—|个', valueText: '46', unit: '个' });
    old
      .prepare(
        `INSERT INTO figures (briefing_id, paragraph_id, position, figure_key, kind, value, value_text, unit, label, period, qualifier,
                              derived, quote, quote_start, quote_end, detail_json)
         VALUES (?, ?, 0, '民用机场|—|个', 'amount', 46, '46', '个', '民用机场', NULL, '达到', 0, '达到46个', 0, 5, ?)`,
      )
      .run(briefing, paragraph, detail);
    closeStore(old);

    const { db, fromVersion } = openStore(path, { migrations: [initial, figures, deckNotes, annotations, editedAt, annotationSearch, slimFigures] });
    expect(fromVersion).toBe(60);
    expect(db.pragma('user_version', { simple: true })).toBe(70);
    expect(columns(db, 'figures')).toEqual(['id', 'briefing_id', 'section_id', 'paragraph_id', 'position', 'figure_key', 'detail_json']);
    for (const column of unreadFigureColumns) expect(columns(db, 'figures')).not.toContain(column);
    expect(db.prepare('SELECT figure_key, detail_json FROM figures').get()).toEqual({ figure_key: '民用机场|—|个', detail_json: detail });
    // The key stays unique within a briefing.
    expect(() =>
      db.prepare(`INSERT INTO figures (briefing_id, paragraph_id, position, figure_key, detail_json) VALUES (?, ?, 1, '民用机场|—|个', '{}')`).run(briefing, paragraph),
    ).toThrow(/UNIQUE/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    closeStore(db);
  });

  it('0080 adds what the library lists and deletes with an undo; earlier briefings were all UTF-8 Markdown', () => {
    const before = [initial, figures, deckNotes, annotations, editedAt, annotationSearch, slimFigures];
    const path = join(dir.path, 'i.db');
    const old = openStore(path, { migrations: before }).db;
    const insert = `INSERT INTO briefings (uid, title, source_name, source_text, source_sha256, imported_at) VALUES (?, 't', 's.md', 'x', 'h', ?)`;
    old.prepare(insert).run('u1', '2026-01-05T08:00:00.000Z');
    old.prepare(insert).run('u2', '2026-02-05T08:00:00.000Z');
    closeStore(old);

    const { db, fromVersion } = openStore(path, { migrations: [...before, library] });
    expect(fromVersion).toBe(70);
    expect(db.pragma('user_version', { simple: true })).toBe(80);
    expect(columns(db, 'briefings')).toEqual(
      expect.arrayContaining(['source_format', 'source_encoding', 'slide_count', 'opened_at', 'renamed_at', 'deleted_at']),
    );
    expect(db.prepare('SELECT source_format, source_encoding, slide_count, opened_at, deleted_at FROM briefings').raw().all()).toEqual([
      ['markdown', 'utf-8', null, null, null],
      ['markdown', 'utf-8', null, null, null],
    ]);
    // The store had briefings: its default report counts as imported, as of the first import.
    expect(db.prepare('SELECT value, updated_at FROM settings WHERE key = ?').raw().get(defaultReportImportedKey)).toEqual(['yes', '2026-01-05T08:00:00.000Z']);
    expect(() => db.prepare(`UPDATE briefings SET source_format = 'xlsx'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE briefings SET slide_count = -1').run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE briefings SET slide_count = 'many'`).run()).toThrow(/cannot store TEXT/);
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM briefings WHERE source_sha256 = 'h'`).all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join()).toContain('briefings_by_source_sha256');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    closeStore(db);

    // A store that held no briefing yet gets the embedded report when the app starts.
    const fresh = openStore(join(dir.path, 'j.db'), { migrations: [...before, library] }).db;
    expect(fresh.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
    closeStore(fresh);
  });

  it('0090 adds deck edits and their undo cursor on top of an 0080 database, dropped with their briefing', () => {
    const before = [initial, figures, deckNotes, annotations, editedAt, annotationSearch, slimFigures, library];
    const path = join(dir.path, 'k.db');
    const old = openStore(path, { migrations: before }).db;
    old.prepare(`INSERT INTO briefings (uid, title, source_name, source_text, source_sha256, imported_at) VALUES ('u', 't', 's.md', 'x', 'h', 'now')`).run();
    closeStore(old);

    const { db, fromVersion } = openStore(path, { migrations: [...before, deckEdits] });
    expect(fromVersion).toBe(80);
    expect(db.pragma('user_version', { simple: true })).toBe(90);
    expect(columns(db, 'deck_edits')).toEqual(['briefing_id', 'batch', 'position', 'edit_json', 'context_json', 'created_at']);
    expect(columns(db, 'deck_edit_cursor')).toEqual(['briefing_id', 'applied_batch', 'updated_at']);
    const insert = db.prepare('INSERT INTO deck_edits (briefing_id, batch, position, edit_json, context_json, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run(1, 1, 0, '{"op":"hide","key":"cover"}', '{"title":null,"figureKeys":[]}', 'now');
    expect(() => insert.run(1, 1, 0, '{"op":"show","key":"cover"}', '{}', 'now')).toThrow(/UNIQUE/);
    expect(() => insert.run(1, 0, 1, '{"op":"show","key":"cover"}', '{}', 'now')).toThrow(/CHECK/);
    expect(() => insert.run(1, 2, 0, '{"key":"cover"}', '{}', 'now')).toThrow(/CHECK/);
    expect(() => insert.run(1, 2, 0, 'not json', '{}', 'now')).toThrow(/CHECK/);
    expect(() => insert.run(2, 1, 0, '{"op":"hide","key":"cover"}', '{}', 'now')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run(1, 'two', 0, '{"op":"hide","key":"cover"}', '{}', 'now')).toThrow(/cannot store TEXT/);
    const cursor = db.prepare('INSERT INTO deck_edit_cursor (briefing_id, applied_batch, updated_at) VALUES (?, ?, ?)');
    expect(() => cursor.run(1, -1, 'now')).toThrow(/CHECK/);
    cursor.run(1, 1, 'now');
    db.prepare('DELETE FROM briefings').run();
    expect(db.prepare('SELECT (SELECT count(*) FROM deck_edits) + (SELECT count(*) FROM deck_edit_cursor)').pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    closeStore(db);
  });

  it('0100 adds versioned figure corrections on top of an 0090 database, dropped with their briefing', () => {
    const before = [initial, figures, deckNotes, annotations, editedAt, annotationSearch, slimFigures, library, deckEdits];
    const path = join(dir.path, 'c.db');
    const old = openStore(path, { migrations: before }).db;
    old.prepare(`INSERT INTO briefings (uid, title, source_name, source_text, source_sha256, imported_at) VALUES ('u', 't', 's.md', 'x', 'h', 'now')`).run();
    closeStore(old);

    const { db, fromVersion } = openStore(path, { migrations: [...before, figureCorrections] });
    expect(fromVersion).toBe(90);
    expect(db.pragma('user_version', { simple: true })).toBe(100);
    expect(columns(db, 'figure_corrections')).toEqual(['briefing_id', 'figure_key', 'version', 'fields_json', 'excluded', 'author', 'created_at', 'undone_at']);
    const insert = db.prepare(
      'INSERT INTO figure_corrections (briefing_id, figure_key, version, fields_json, excluded, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    insert.run(1, 'gdp', 1, '{"label":"地区生产总值"}', 0, '张三', 'now');
    insert.run(1, 'gdp', 2, '{}', 1, '张三', 'later');
    expect(() => insert.run(1, 'gdp', 2, '{}', 0, '张三', 'now')).toThrow(/UNIQUE/);
    expect(() => insert.run(1, 'gdp', 0, '{}', 0, '张三', 'now')).toThrow(/CHECK/);
    expect(() => insert.run(1, '', 3, '{}', 0, '张三', 'now')).toThrow(/CHECK/);
    expect(() => insert.run(1, 'gdp', 3, '[1]', 0, '张三', 'now')).toThrow(/CHECK/);
    expect(() => insert.run(1, 'gdp', 3, 'not json', 0, '张三', 'now')).toThrow(/CHECK/);
    expect(() => insert.run(1, 'gdp', 3, '{}', 2, '张三', 'now')).toThrow(/CHECK/);
    expect(() => insert.run(2, 'gdp', 1, '{}', 0, '张三', 'now')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run(1, 'gdp', 'three', '{}', 0, '张三', 'now')).toThrow(/cannot store TEXT/);
    db.prepare('DELETE FROM briefings').run();
    expect(db.prepare('SELECT count(*) FROM figure_corrections').pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    closeStore(db);
  });

  it('0110 leaves the paragraph index to the importer: what was indexed stays, new paragraphs are indexed once, deletes still leave it', () => {
    const before = [initial, figures, deckNotes, annotations, editedAt, annotationSearch, slimFigures, library, deckEdits, figureCorrections];
    const path = join(dir.path, 'p.db');
    const old = openStore(path, { migrations: before }).db;
    // Stored as the 0100 app did: the row's trigger indexed it.
    const earlier = Number(
      old.prepare(`INSERT INTO briefings (uid, title, source_name, source_text, source_sha256, imported_at) VALUES ('u1', '甲', 'a.md', 'x', 'a', 'now')`).run()
        .lastInsertRowid,
    );
    old.prepare(`INSERT INTO paragraphs (briefing_id, position, role, text, source_start, source_end) VALUES (?, 0, 'body', ?, 0, 1)`).run(earlier, '城镇新增就业累计103.8万人。');
    closeStore(old);

    const { db, fromVersion } = openStore(path, { migrations: [...before, paragraphIndexPerImport] });
    expect(fromVersion).toBe(100);
    expect(db.pragma('user_version', { simple: true })).toBe(110);
    const triggers = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'paragraphs' ORDER BY name`).pluck().all();
    expect(triggers).toEqual(['paragraphs_fts_delete', 'paragraphs_fts_update']);
    const found = (query: string) => db.prepare('SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?').pluck().all(query);
    expect(found('"新增就业"')).toHaveLength(1);

    // A second briefing imported after: its paragraphs are indexed, the first one's are not indexed twice.
    const later = insertBriefing(db, { uid: 'u2', sourceName: 'b.md', sourceSha256: 'b', importedAt: 'now', report: parseReport('# 乙\n\n## 一\n\n森林覆盖率达到25.6%。\n\n新增就业12万人。\n') });
    expect(found('"森林覆盖"')).toEqual([...later.paragraphIds.values()].slice(0, 1));
    expect(found('"新增就业"')).toHaveLength(2);
    expect(db.prepare(`SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH '"新增就业"' AND rowid IN (SELECT id FROM paragraphs WHERE briefing_id = ?)`).pluck().get(earlier)).toBe(1);
    db.prepare(`INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)`).run();

    db.prepare('DELETE FROM paragraphs WHERE briefing_id = ?').run(later.id);
    expect(found('"森林覆盖"')).toHaveLength(0);
    expect(found('"新增就业"')).toHaveLength(1);
    db.prepare(`INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)`).run();
    closeStore(db);
  });

  it('0080 checks the formats the readers give', () => {
    expect([...new Set(Object.values(documentExtensions))].sort()).toEqual([...storedFormats].sort());
  });

  it('migrates a database left by the 0020 release to the latest version, backing it up first', () => {
    const path = join(dir.path, 'v20.db');
    copyFileSync(join(projectRoot, 'tests/fixtures/db/v20.db'), path);
    const { db, fromVersion, backupPath } = openStore(path, { now: () => new Date('2026-11-29T10:00:00Z') });
    expect(fromVersion).toBe(20);
    expect(backupPath).toBe(`${path}.v20-2026-11-29T10-00-00-000Z.bak`);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(latestVersion).toBe(110);
    expect(db.prepare('SELECT title FROM briefings').pluck().all()).toEqual(['旧版简报']);
    expect(db.prepare("SELECT detail_json ->> '$.valueText' FROM figures").pluck().all()).toEqual(['46']);
    expect(db.prepare('SELECT count(*) FROM slide_notes').pluck().get()).toBe(0);
    closeStore(db);

    const backup = new Database(backupPath ?? '', { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(20);
    expect(columns(backup, 'slide_notes')).toEqual([]);
    expect(backup.prepare('SELECT value_text FROM figures').pluck().all()).toEqual(['46']);
    backup.close();
  });

  it('rolls back a failing step entirely, leaving the version where it was', () => {
    const path = join(dir.path, 'c.db');
    const broken = {
      version: latestVersion + 10,
      name: 'broken',
      up: (db: ReturnType<typeof openStore>['db']) => {
        db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        db.exec('THIS IS NOT SQL');
      },
    };
    expect(() => openStore(path, { migrations: [...migrations, broken] })).toThrow();
    const { db } = openStore(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(columns(db, 'half_done')).toEqual([]);
    closeStore(db);
  });

  it('enforces foreign keys', () => {
    const { db } = openStore(':memory:');
    expect(() =>
      db.prepare(`INSERT INTO parts (briefing_id, position, headline, source_start, source_end) VALUES (999, 0, 'x', 0, 1)`).run(),
    ).toThrow(/FOREIGN KEY/);
    closeStore(db);
  });
});
