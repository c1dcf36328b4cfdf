import { acceptedDocumentTypes, documentTooLarge, maxDocumentBytes } from '../../../main/shared/documents';
import type { ImportOutcome, ImportStage, ReimportOutcome } from '../../../main/shared/library';
import { isPackFileName, packFormat, packTooLarge, type PackImportOutcome } from '../../../main/shared/packs';
import type { ReimportPreviewOutcome } from '../../../main/shared/reimport-preview';
import type { Result } from '../../../main/shared/result';
import type { BriefingApi } from '../api/client';
import { createStateStore, type StateStore } from '../ui/state-store';

/**
 * Importing a report file from the page, whichever way it came (the library's file input, a drop anywhere
 * on the window, the desktop menu's dialog): its bytes go to briefings:import under an id of the page's
 * choosing, so the page can show the stage the import is in and cancel it. 导入新版本 goes in two steps: first
 * briefings:previewReimport (followed and cancelled the same way), whose list of changes the page shows for
 * the user to accept (then briefings:reimport) or not. A prepared briefing a colleague handed on (a
 * `.briefing` file) goes to packs:import instead. A plain store, so it runs and is tested without React.
 */

/** What the library's file input takes: every report format, and a prepared briefing (`.briefing`). */
export const acceptedImportTypes = `${acceptedDocumentTypes},${packFormat.extension}`;

/** A file to import: its name and size, and its bytes read only once the size has passed. */
export interface FileSource {
  readonly fileName: string;
  readonly size: number;
  readonly bytes: () => Promise<Uint8Array>;
}

/** A file from a file input or a drop. */
export const fromDomFile = (file: File): FileSource => ({
  fileName: file.name,
  size: file.size,
  bytes: async () => new Uint8Array(await file.arrayBuffer()),
});

export type ReimportPurpose = { readonly kind: 'reimport'; readonly briefingId: number; readonly title: string };
export type ImportPurpose = { readonly kind: 'import' } | ReimportPurpose;

/** A new version is first compared with the briefing ('preview'), then stored once accepted ('store'). */
type ImportStep = 'preview' | 'store';

export type ImportPhase =
  | { readonly status: 'idle' }
  | {
      readonly status: 'running';
      readonly fileName: string;
      readonly purpose: ImportPurpose;
      /** Only comparing a new version with the briefing (nothing is stored by this run). */
      readonly previewing: boolean;
      readonly stage: ImportStage;
      /** Shown once the import has taken longer than the delay: a quick one never flashes a dialog. */
      readonly visible: boolean;
      readonly cancelling: boolean;
    }
  /** Refused (a bad file, over the cap …): the message names the problem; nothing was stored. */
  | { readonly status: 'refused'; readonly fileName: string; readonly message: string }
  /** The library already holds this report: nothing was stored; the page offers to open that briefing. */
  | { readonly status: 'duplicate'; readonly fileName: string; readonly briefingId: number; readonly title: string; readonly importedAt: string }
  /** What a new version would change, for the user to accept or not; `unchanged`: the file holds the same report. */
  | {
      readonly status: 'review';
      readonly fileName: string;
      readonly purpose: ReimportPurpose;
      readonly outcome: Extract<ReimportPreviewOutcome, { kind: 'preview' | 'unchanged' }>;
    };

/** A line about what the library just did, with at most one thing to do about it (撤销, 打开 …). */
export interface LibraryNotice {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'error';
  readonly action: { readonly label: string; readonly run: () => void } | null;
}

export interface ImportState {
  readonly phase: ImportPhase;
  /** How the last import or change ended (imported, cancelled, deleted …). */
  readonly notice: LibraryNotice | null;
  /** Counts the changes to the library made here, so a view of it knows to read it again. */
  readonly changes: number;
}

export interface ImportOptions {
  /** A new briefing was stored: the app opens it on its cover. */
  readonly onImported: (briefingId: number) => void;
  /** Before the progress dialog shows (ms). */
  readonly showAfterMs?: number;
  /** Between two questions about the stage (ms). */
  readonly pollMs?: number;
  readonly newJobId?: () => string;
}

export interface ImportController {
  readonly state: StateStore<ImportState>;
  /** Start importing a file; ignored while another import runs (the page offers no way to start one then). */
  importFile(source: FileSource, purpose?: ImportPurpose): Promise<void>;
  cancel(): Promise<void>;
  /** Store the new version under review (briefings:reimport), with the bytes already read. */
  accept(): Promise<void>;
  /** Close a refusal, the offer to open a duplicate, or a new version's changes without importing it. */
  dismiss(): void;
  notify(text: string, options?: { tone?: LibraryNotice['tone']; action?: LibraryNotice['action'] }): void;
  dismissNotice(id?: number): void;
  /** The library changed elsewhere (rename, delete …): views of it read it again. */
  noteChange(): void;
}

