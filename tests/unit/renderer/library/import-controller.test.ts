import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel, ChannelInput, ChannelResult } from '../../../../main/shared/contract';
import { maxDocumentBytes } from '../../../../main/shared/documents';
import type { ImportOutcome } from '../../../../main/shared/library';
import { packFormat, type PackImportOutcome } from '../../../../main/shared/packs';
import type { ReimportPreview, ReimportPreviewOutcome } from '../../../../main/shared/reimport-preview';
import type { Result } from '../../../../main/shared/result';
import type { BriefingApi } from '../../../../renderer/src/api/client';
import { createImportController, type FileSource } from '../../../../renderer/src/library/import-controller';

/** A promise settled by the test, for an answer that comes when the test says. */
function later<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

type Answer = (input: unknown) => Promise<Result<unknown>> | Result<unknown>;

/** An API whose channels answer as the test sets them; every call is recorded. */
function fakeApi(answers: Partial<Record<Channel, Answer>>): BriefingApi & { calls: [Channel, unknown][] } {
  const calls: [Channel, unknown][] = [];
  return {
    calls,
    async call<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelResult<K>>> {
      calls.push([channel, input]);
      const answer = answers[channel];
      if (!answer) throw new Error(`unexpected call ${channel}`);
      return (await answer(input)) as Result<ChannelResult<K>>;
    },
  };
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const file = (fileName = '青川答卷.docx', size = 3): FileSource & { read: ReturnType<typeof vi.fn> } => {
  const read = vi.fn(() => Promise.resolve(new Uint8Array(size)));
  return { fileName, size, bytes: read, read };
};
const jobId = '00000000-0000-4000-8000-000000000001';
const imported: ImportOutcome = { kind: 'imported', briefingId: 7, title: '青川“十四五”答卷', figureCount: 35, slideCount: 13 };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('importing a file from the page', () => {
  it('sends the bytes under an id of its own, opens the new briefing and says what was imported', async () => {
    const api = fakeApi({ 'briefings:import': () => ok(imported), 'briefings:importProgress': () => ok({ stage: null, cancelling: false }) });
    const onImported = vi.fn();
    const imports = createImportController(api, { onImported, newJobId: () => jobId });
    await imports.importFile(file());
    expect(api.calls[0]).toEqual(['briefings:import', { fileName: '青川答卷.docx', bytes: new Uint8Array(3), jobId }]);
    expect(onImported).toHaveBeenCalledWith(7);
    expect(imports.state.getState()).toMatchObject({
      phase: { status: 'idle' },
      changes: 1,
      notice: { text: '已导入《青川“十四五”答卷》：35 项数据，13 张幻灯片', tone: 'info' },
    });
  });

  it('shows its stages only once it takes a while, following what the app reports', async () => {
    const answer = later<Result<ImportOutcome>>();
    let stage: 'read' | 'analyse' | 'build' = 'read';
    const api = fakeApi({ 'briefings:import': () => answer.promise, 'briefings:importProgress': () => ok({ stage, cancelling: false }) });
    const imports = createImportController(api, { onImported: vi.fn(), newJobId: () => jobId, showAfterMs: 300, pollMs: 200 });
    const done = imports.importFile(file());
    await vi.advanceTimersByTimeAsync(250);
    expect(imports.state.getState().phase).toMatchObject({ status: 'running', stage: 'read', visible: false });
    stage = 'analyse';
    await vi.advanceTimersByTimeAsync(200);
    expect(imports.state.getState().phase).toMatchObject({ status: 'running', stage: 'analyse', visible: true });
    stage = 'build';
    await vi.advanceTimersByTimeAsync(200);
    expect(imports.state.getState().phase).toMatchObject({ stage: 'build' });
    answer.resolve(ok(imported));
    await done;
    expect(imports.state.getState().phase).toEqual({ status: 'idle' });
    // Once it has ended, nobody asks any more.
    const asked = api.calls.length;
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.calls).toHaveLength(asked);
  });

  it('refuses a file over the cap by its size, without reading it', async () => {
    const api = fakeApi({});
    const imports = createImportController(api, { onImported: vi.fn() });
    const big = file('太大.pdf', maxDocumentBytes + 1);
    await imports.importFile(big);
    expect(big.read).not.toHaveBeenCalled();
    expect(api.calls).toEqual([]);
    expect(imports.state.getState().phase).toEqual({ status: 'refused', fileName: '太大.pdf', message: '“太大.pdf”文件过大（20.1 MB），超过上限 20 MB，未导入' });
    imports.dismiss();
    expect(imports.state.getState().phase).toEqual({ status: 'idle' });
  });

  it('shows a refusal in the app’s own words', async () => {
    const api = fakeApi({
      'briefings:import': () => ({ ok: false, error: { code: 'INVALID_INPUT', message: '“空白.txt”是空文件（0 字节）' } }),
      'briefings:importProgress': () => ok({ stage: null, cancelling: false }),
    });
    const imports = createImportController(api, { onImported: vi.fn() });
    await imports.importFile(file('空白.txt', 0));
    expect(imports.state.getState()).toMatchObject({ phase: { status: 'refused', message: '“空白.txt”是空文件（0 字节）' }, changes: 0 });
  });

  it('offers the briefing that already has the report instead of importing it twice', async () => {
    const api = fakeApi({
      'briefings:import': () => ok({ kind: 'duplicate', briefingId: 2, title: '青川“十四五”答卷', importedAt: '2026-12-01T08:00:00.000Z' }),
      'briefings:importProgress': () => ok({ stage: null, cancelling: false }),
    });
    const onImported = vi.fn();
    const imports = createImportController(api, { onImported });
    await imports.importFile(file());
    expect(imports.state.getState().phase).toMatchObject({ status: 'duplicate', briefingId: 2, fileName: '青川答卷.docx' });
    expect(onImported).not.toHaveBeenCalled();
  });

  it('cancelled before its bytes are sent, it sends nothing', async () => {
    const bytes = later<Uint8Array>();
    const api = fakeApi({});
    const imports = createImportController(api, { onImported: vi.fn() });
    const done = imports.importFile({ fileName: '青川答卷.docx', size: 3, bytes: () => bytes.promise });
    await imports.cancel();
    bytes.resolve(new Uint8Array(3));
    await done;
    expect(api.calls).toEqual([]);
    expect(imports.state.getState().notice?.text).toBe('已取消导入“青川答卷.docx”，未保存任何内容');
  });

  it('cancelled once sent, it asks the app to stop and says so when the app has', async () => {
    const answer = later<Result<ImportOutcome>>();
    const api = fakeApi({
      'briefings:import': () => answer.promise,
      'briefings:importProgress': () => ok({ stage: 'analyse', cancelling: false }),
      'briefings:cancelImport': () => ok({ cancelling: true }),
    });
    const imports = createImportController(api, { onImported: vi.fn(), newJobId: () => jobId });
    const done = imports.importFile(file());
    await vi.advanceTimersByTimeAsync(0);
    await imports.cancel();
    expect(api.calls).toContainEqual(['briefings:cancelImport', { jobId }]);
    expect(imports.state.getState().phase).toMatchObject({ status: 'running', cancelling: true });
    answer.resolve(ok({ kind: 'cancelled' }));
    await done;
    expect(imports.state.getState()).toMatchObject({ phase: { status: 'idle' }, changes: 0, notice: { text: '已取消导入“青川答卷.docx”，未保存任何内容' } });
  });

  it('starts no second import while one runs', async () => {
    const answer = later<Result<ImportOutcome>>();
    const api = fakeApi({ 'briefings:import': () => answer.promise, 'briefings:importProgress': () => ok({ stage: 'read', cancelling: false }) });
    const imports = createImportController(api, { onImported: vi.fn() });
    const first = imports.importFile(file());
    const second = file('另一份.md');
    await imports.importFile(second);
    expect(second.read).not.toHaveBeenCalled();
    answer.resolve(ok(imported));
    await first;
  });

});

