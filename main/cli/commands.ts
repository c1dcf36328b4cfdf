import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { resolveDbPath } from '../core/app';
import { analyseDocument, type AnalysedDocument } from '../core/briefings/import-document';
import { importReportFile, reimportReportFile } from '../core/briefings/import-file';
import { encodingLabel, type TextEncoding } from '../core/report/read/index';
import { getLibraryEntry } from '../core/store/queries/library';
import { AppError } from '../shared/result';
import { acceptedDocumentTypes, documentTooLarge, maxDocumentBytes } from '../shared/documents';
import { closeStore, openStore, type Db } from '../core/store/connection';
import { StoreError } from '../core/store/errors';
import { listBriefings } from '../core/store/queries/briefings';
import { annotationsUsage, planAnnotations } from './annotations';
import { deckUsage, planDeck } from './deck';
import { packUsage, planPack } from './packs';
import { previewReimport } from '../core/briefings/reimport-preview';
import { exportUsage, planExport } from './export';
import { formatFigureTable, toFigureJson } from './figures-output';

/** The exit code of an import the library already holds (nothing stored): neither success nor a refused file. */
export const duplicateExitCode = 3;

export const usage = `用法 / usage: npm run --silent briefing -- <command>
  import <file> [--db PATH]     导入报告，输出新简报的编号 (prints the new briefing's id)
                                格式 / formats: ${acceptedDocumentTypes.split(',').join(' ')}
                                简报库中已有同一报告时不再导入，说明是哪一份，退出码 ${duplicateExitCode}
  reimport <file> --briefing ID [--dry-run] [--json] [--db PATH]
                                用修改后的报告替换简报内容，批注与幻灯片修改重新对应（无法对应的保留并列出）；
                                --dry-run 只列出变化（新增、改变、删除的数据及其涉及的幻灯片、修改、批注），不保存
  list [--json] [--db PATH]     列出已导入的简报
  figures <file> [--json]       提取报告中的数据（按文档顺序）
${deckUsage}
${packUsage}
${annotationsUsage}
${exportUsage}
数据库：--db PATH，或环境变量 BRIEFING_DB，否则使用用户数据目录。
`;

export interface CommandOptions {
  readonly db: string | undefined;
  readonly json: boolean;
  /** `annotations` and `export` only: --briefing ID, --out FILE, --format (jsonld|md, or pptx|xlsx|csv). */
  readonly briefing?: string | undefined;
  readonly out?: string | undefined;
  readonly format?: string | undefined;
  /** `reimport` only: show what would change, store nothing. */
  readonly dryRun?: boolean;
}

/** `notice`: a line for stderr beside a success (e.g. which encoding a text file was read in). */
export type CommandOutcome = { ok: true; output: string; notice?: string } | { ok: false; message: string; exitCode: number };

const failure = (message: string, exitCode = 1): CommandOutcome => ({ ok: false, message, exitCode });

export async function runCommand(command: string, args: readonly string[], options: CommandOptions): Promise<CommandOutcome> {
  try {
    switch (command) {
      case 'import':
        return await importCommand(args, options);
      case 'reimport':
        return await reimportCommand(args, options);
      case 'list':
        return withStore(options, (db) => ({ ok: true, output: formatList(db, options.json) }));
      case 'figures':
        return await figuresCommand(args, options);
      case 'annotations': {
        const plan = planAnnotations(args, { briefing: options.briefing, out: options.out, format: options.format });
        return 'run' in plan ? withStore(options, plan.run) : plan;
      }
      case 'deck': {
        const plan = planDeck(args, { briefing: options.briefing, json: options.json });
        return 'run' in plan ? await withStoreAsync(options, plan.run) : plan;
      }
      case 'pack': {
        const plan = planPack(args, { briefing: options.briefing, out: options.out });
        return 'run' in plan ? await withStoreAsync(options, plan.run) : plan;
      }
      case 'export': {
        const plan = planExport({ briefing: options.briefing, out: options.out, format: options.format });
        return 'run' in plan ? await withStoreAsync(options, plan.run) : plan;
      }
      default:
        return failure(`未知命令 “${command}”\n${usage}`, 2);
    }
  } catch (error) {
    if (error instanceof StoreError || error instanceof AppError) return failure(error.message);
    return failure(error instanceof Error ? error.message : String(error));
  }
}