const idle: ImportPhase = { status: 'idle' };

/** A `.briefing` file taken in (packs:import). */
type PackOutcome = { readonly kind: 'pack'; readonly pack: PackImportOutcome };

/** What one run of the controller got back, whichever channel it asked. */
type Outcome = ImportOutcome | ReimportOutcome | PackOutcome | Extract<ReimportPreviewOutcome, { kind: 'preview' }>;

/** What a prepared briefing brought: its annotations, deck edits and notes, the ones that changed anything. */
function packSummary(pack: PackImportOutcome): string {
  const { added, updated } = pack.annotations;
  const parts = [
    pack.reportReplaced ? '报告已换成文件中的版本' : null,
    `批注新增 ${added} 条${updated > 0 ? `、更新 ${updated} 条` : ''}`,
    `幻灯片修改 ${pack.edits} 项`,
    `演讲备注 ${pack.notes} 张幻灯片`,
  ];
  return parts.filter((part) => part !== null).join('，');
}

/**
 * Why a file is refused before a byte of it is read (null: it is read): over its cap, in the words of every
 * other reader; or a prepared briefing offered as a new version of a report, which it is not.
 */
function refusedUnread(source: FileSource, purpose: ImportPurpose): string | null {
  if (isPackFileName(source.fileName)) {
    if (purpose.kind === 'reimport') return `“${source.fileName}”是简报文件，不是报告：请在简报库中用“导入报告…”导入它`;
    return source.size > packFormat.maxBytes ? `“${source.fileName}”${packTooLarge(source.size)}，未导入` : null;
  }
  return source.size > maxDocumentBytes ? `“${source.fileName}”${documentTooLarge(source.size)}` : null;
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function newUuid(): string {
  return crypto.randomUUID();
}

export function createImportController(api: BriefingApi, options: ImportOptions): ImportController {
  const state = createStateStore<ImportState>({ phase: idle, notice: null, changes: 0 });
  const showAfterMs = options.showAfterMs ?? 300;
  const pollMs = options.pollMs ?? 200;
  const newJobId = options.newJobId ?? newUuid;
  let noticeId = 1;
  /** The import running now: its id, whether its request is out, whether someone cancelled it. */
  let current: { jobId: string; sent: boolean; cancelled: boolean } | null = null;
  /** The new version being reviewed: its file and the bytes already read, stored as they are if accepted. */
  let reviewed: { source: FileSource; bytes: Uint8Array; purpose: ReimportPurpose } | null = null;

  const notify: ImportController['notify'] = (text, { tone = 'info', action = null } = {}) =>
    state.setState({ notice: { id: noticeId++, text, tone, action } });
  const running = (patch: Partial<Extract<ImportPhase, { status: 'running' }>>): void =>
    state.setState(({ phase }) => (phase.status === 'running' ? { phase: { ...phase, ...patch } } : {}));

  const ended = (jobId: string): boolean => current?.jobId !== jobId;

  async function send(source: FileSource, bytes: Uint8Array, purpose: ImportPurpose, step: ImportStep, jobId: string): Promise<Outcome> {
    if (isPackFileName(source.fileName)) return { kind: 'pack', pack: unwrap(await api.call('packs:import', { bytes })) };
    const input = { fileName: source.fileName, bytes, jobId };
    if (purpose.kind === 'import') return unwrap(await api.call('briefings:import', input));
    const version = { ...input, briefingId: purpose.briefingId };
    if (step === 'store') return unwrap(await api.call('briefings:reimport', version));
    const outcome = unwrap(await api.call('briefings:previewReimport', version));
    // Kept for 导入新版本 in the review: accepting stores these very bytes, without reading the file again.
    if (outcome.kind === 'preview') reviewed = { source, bytes, purpose };
    return outcome;
  }

  /** Ask for the stage now and then while the import runs; stops by itself once it has ended. */
  function followStage(jobId: string): void {
    const ask = async (): Promise<void> => {
      if (ended(jobId)) return;
      const answer = await api.call('briefings:importProgress', { jobId });
      if (ended(jobId)) return;
      if (answer.ok && answer.value.stage !== null) running({ stage: answer.value.stage });
      setTimeout(() => void ask(), pollMs);
    };
    setTimeout(() => void ask(), pollMs);
  }

  function finish(outcome: Outcome, source: FileSource, purpose: ImportPurpose, step: ImportStep): void {
    // A new version's changes (or that it is the same report) wait for the user in the review.
    if (purpose.kind === 'reimport' && step === 'preview' && (outcome.kind === 'preview' || outcome.kind === 'unchanged')) {
      state.setState({ phase: { status: 'review', fileName: source.fileName, purpose, outcome } });
      return;
    }
    state.setState({ phase: idle });
    switch (outcome.kind) {
      case 'preview':
        return;
      case 'pack': {
        const { pack } = outcome;
        state.setState(({ changes }) => ({ changes: changes + 1 }));
        notify(`${pack.created ? '已导入' : '已按简报文件更新'}《${pack.title}》：${packSummary(pack)}`);
        options.onImported(pack.briefingId);
        return;
      }
      case 'imported':
        state.setState(({ changes }) => ({ changes: changes + 1 }));
        notify(`已导入《${outcome.title}》：${outcome.figureCount} 项数据，${outcome.slideCount} 张幻灯片`);
        options.onImported(outcome.briefingId);
        return;
      case 'duplicate':
        state.setState({ phase: { status: 'duplicate', fileName: source.fileName, briefingId: outcome.briefingId, title: outcome.title, importedAt: outcome.importedAt } });
        return;
      case 'reimported':
        state.setState(({ changes }) => ({ changes: changes + 1 }));
        notify(
          `已导入《${outcome.title}》的新版本：${outcome.figureCount} 项数据，${outcome.slideCount} 张幻灯片；` +
            `批注重新定位 ${outcome.attached} 条${outcome.orphaned > 0 ? `，${outcome.orphaned} 条未能定位（保留为孤立批注）` : ''}`,
        );
        return;
      case 'unchanged':
        notify(`“${source.fileName}”与《${outcome.title}》的当前版本相同，未作改动`);
        return;
      case 'cancelled':
        notify(`已取消导入“${source.fileName}”，未保存任何内容`);
        return;
    }
  }

  /** One run: read the bytes, send them to the step's channel under a new job id, follow it, show how it ended. */
  async function run(source: FileSource, purpose: ImportPurpose, step: ImportStep): Promise<void> {
    const jobId = newJobId();
    const job = { jobId, sent: false, cancelled: false };
    current = job;
    const previewing = step === 'preview';
    state.setState({ phase: { status: 'running', fileName: source.fileName, purpose, previewing, stage: 'read', visible: false, cancelling: false }, notice: null });
    const reveal = setTimeout(() => !ended(jobId) && running({ visible: true }), showAfterMs);
    try {
      const bytes = await source.bytes();
      if (job.cancelled) return finish({ kind: 'cancelled' }, source, purpose, step);
      job.sent = true;
      // A pack is read in one step: it has no stages to follow.
      if (!isPackFileName(source.fileName)) followStage(jobId);
      finish(await send(source, bytes, purpose, step, jobId), source, purpose, step);
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        state.setState({ phase: { status: 'refused', fileName: source.fileName, message } });
    } finally {
      clearTimeout(reveal);
      if (current === job) current = null;
    }
  }

  return {
    state,
    async importFile(source, purpose = { kind: 'import' }) {
      // One at a time: nothing starts while an import runs or a new version waits for its answer.
      if (current || state.getState().phase.status === 'review') return;
      const refused = refusedUnread(source, purpose);
      if (refused !== null) {
        state.setState({ phase: { status: 'refused', fileName: source.fileName, message: refused } });
        return;
      }
      await run(source, purpose, purpose.kind === 'reimport' ? 'preview' : 'store');
    },
    async accept() {
      const phase = state.getState().phase;
      const version = reviewed;
      if (phase.status !== 'review' || phase.outcome.kind !== 'preview' || !version || current) return;
      reviewed = null;
      await run({ ...version.source, bytes: () => Promise.resolve(version.bytes) }, version.purpose, 'store');
    },
    async cancel() {
      const job = current;
      if (!job || job.cancelled) return;
      job.cancelled = true;
      running({ cancelling: true });
      // Not sent yet: the import stops before sending. Sent: the core stops before its next stage, or, when
      // it has already stored the briefing, answers as it would have (the page then opens it).
      if (job.sent) await api.call('briefings:cancelImport', { jobId: job.jobId });
    },
    dismiss() {
      const { phase } = state.getState();
      if (phase.status === 'review') {
        reviewed = null;
        state.setState({ phase: idle });
        if (phase.outcome.kind === 'preview') notify(`未导入“${phase.fileName}”，《${phase.purpose.title}》保持原样`);
        return;
      }
      if (phase.status === 'refused' || phase.status === 'duplicate') state.setState({ phase: idle });
    },
    notify,
    dismissNotice(id) {
      state.setState(({ notice }) => ({ notice: id === undefined || notice?.id === id ? null : notice }));
    },
    noteChange() {
      state.setState(({ changes }) => ({ changes: changes + 1 }));
    },
  };
}