describe('a new version of a briefing (导入新版本)', () => {
  const purpose = { kind: 'reimport', briefingId: 3, title: '青川汇报' } as const;
  const preview: ReimportPreview = {
    briefingId: 3,
    figures: {
      added: [],
      changed: [
        {
          key: '新建公共实训基地数量|-|个',
          label: '新建公共实训基地数量',
          old: { valueText: '12', unit: '个', quote: '新建公共实训基地12个' },
          new: { valueText: '15', unit: '个', quote: '新建公共实训基地15个' },
          slides: ['section:就业'],
          edits: [],
          annotations: ['n1'],
        },
      ],
      removed: [],
    },
    edits: { kept: 0, orphaned: [] },
    annotations: { attached: 1, orphaned: [] },
    names: { slides: { 'section:就业': '就业收入水平显著提升' }, annotations: { n1: '实训基地要讲清楚' } },
  };
  const reimported = { kind: 'reimported', briefingId: 3, title: '青川汇报', figureCount: 36, slideCount: 13, attached: 4, orphaned: 1, editsOrphaned: 0 } as const;
  const answers = (previewed: ReimportPreviewOutcome = { kind: 'preview', title: '青川汇报', preview }) => ({
    'briefings:previewReimport': () => ok(previewed),
    'briefings:reimport': () => ok(reimported),
    'briefings:importProgress': () => ok({ stage: null, cancelling: false }),
  });

  it('first shows what would change, storing nothing, then on 导入新版本 stores the bytes already read and says how many notes found their place', async () => {
    const api = fakeApi(answers());
    const onImported = vi.fn();
    const imports = createImportController(api, { onImported, newJobId: () => jobId });
    const source = file('修订稿.docx');
    await imports.importFile(source, purpose);
    expect(api.calls.map(([channel]) => channel)).toEqual(['briefings:previewReimport']);
    expect(api.calls[0]).toEqual(['briefings:previewReimport', { fileName: '修订稿.docx', bytes: new Uint8Array(3), jobId, briefingId: 3 }]);
    expect(imports.state.getState()).toMatchObject({ phase: { status: 'review', fileName: '修订稿.docx', purpose, outcome: { kind: 'preview', preview } }, changes: 0 });

    await imports.accept();
    expect(api.calls.filter(([channel]) => channel !== 'briefings:importProgress').map(([channel]) => channel)).toEqual(['briefings:previewReimport', 'briefings:reimport']);
    expect(api.calls.at(-1)).toEqual(['briefings:reimport', { fileName: '修订稿.docx', bytes: new Uint8Array(3), jobId, briefingId: 3 }]);
    expect(source.read).toHaveBeenCalledTimes(1);
    expect(onImported).not.toHaveBeenCalled();
    expect(imports.state.getState()).toMatchObject({
      phase: { status: 'idle' },
      changes: 1,
      notice: { text: '已导入《青川汇报》的新版本：36 项数据，13 张幻灯片；批注重新定位 4 条，1 条未能定位（保留为孤立批注）' },
    });
  });

  it('取消 in the review imports nothing and says the briefing stays as it was', async () => {
    const api = fakeApi(answers());
    const imports = createImportController(api, { onImported: vi.fn(), newJobId: () => jobId });
    await imports.importFile(file('修订稿.docx'), purpose);
    imports.dismiss();
    await imports.accept();
    expect(api.calls.map(([channel]) => channel)).not.toContain('briefings:reimport');
    expect(imports.state.getState()).toMatchObject({ phase: { status: 'idle' }, changes: 0, notice: { text: '未导入“修订稿.docx”，《青川汇报》保持原样' } });
  });

  it('says when the file holds the report the briefing already has, offering nothing to accept', async () => {
    const api = fakeApi(answers({ kind: 'unchanged', briefingId: 3, title: '青川汇报' }));
    const imports = createImportController(api, { onImported: vi.fn(), newJobId: () => jobId });
    await imports.importFile(file('同一份.docx'), purpose);
    expect(imports.state.getState().phase).toMatchObject({ status: 'review', outcome: { kind: 'unchanged' } });
    await imports.accept();
    expect(api.calls.map(([channel]) => channel)).not.toContain('briefings:reimport');
    imports.dismiss();
    expect(imports.state.getState()).toMatchObject({ phase: { status: 'idle' }, notice: null });
  });

  it('starts nothing else while the review waits for an answer', async () => {
    const api = fakeApi(answers());
    const imports = createImportController(api, { onImported: vi.fn(), newJobId: () => jobId });
    await imports.importFile(file('修订稿.docx'), purpose);
    const dropped = file('另一份.md');
    await imports.importFile(dropped);
    expect(dropped.read).not.toHaveBeenCalled();
    expect(imports.state.getState().phase).toMatchObject({ status: 'review' });
  });

  it('a slow comparison shows its stages under its own heading and can be cancelled like an import', async () => {
    const answer = later<Result<ReimportPreviewOutcome>>();
    const api = fakeApi({ ...answers(), 'briefings:previewReimport': () => answer.promise, 'briefings:cancelImport': () => ok({ cancelling: true }), 'briefings:importProgress': () => ok({ stage: 'analyse', cancelling: false }) });
    const imports = createImportController(api, { onImported: vi.fn(), newJobId: () => jobId, showAfterMs: 300, pollMs: 200 });
    const done = imports.importFile(file('修订稿.docx'), purpose);
    await vi.advanceTimersByTimeAsync(400);
    expect(imports.state.getState().phase).toMatchObject({ status: 'running', previewing: true, stage: 'analyse', visible: true });
    await imports.cancel();
    expect(api.calls).toContainEqual(['briefings:cancelImport', { jobId }]);
    answer.resolve(ok({ kind: 'cancelled' }));
    await done;
    expect(api.calls.map(([channel]) => channel)).not.toContain('briefings:reimport');
    expect(imports.state.getState()).toMatchObject({ phase: { status: 'idle' }, notice: { text: '已取消导入“修订稿.docx”，未保存任何内容' } });
  });
});

