import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { resolveDbPath } from '../core/app';
import { analyseDocument, type AnalysedDocument } from '../core/briefings/import-document';
import { storeAnalysed } from '../core/briefings/import';
import { replaceAnalysed } from '../core/briefings/reimport';
import { encodingLabel } from '../core/report/read/index';
import { AppError } from '../shared/result';
import { acceptedDocumentTypes, documentTooLarge, maxDocumentBytes } from '../shared/documents';
import { closeStore, openStore, type Db } from '../core/store/connection';
import { StoreError } from '../core/store/errors';
import { listBriefings } from '../core/store/queries/briefings';
import { annotationsUsage, planAnnotations } from './annotations';
import { exportUsage, planExport } from './export';
import { formatFigureTable, toFigureJson } from './figures-output';

export const usage = `用法 / usage: npm run --silent briefing -- <command>
  import <file> [--db PATH]     导入报告，输出新简报的编号 (prints the new briefing's id)
                                格式 / formats: ${acceptedDocumentTypes.split(',').join(' ')}
  reimport <file> --briefing ID [--db PATH]
                                用修改后的报告替换简报内容，批注重新定位（无法定位的保留为孤立批注）
  list [--json] [--db PATH]     列出已导入的简报
  figures <file> [--json]       提取报告中的数据（按文档顺序）
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

/**
 * The report file named on the command line, read and analysed before any store is opened: a file that
 * cannot be imported leaves the store untouched. Every refusal is a sentence naming the problem.
 */
async function readReport(args: readonly string[]): Promise<AnalysedDocument | CommandOutcome> {
  const [file] = args;
  if (!file) return failure(`缺少报告文件\n${usage}`, 2);
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return failure(`“${file}”是文件夹，不是文件：请给出报告文件的路径`);
    if (stat.size > maxDocumentBytes) return failure(`“${basename(file)}”${documentTooLarge(stat.size)}`);
    bytes = readFileSync(file);
  } catch (error) {
    return failure(unreadable(file, error as NodeJS.ErrnoException));
  }
  return analyseDocument(bytes, basename(file));
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
function encodingNotice(analysed: AnalysedDocument): string | undefined {
  return analysed.encoding && analysed.encoding !== 'utf-8' ? `已按 ${encodingLabel(analysed.encoding)} 编码读取“${analysed.fileName}”` : undefined;
}

async function importCommand(args: readonly string[], options: CommandOptions): Promise<CommandOutcome> {
  const analysed = await readReport(args);
  if ('ok' in analysed) return analysed;
  return withStore(options, (db) => {
    const imported = storeAnalysed(db, analysed.fileName, analysed);
    return { ok: true, output: `${imported.id}\n`, notice: encodingNotice(analysed) };
  });
}

async function reimportCommand(args: readonly string[], options: CommandOptions): Promise<CommandOutcome> {
  const briefingId = Number(options.briefing);
  if (!Number.isSafeInteger(briefingId) || briefingId <= 0) return failure(`reimport 需要 --briefing ID（正整数）\n${usage}`, 2);
  const analysed = await readReport(args);
  if ('ok' in analysed) return analysed;
  return withStore(options, (db) => {
    // An unknown briefing is refused by the re-import itself, in the words every other place uses.
    const result = replaceAnalysed(db, briefingId, analysed.fileName, analysed);
    return {
      ok: true,
      output: `简报 ${result.id}：${result.figureCount} 项数据；批注重新定位 ${result.attached}，孤立 ${result.orphaned}\n`,
      notice: encodingNotice(analysed),
    };
  });
}

async function figuresCommand(args: readonly string[], options: CommandOptions): Promise<CommandOutcome> {
  const analysed = await readReport(args);
  if ('ok' in analysed) return analysed;
  const output = options.json
    ? `${JSON.stringify(toFigureJson(analysed), null, 2)}\n`
    : formatFigureTable(toFigureJson(analysed));
  return { ok: true, output, notice: encodingNotice(analysed) };
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

function formatList(db: Db, json: boolean): string {
  const briefings = listBriefings(db);
  if (json) return `${JSON.stringify(briefings, null, 2)}\n`;
  if (briefings.length === 0) return '（没有简报）\n';
  return briefings
    .map((b) => `${b.id}\t${b.title}\t${b.sectionCount} 节\t${b.sourceName}\t${b.importedAt}`)
    .join('\n')
    .concat('\n');
}
