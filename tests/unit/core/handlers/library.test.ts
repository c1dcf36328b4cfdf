/**
 * The library's channels as plain functions (no IPC, no HTTP): importing report files of every kind staff
 * receive, the same file twice, bad files, following and cancelling an import, a new version, rename,
 * delete and its undo. Report files are made here (an invented report), never copied from real ones.
 */
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../main/core/app';
import { dispatch } from '../../../../main/core/dispatch';
import { getBriefingHandler } from '../../../../main/core/handlers/briefings';
import { getDeckHandler, openDeckHandler } from '../../../../main/core/handlers/deck';
import {
  cancelImportHandler,
  deleteHandler,
  importHandler,
  importProgressHandler,
  listLibraryHandler,
  reimportHandler,
  renameHandler,
  restoreHandler,
} from '../../../../main/core/handlers/library';
import { DocumentError } from '../../../../main/core/report/read/index';
import { maxDocumentBytes } from '../../../../main/shared/documents';
import type { ImportOutcome, LibraryEntry } from '../../../../main/shared/library';
import { gb18030, toDocx } from '../../../support/document-fixtures';
import { inventedReport, toMarkdown, toPlainText } from '../../../support/invented-report';
import { dataDir, tempDir } from '../../../support/temp';

let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let docx: Uint8Array;

beforeAll(async () => {
  docx = await toDocx(inventedReport);
});
beforeEach(() => {
  dir = tempDir();
  core = startCore(join(dir.path, 'store.db'), dataDir);
});
afterEach(() => {
  core.close();
  dir.cleanup();
});

const markdown = (): Uint8Array => new TextEncoder().encode(toMarkdown(inventedReport));
const library = (includeDeleted = false): LibraryEntry[] => listLibraryHandler({ includeDeleted }, core);
const entry = (id: number): LibraryEntry | undefined => library(true).find((item) => item.id === id);
const imported = (outcome: ImportOutcome): number => {
  if (outcome.kind !== 'imported') throw new Error(`expected an import, got ${outcome.kind}`);
  return outcome.briefingId;
};
/** The whole database as bytes: what a refused import must leave exactly as it was. */
const snapshot = (): Buffer => core.db.serialize();
const jobId = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('importing a report file', () => {
  it('stores a .docx as a new briefing, listed with its format, figures, slides and no notes yet', async () => {
    const outcome = await importHandler({ fileName: '青川答卷.docx', bytes: docx }, core);
    expect(outcome).toMatchObject({ kind: 'imported', title: '青川“十四五”答卷' });
    const id = imported(outcome);
    const listed = entry(id);
    expect(listed).toMatchObject({
      title: '青川“十四五”答卷',
      sourceName: '青川答卷.docx',
      sourceFormat: 'docx',
      sourceEncoding: null,
      annotationCount: 0,
      openedAt: null,
      deletedAt: null,
    });
    // The counts are the deck's and the store's own.
    const deck = getDeckHandler({ briefingId: id }, core);
    expect(listed?.slideCount).toBe(deck.slides.length);
    expect(outcome.kind === 'imported' && outcome.slideCount).toBe(deck.slides.length);
    expect(listed?.figureCount).toBeGreaterThan(5);
    expect(deck.slides[0]).toMatchObject({ kind: 'cover', title: '青川“十四五”答卷' });
  });

  it('reads GB18030 text without being told, and says so in the library', async () => {
    const id = imported(await importHandler({ fileName: '青川答卷.txt', bytes: gb18030(toPlainText(inventedReport)) }, core));
    expect(entry(id)).toMatchObject({ sourceFormat: 'text', sourceEncoding: 'gb18030', title: '青川“十四五”答卷' });
  });

  it('keeps the embedded report as the first briefing, the one a fresh install opens on', async () => {
    await importHandler({ fileName: '青川答卷.docx', bytes: docx }, core);
    const [first] = library();
    expect(first).toMatchObject({ id: 1, title: '“十四五”成就', sourceFormat: 'markdown', sourceEncoding: 'utf-8' });
    expect(openDeckHandler({}, core)?.deck.briefingId).toBe(1);
  });

  it('answers the same bytes a second time with the briefing that has them, storing nothing', async () => {
    const id = imported(await importHandler({ fileName: '青川答卷.docx', bytes: docx }, core));
    const before = snapshot();
    const again = await importHandler({ fileName: '另存一份.docx', bytes: docx }, core);
    expect(again).toEqual({ kind: 'duplicate', briefingId: id, title: '青川“十四五”答卷', importedAt: entry(id)?.importedAt });
    expect(snapshot().equals(before)).toBe(true);
  });

  it('imports a report again once the briefing that had it is deleted', async () => {
    const id = imported(await importHandler({ fileName: '青川答卷.docx', bytes: docx }, core));
    deleteHandler({ id }, core);
    const again = imported(await importHandler({ fileName: '青川答卷.docx', bytes: docx }, core));
    expect(again).not.toBe(id);
  });

  const badFiles: [string, string, () => Uint8Array, RegExp][] = [
    ['an empty file', '空白.txt', () => new Uint8Array(0), /“空白.txt”是空文件/],
    ['random bytes', '乱码.txt', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), /乱码.txt/],
    ['a .docx that is not a Word file', '假的.docx', () => new TextEncoder().encode('这不是 Word 文件'), /假的.docx/],
    ['an unsupported extension', '报表.xlsx', () => new Uint8Array([1, 2, 3]), /扩展名 .xlsx 不受支持/],
    ['a file over the 20 MB cap', '太大.txt', () => new Uint8Array(maxDocumentBytes + 1), /“太大.txt”文件过大（20.1 MB），超过上限 20 MB/],
  ];

  it.each(badFiles)('refuses %s with a Chinese message naming the problem, and stores nothing', async (_what, fileName, bytes, message) => {
    const before = snapshot();
    const attempt = importHandler({ fileName, bytes: bytes() }, core);
    await expect(attempt).rejects.toBeInstanceOf(DocumentError);
    await expect(importHandler({ fileName, bytes: bytes() }, core)).rejects.toThrow(message);
    expect(snapshot().equals(before)).toBe(true);
    expect(library()).toHaveLength(1);
  });

  it('answers a refused file through the contract as INVALID_INPUT with the same message', async () => {
    const result = await dispatch('briefings:import', { fileName: '空白.md', bytes: new Uint8Array(0) }, core);
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '“空白.md”是空文件（0 字节）' } });
  });

  it('takes only a file name, never a path, and only bytes', async () => {
    for (const input of [
      { fileName: '../../etc/passwd.txt', bytes: markdown() },
      { fileName: 'C:\\报告\\青川.md', bytes: markdown() },
      { fileName: '青川.md', bytes: 'not bytes' },
      { fileName: '', bytes: markdown() },
    ]) {
      const result = await dispatch('briefings:import', input, core);
      expect(result.ok, JSON.stringify(input.fileName)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
  });
});