describe('taking in a prepared briefing a colleague handed on (.briefing)', () => {
  const pack: PackImportOutcome = {
    briefingId: 9,
    title: '青川“十四五”答卷',
    created: true,
    reportReplaced: false,
    notes: 12,
    edits: 3,
    annotations: { added: 5, updated: 0, deleted: 0, unchanged: 0, deletedHere: [], skipped: [] },
  };

  it('sends its bytes to packs:import, opens the briefing and says what came with it', async () => {
    const api = fakeApi({ 'packs:import': () => ok(pack) });
    const onImported = vi.fn();
    const imports = createImportController(api, { onImported, newJobId: () => jobId });
    await imports.importFile(file('答卷（会前准备）.BRIEFING', 4));
    expect(api.calls).toEqual([['packs:import', { bytes: new Uint8Array(4) }]]);
    expect(onImported).toHaveBeenCalledWith(9);
    expect(imports.state.getState()).toMatchObject({
      phase: { status: 'idle' },
      changes: 1,
      notice: { text: '已导入《青川“十四五”答卷》：批注新增 5 条，幻灯片修改 3 项，演讲备注 12 张幻灯片', tone: 'info' },
    });
  });

  it('says so when it brought a briefing already here up to date', async () => {
    const api = fakeApi({ 'packs:import': () => ok({ ...pack, created: false, reportReplaced: true, annotations: { ...pack.annotations, added: 0, updated: 2 } }) });
    const imports = createImportController(api, { onImported: vi.fn() });
    await imports.importFile(file('答卷.briefing'));
    expect(imports.state.getState().notice?.text).toBe('已按简报文件更新《青川“十四五”答卷》：报告已换成文件中的版本，批注新增 0 条、更新 2 条，幻灯片修改 3 项，演讲备注 12 张幻灯片');
  });

  it('shows a damaged file’s refusal in the app’s words, and stores nothing', async () => {
    const api = fakeApi({ 'packs:import': () => ({ ok: false, error: { code: 'INVALID_INPUT', message: '无法导入简报包：文件已损坏（校验值不符）；简报库未改动' } }) });
    const onImported = vi.fn();
    const imports = createImportController(api, { onImported });
    await imports.importFile(file('坏了.briefing'));
    expect(imports.state.getState()).toMatchObject({ phase: { status: 'refused', message: '无法导入简报包：文件已损坏（校验值不符）；简报库未改动' }, changes: 0 });
    expect(onImported).not.toHaveBeenCalled();
  });

  it('refuses one over its own cap unread, and one offered as a new version of a report', async () => {
    const api = fakeApi({});
    const imports = createImportController(api, { onImported: vi.fn() });
    const big = file('太大.briefing', packFormat.maxBytes + 1);
    await imports.importFile(big);
    expect(imports.state.getState().phase).toEqual({ status: 'refused', fileName: '太大.briefing', message: '“太大.briefing”文件过大（64.1 MB），超过上限 64 MB，未导入' });
    imports.dismiss();
    const handedOn = file('答卷.briefing');
    await imports.importFile(handedOn, { kind: 'reimport', briefingId: 9, title: '青川“十四五”答卷' });
    expect(imports.state.getState().phase).toMatchObject({ status: 'refused', message: '“答卷.briefing”是简报文件，不是报告：请在简报库中用“导入报告…”导入它' });
    expect(big.read).not.toHaveBeenCalled();
    expect(handedOn.read).not.toHaveBeenCalled();
    expect(api.calls).toEqual([]);
  });
});