interface ReportBytes {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * The bytes of the report file named on the command line. What only a path can be refused for (none, a
 * folder, over the cap by its size on disk, unreadable) is refused here, in a sentence naming the problem;
 * everything else the import refuses as the app's does.
 */
function readReportBytes(args: readonly string[]): ReportBytes | CommandOutcome {
  const [file] = args;
  if (!file) return failure(`缺少报告文件\n${usage}`, 2);
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return failure(`“${file}”是文件夹，不是文件：请给出报告文件的路径`);
    if (stat.size > maxDocumentBytes) return failure(`“${basename(file)}”${documentTooLarge(stat.size)}`);
    return { fileName: basename(file), bytes: readFileSync(file) };
  } catch (error) {
    return failure(unreadable(file, error as NodeJS.ErrnoException));
  }
}

/** The report file read and analysed (for `figures`, which stores nothing), by the import's own readers and analysis. */
async function readReport(args: readonly string[]): Promise<AnalysedDocument | CommandOutcome> {
  const file = readReportBytes(args);
  if ('ok' in file) return file;
  return analyseDocument(file.bytes, file.fileName);
}

function unreadable(file: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `无法读取文件：找不到“${file}”（路径不存在）`;
    case 'EACCES':
    case 'EPERM':
      return `无法读取文件：没有权限读取“${file}”`;
    case 'EISDIR':
      return `“${file}”是文件夹，不是文件：请给出报告文件的路径`;
    default:
      return `无法读取文件“${file}”：${error.code ?? error.message}`;
  }
}

/** Which encoding a text file was read in, when it was not plain UTF-8. */
function encodingNotice(fileName: string, encoding: TextEncoding | null): string | undefined {
  return encoding && encoding !== 'utf-8' ? `已按 ${encodingLabel(encoding)} 编码读取“${fileName}”` : undefined;
}

/** The encoding notice for a briefing just stored, from what the import recorded in the library. */
function recordedEncodingNotice(db: Db, briefingId: number, fileName: string): string | undefined {
  return encodingNotice(fileName, (getLibraryEntry(db, briefingId)?.sourceEncoding ?? null) as TextEncoding | null);
}

/**
 * `import`: the file goes through the app's own import (briefings:import): the same readers and refusals,
 * the same answer for a report the library already holds, the same facts recorded beside the briefing.
 */
async function importCommand(args: readonly string[], options: CommandOptions): Promise<CommandOutcome> {
  const file = readReportBytes(args);
  if ('ok' in file) return file;
  return withStoreOnDemand(options, async (store) => {
    const outcome = await importReportFile(store.open, file);
    switch (outcome.kind) {
      case 'imported':
        return { ok: true, output: `${outcome.briefingId}\n`, notice: recordedEncodingNotice(store.open(), outcome.briefingId, file.fileName) };
      case 'duplicate':
        return failure(
          `简报库中已有这份报告：“${file.fileName}”的内容与简报 ${outcome.briefingId}《${outcome.title}》相同（${outcome.importedAt} 导入），未重复导入`,
          duplicateExitCode,
        );
      case 'cancelled':
        return failure('导入已取消，简报库未作任何改动');
    }
  });
}

/** `reimport`: a new version of a briefing's report, through the app's own 导入新版本 (briefings:reimport). */
async function reimportCommand(args: readonly string[], options: CommandOptions): Promise<CommandOutcome> {
  const briefingId = Number(options.briefing);
  if (!Number.isSafeInteger(briefingId) || briefingId <= 0) return failure(`reimport 需要 --briefing ID（正整数）\n${usage}`, 2);
  if (options.dryRun) {
    const analysed = await readReport(args);
    if ('ok' in analysed) return analysed;
    return withStore(options, (db) => {
      const preview = previewReimport(db, briefingId, analysed.fileName, analysed);
      const output = options.json ? `${JSON.stringify(preview, null, 2)}\n` : formatPreview(preview);
      return { ok: true, output, notice: encodingNotice(analysed.fileName, analysed.encoding) };
    });
  }
  const file = readReportBytes(args);
  if ('ok' in file) return file;
  return withStoreOnDemand(options, async (store) => {
    // An unknown briefing is refused by the re-import itself, in the words every other place uses.
    const outcome = await reimportReportFile(store.open, briefingId, file);
    switch (outcome.kind) {
      case 'reimported': {
        const orphanedEdits = outcome.editsOrphaned > 0 ? `；${outcome.editsOrphaned} 项幻灯片修改不再适用（运行 deck check 查看）` : '';
        return {
          ok: true,
          output: `简报 ${outcome.briefingId}：${outcome.figureCount} 项数据；批注重新定位 ${outcome.attached}，孤立 ${outcome.orphaned}${orphanedEdits}\n`,
          notice: recordedEncodingNotice(store.open(), briefingId, file.fileName),
        };
      }
      case 'unchanged':
        return { ok: true, output: `简报 ${outcome.briefingId}《${outcome.title}》的报告与“${file.fileName}”相同，未作改动\n` };
      case 'cancelled':
        return failure('导入已取消，简报库未作任何改动');
    }
  });
}