describe('following and cancelling an import', () => {
  it('reports its stage while it runs and nothing once it has ended', async () => {
    const id = jobId(1);
    const running = importHandler({ fileName: '青川答卷.docx', bytes: docx, jobId: id }, core);
    expect(importProgressHandler({ jobId: id }, core)).toEqual({ stage: 'read', cancelling: false });
    const stages = new Set<string | null>();
    let done = false;
    void running.finally(() => (done = true));
    while (!done) {
      stages.add(importProgressHandler({ jobId: id }, core).stage);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await running).kind).toBe('imported');
    expect([...stages].filter((stage) => stage !== null)).toEqual(['read', 'analyse', 'build']);
    expect(importProgressHandler({ jobId: id }, core)).toEqual({ stage: null, cancelling: false });
  });

  it('stops before storing anything when cancelled while it reads', async () => {
    const before = snapshot();
    const id = jobId(2);
    const running = importHandler({ fileName: '青川答卷.docx', bytes: docx, jobId: id }, core);
    expect(cancelImportHandler({ jobId: id }, core)).toEqual({ cancelling: true });
    expect(importProgressHandler({ jobId: id }, core)).toEqual({ stage: 'read', cancelling: true });
    expect(await running).toEqual({ kind: 'cancelled' });
    expect(snapshot().equals(before)).toBe(true);
  });

  it('stops before storing when cancelled between analysing and storing', async () => {
    const before = snapshot();
    const id = jobId(3);
    const running = importHandler({ fileName: '青川答卷.docx', bytes: docx, jobId: id }, core);
    while (importProgressHandler({ jobId: id }, core).stage !== 'build') await new Promise((resolve) => setImmediate(resolve));
    cancelImportHandler({ jobId: id }, core);
    expect(await running).toEqual({ kind: 'cancelled' });
    expect(snapshot().equals(before)).toBe(true);
  });

  it('cannot cancel an import that has ended: the briefing it stored stays', async () => {
    const id = jobId(4);
    const outcome = await importHandler({ fileName: '青川答卷.docx', bytes: docx, jobId: id }, core);
    expect(cancelImportHandler({ jobId: id }, core)).toEqual({ cancelling: false });
    expect(entry(imported(outcome))?.deletedAt).toBeNull();
  });

  it('stops an import whose cancel arrived before it did, as it starts', async () => {
    const before = snapshot();
    const id = jobId(6);
    expect(cancelImportHandler({ jobId: id }, core)).toEqual({ cancelling: true });
    expect(await importHandler({ fileName: '青川答卷.docx', bytes: docx, jobId: id }, core)).toEqual({ kind: 'cancelled' });
    expect(snapshot().equals(before)).toBe(true);
  });

  it('refuses a second import under the id of one running or ended', async () => {
    const id = jobId(5);
    const first = importHandler({ fileName: '青川答卷.docx', bytes: docx, jobId: id }, core);
    await expect(importHandler({ fileName: '青川答卷.md', bytes: markdown(), jobId: id }, core)).rejects.toThrow(/同一编号/);
    expect((await first).kind).toBe('imported');
    await expect(importHandler({ fileName: '青川答卷.md', bytes: markdown(), jobId: id }, core)).rejects.toThrow(/同一编号/);
  });
});

