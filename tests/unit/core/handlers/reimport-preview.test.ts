/**
 * 导入新版本's preview (briefings:previewReimport) as a plain function: what a revised version of an invented
 * report would change — a value changed, a figure removed, one added, with the slides and annotations each
 * touches — and that asking stores nothing; refused like the re-import itself.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../main/core/app';
import { dispatch } from '../../../../main/core/dispatch';
import { getDeckHandler } from '../../../../main/core/handlers/deck';
import { listFiguresHandler } from '../../../../main/core/handlers/figures';
import { importHandler, previewReimportHandler, reimportHandler } from '../../../../main/core/handlers/library';
import type { Annotation } from '../../../../main/shared/annotations';
import { maxDocumentBytes } from '../../../../main/shared/documents';
import type { ReimportPreview } from '../../../../main/shared/reimport-preview';
import { inventedReport, reviseReport, toMarkdown } from '../../../support/invented-report';
import { dataDir, tempDir } from '../../../support/temp';

let dir: ReturnType<typeof tempDir>;
let core: AppCore;
beforeEach(() => {
  dir = tempDir();
  core = startCore(join(dir.path, 'store.db'), dataDir);
});
afterEach(() => {
  core.close();
  dir.cleanup();
});

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const original = bytesOf(toMarkdown(inventedReport));
/** 实训基地 12 → 15, 新能源汽车 gone, 体育公园 new. */
const revised = bytesOf(
  toMarkdown(
    reviseReport(inventedReport, [
      ['新建公共实训基地12个', '新建公共实训基地15个'],
      ['，新能源汽车保有量达到64万辆', ''],
      ['完成农村环境整治村3400个', '完成农村环境整治村3400个，新建污水管网1850公里'],
    ]),
  ),
);
const snapshot = (): Buffer => core.db.serialize();

async function importOriginal(): Promise<number> {
  const outcome = await importHandler({ fileName: '青川答卷.md', bytes: original }, core);
  if (outcome.kind !== 'imported') throw new Error(`expected an import, got ${outcome.kind}`);
  return outcome.briefingId;
}

async function previewOf(briefingId: number, bytes: Uint8Array): Promise<ReimportPreview> {
  const outcome = await previewReimportHandler({ briefingId, fileName: '青川答卷（修订）.md', bytes }, core);
  if (outcome.kind !== 'preview') throw new Error(`expected a preview, got ${outcome.kind}`);
  return outcome.preview;
}

describe('briefings:previewReimport', () => {
  it('lists the changed, removed and added figures with both quotes and what each touches, and stores nothing', async () => {
    const id = await importOriginal();
    const slide = getDeckHandler({ briefingId: id }, core).slides.find((s) => s.kind === 'content' && s.cards.some((c) => c.figureKey.startsWith('新建公共实训基地')));
    if (!slide) throw new Error('no slide shows 公共实训基地');
    const note = await dispatch('annotations:create', { briefingId: id, anchor: { kind: 'slide', slideId: slide.id }, body: '实训基地要讲清楚' }, core);
    if (!note.ok) throw new Error(note.error.message);
    const noteId = (note.value as Annotation).id;
    const before = snapshot();

    const preview = await previewOf(id, revised);

    expect(preview.figures.changed).toEqual([
      expect.objectContaining({
        label: expect.stringContaining('实训基地') as string,
        old: { valueText: '12', unit: '个', quote: expect.stringContaining('新建公共实训基地12个') as string },
        new: { valueText: '15', unit: '个', quote: expect.stringContaining('新建公共实训基地15个') as string },
        slides: [slide.key],
        annotations: [noteId],
      }),
    ]);
    expect(preview.figures.removed).toEqual([expect.objectContaining({ valueText: '64', unit: '万辆', quote: expect.stringContaining('新能源汽车保有量达到64万辆') as string })]);
    expect(preview.figures.added).toEqual([expect.objectContaining({ valueText: '1850', unit: '公里', quote: expect.stringContaining('新建污水管网1850公里') as string })]);
    expect(preview.names.slides[slide.key ?? '']).toBe(slide.title);
    expect(preview.names.annotations).toEqual({ [noteId]: '实训基地要讲清楚' });
    expect(preview.annotations).toEqual({ attached: 1, orphaned: [] });
    expect(snapshot().equals(before)).toBe(true);
  });

  it('previews exactly what the re-import then does', async () => {
    const id = await importOriginal();
    const preview = await previewOf(id, revised);
    const outcome = await reimportHandler({ briefingId: id, fileName: '青川答卷（修订）.md', bytes: revised }, core);
    expect(outcome).toMatchObject({ kind: 'reimported', attached: preview.annotations.attached, orphaned: preview.annotations.orphaned.length });
    const values = new Map(listFiguresHandler({ briefingId: id }, core).map((f) => [f.key, f.valueText]));
    for (const changed of preview.figures.changed) expect(values.get(changed.key)).toBe(changed.new.valueText);
    for (const removed of preview.figures.removed) expect(values.has(removed.key)).toBe(false);
    for (const added of preview.figures.added) expect(values.get(added.key)).toBe(added.valueText);
  });

  it('says the file holds the report the briefing already has', async () => {
    const id = await importOriginal();
    const before = snapshot();
    expect(await previewReimportHandler({ briefingId: id, fileName: '青川答卷.md', bytes: original }, core)).toEqual({ kind: 'unchanged', briefingId: id, title: '青川“十四五”答卷' });
    expect(snapshot().equals(before)).toBe(true);
  });

  it('refuses an unknown briefing, a file no reader takes and one over the cap, changing nothing', async () => {
    const id = await importOriginal();
    const before = snapshot();
    await expect(previewReimportHandler({ briefingId: 4242, fileName: '青川答卷.md', bytes: revised }, core)).rejects.toThrow(/找不到编号为 4242 的简报/);
    await expect(previewReimportHandler({ briefingId: id, fileName: '假的.docx', bytes: bytesOf('不是 Word') }, core)).rejects.toThrow(/假的.docx/);
    await expect(previewReimportHandler({ briefingId: id, fileName: '大.md', bytes: new Uint8Array(maxDocumentBytes + 1) }, core)).rejects.toThrow(/20/);
    expect(snapshot().equals(before)).toBe(true);
  });

  it('is refused through the contract when its input is not a file', async () => {
    const answer = await dispatch('briefings:previewReimport', { briefingId: 1, fileName: 'a/b.md', bytes: original }, core);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('stops when cancelled before it runs, storing nothing', async () => {
    const id = await importOriginal();
    const jobId = '00000000-0000-4000-8000-000000000001';
    expect(await dispatch('briefings:cancelImport', { jobId }, core)).toEqual({ ok: true, value: { cancelling: true } });
    expect(await previewReimportHandler({ briefingId: id, fileName: '青川答卷.md', bytes: revised, jobId }, core)).toEqual({ kind: 'cancelled' });
  });
});