async function figuresCommand(args: readonly string[], options: CommandOptions): Promise<CommandOutcome> {
  const analysed = await readReport(args);
  if ('ok' in analysed) return analysed;
  const output = options.json
    ? `${JSON.stringify(toFigureJson(analysed), null, 2)}\n`
    : formatFigureTable(toFigureJson(analysed));
  return { ok: true, output, notice: encodingNotice(analysed.fileName, analysed.encoding) };
}

/**
 * Run an import with a store opened only when the import asks for it (after reading the file). A store this
 * run created for an import that was then refused is removed again: the store is as it was, i.e. absent.
 */
async function withStoreOnDemand(
  options: CommandOptions,
  run: (store: { open: () => Db }) => Promise<CommandOutcome>,
): Promise<CommandOutcome> {
  const path = resolveDbPath(options.db);
  const existed = existsSync(path);
  let db: Db | null = null;
  const open = (): Db => (db ??= openStore(path).db);
  let outcome: CommandOutcome | null = null;
  try {
    outcome = await run({ open });
    return outcome;
  } finally {
    if (db) closeStore(db);
    if (db && !existed && !outcome?.ok) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
}

function withStore(options: CommandOptions, run: (db: Db) => CommandOutcome): CommandOutcome {
  const { db } = openStore(resolveDbPath(options.db));
  try {
    return run(db);
  } finally {
    closeStore(db);
  }
}

async function withStoreAsync(options: CommandOptions, run: (db: Db) => Promise<CommandOutcome>): Promise<CommandOutcome> {
  const { db } = openStore(resolveDbPath(options.db));
  try {
    return await run(db);
  } finally {
    closeStore(db);
  }
}

function formatPreview(preview: ReturnType<typeof previewReimport>): string {
  const { added, changed, removed } = preview.figures;
  const touches = (t: { slides: readonly string[]; edits: readonly unknown[]; annotations: readonly unknown[] }): string =>
    `（幻灯片 ${t.slides.length}，修改 ${t.edits.length}，批注 ${t.annotations.length}）`;
  const lines = [
    `新增数据 ${added.length}，改变 ${changed.length}，删除 ${removed.length}`,
    ...added.map((f) => `+ ${f.label}：${f.valueText}${f.unit}${touches(f)}`),
    ...changed.map((f) => `~ ${f.label}：${f.old.valueText}${f.old.unit} → ${f.new.valueText}${f.new.unit}${touches(f)}`),
    ...removed.map((f) => `- ${f.label}：${f.valueText}${f.unit}${touches(f)}`),
    `幻灯片修改：保留 ${preview.edits.kept}，不再适用 ${preview.edits.orphaned.length}`,
    ...preview.edits.orphaned.map((o) => `  ${o.edit.op}：${o.reason}`),
    `批注：重新定位 ${preview.annotations.attached}，孤立 ${preview.annotations.orphaned.length}`,
    '（预览，未保存）',
  ];
  return `${lines.join('\n')}\n`;
}

function formatList(db: Db, json: boolean): string {
  const briefings = listBriefings(db);
  if (json) return `${JSON.stringify(briefings, null, 2)}\n`;
  if (briefings.length === 0) return '（没有简报）\n';
  return briefings
    .map((b) => `${b.id}\t${b.title}\t${b.sectionCount} 节\t${b.sourceName}\t${b.importedAt}`)
    .join('\n')
    .concat('\n');
}