describe('a new version of a briefing (导入新版本)', () => {
  it('replaces the report, keeps the annotations on it, and records the new file', async () => {
    const id = imported(await importHandler({ fileName: '青川答卷.md', bytes: markdown() }, core));
    const deck = getDeckHandler({ briefingId: id }, core);
    const note = await dispatch('annotations:create', { briefingId: id, anchor: { kind: 'slide', slideId: deck.slides[0]?.id ?? '' }, body: '开场先讲总体' }, core);
    expect(note.ok).toBe(true);
    const edited = { ...inventedReport, closing: '青川答卷（修订稿）' };
    const outcome = await reimportHandler({ briefingId: id, fileName: '青川答卷（修订）.docx', bytes: await toDocx(edited) }, core);
    expect(outcome).toMatchObject({ kind: 'reimported', briefingId: id, title: '青川“十四五”答卷', attached: 1, orphaned: 0 });
    expect(entry(id)).toMatchObject({ sourceName: '青川答卷（修订）.docx', sourceFormat: 'docx', annotationCount: 1 });
    expect(getBriefingHandler({ id }, core).closing?.text).toBe('青川答卷（修订稿）');
  });

  it('changes nothing when the file holds the report the briefing already has', async () => {
    const id = imported(await importHandler({ fileName: '青川答卷.docx', bytes: docx }, core));
    const before = snapshot();
    expect(await reimportHandler({ briefingId: id, fileName: '青川答卷.docx', bytes: docx }, core)).toEqual({
      kind: 'unchanged',
      briefingId: id,
      title: '青川“十四五”答卷',
    });
    expect(snapshot().equals(before)).toBe(true);
  });

  it('refuses a bad file and leaves the briefing as it was', async () => {
    const id = imported(await importHandler({ fileName: '青川答卷.docx', bytes: docx }, core));
    const before = snapshot();
    await expect(reimportHandler({ briefingId: id, fileName: '假的.docx', bytes: new TextEncoder().encode('不是 Word') }, core)).rejects.toThrow(/假的.docx/);
    await expect(reimportHandler({ briefingId: 4242, fileName: '青川答卷.md', bytes: markdown() }, core)).rejects.toThrow(/找不到编号为 4242 的简报/);
    expect(snapshot().equals(before)).toBe(true);
  });

  it('keeps the name someone gave the briefing', async () => {
    const id = imported(await importHandler({ fileName: '青川答卷.md', bytes: markdown() }, core));
    renameHandler({ id, title: '青川汇报（周一例会）' }, core);
    const outcome = await reimportHandler({ briefingId: id, fileName: '青川答卷.docx', bytes: await toDocx({ ...inventedReport, closing: '修订' }) }, core);
    expect(outcome).toMatchObject({ kind: 'reimported', title: '青川汇报（周一例会）' });
    expect(getDeckHandler({ briefingId: id }, core).slides[0]?.title).toBe('青川汇报（周一例会）');
  });
});

describe('rename, delete and its undo', () => {
  it('renames a briefing: the library and the deck show the new title', async () => {
    const renamed = renameHandler({ id: 1, title: '十四五成就（部务会）' }, core);
    expect(renamed).toMatchObject({ id: 1, title: '十四五成就（部务会）' });
    expect(getDeckHandler({ briefingId: 1 }, core).title).toBe('十四五成就（部务会）');
    const empty = await dispatch('briefings:rename', { id: 1, title: '   ' }, core);
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('标题不能为空') } });
    expect(() => renameHandler({ id: 4242, title: '无' }, core)).toThrow(/找不到/);
  });

  it('deletes a briefing for every reader, lists it as deleted, and brings it back whole on undo', async () => {
    const id = imported(await importHandler({ fileName: '青川答卷.docx', bytes: docx }, core));
    await dispatch('annotations:create', { briefingId: id, anchor: { kind: 'slide', slideId: 'cover' }, body: '封面备注' }, core);
    const figures = entry(id)?.figureCount;
    const deleted = deleteHandler({ id }, core);
    expect(deleted.deletedAt).not.toBeNull();
    expect(library().map((item) => item.id)).toEqual([1]);
    expect(library(true).map((item) => [item.id, item.deletedAt !== null])).toEqual([
      [1, false],
      [id, true],
    ]);
    expect(() => getDeckHandler({ briefingId: id }, core)).toThrow(/找不到/);
    expect(openDeckHandler({ briefingId: id }, core)?.deck.briefingId).toBe(1);
    expect(() => deleteHandler({ id }, core)).toThrow(/找不到/);

    const restored = restoreHandler({ id }, core);
    expect(restored).toMatchObject({ id, deletedAt: null, annotationCount: 1, figureCount: figures });
    expect(getDeckHandler({ briefingId: id }, core).slides[0]?.kind).toBe('cover');
    expect(() => restoreHandler({ id }, core)).toThrow(/无法撤销/);
  });

  it('notes when a briefing was last opened', () => {
    expect(entry(1)?.openedAt).toBeNull();
    openDeckHandler({ briefingId: 1 }, core);
    expect(entry(1)?.openedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
