import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { resolveDbPath } from '../core/app';
import { importReport } from '../core/briefings/import';
import { reimportReport } from '../core/briefings/reimport';
import { analyseReport } from '../core/report/index';
import { closeStore, openStore, type Db } from '../core/store/connection';
import { StoreError } from '../core/store/errors';
import { listBriefings } from '../core/store/queries/briefings';
import { annotationsUsage, planAnnotations } from './annotations';
import { formatFigureTable, toFigureJson } from './figures-output';

export const usage = `用法 / usage: npm run --silent briefing -- <command>
  import <file> [--db PATH]     导入报告，输出新简报的编号 (prints the new briefing's id)
  reimport <file> --briefing ID [--db PATH]
                                用修改后的报告替换简报内容，批注重新定位（无法定位的保留为孤立批注）
  list [--json] [--db PATH]     列出已导入的简报
  figures <file> [--json]       提取报告中的数据（按文档顺序）
${annotationsUsage}
数据库：--db PATH，或环境变量 BRIEFING_DB，否则使用用户数据目录。
`;

export interface CommandOptions {
  readonly db: string | undefined;
  readonly json: boolean;
  /** `annotations` only: --briefing ID, --out FILE, --format jsonld|md. */
  readonly briefing?: string | undefined;
  readonly out?: string | undefined;
  readonly format?: string | undefined;
}

export type CommandOutcome = { ok: true; output: string } | { ok: false; message: string; exitCode: number };

const failure = (message: string, exitCode = 1): CommandOutcome => ({ ok: false, message, exitCode });

export function runCommand(command: string, args: readonly string[], options: CommandOptions): CommandOutcome {
  try {
    switch (command) {
      case 'import':
        return importCommand(args, options);
      case 'reimport':
        return reimportCommand(args, options);
      case 'list':
        return withStore(options, (db) => ({ ok: true, output: formatList(db, options.json) }));
      case 'figures':
        return figuresCommand(args, options);
      case 'annotations': {
        const plan = planAnnotations(args, { briefing: options.briefing, out: options.out, format: options.format });
        return 'run' in plan ? withStore(options, plan.run) : plan;
      }
      default:
        return failure(`未知命令 “${command}”\n${usage}`, 2);
    }
  } catch (error) {
    if (error instanceof StoreError) return failure(error.message);
    return failure(error instanceof Error ? error.message : String(error));
  }
}

function readReport(args: readonly string[]): { name: string; text: string } | CommandOutcome {
  const [file] = args;
  if (!file) return failure(`缺少报告文件\n${usage}`, 2);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return failure(`无法读取文件 ${file}：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return { name: basename(file), text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return failure(`文件不是有效的 UTF-8 文本：${file}`);
  }
}

function importCommand(args: readonly string[], options: CommandOptions): CommandOutcome {
  const report = readReport(args);
  if ('ok' in report) return report;
  const { name, text } = report;
  return withStore(options, (db) => {
    const imported = importReport(db, name, text);
    return { ok: true, output: `${imported.id}\n` };
  });
}

function reimportCommand(args: readonly string[], options: CommandOptions): CommandOutcome {
  const briefingId = Number(options.briefing);
  if (!Number.isSafeInteger(briefingId) || briefingId <= 0) return failure(`reimport 需要 --briefing ID（正整数）\n${usage}`, 2);
  const report = readReport(args);
  if ('ok' in report) return report;
  return withStore(options, (db) => {
    // An unknown briefing is refused by the re-import itself, in the words every other place uses.
    const result = reimportReport(db, briefingId, report.name, report.text);
    return {
      ok: true,
      output: `简报 ${result.id}：${result.figureCount} 项数据；批注重新定位 ${result.attached}，孤立 ${result.orphaned}\n`,
    };
  });
}

function figuresCommand(args: readonly string[], options: CommandOptions): CommandOutcome {
  const report = readReport(args);
  if ('ok' in report) return report;
  const analysed = analyseReport(report.text);
  const output = options.json
    ? `${JSON.stringify(toFigureJson(analysed), null, 2)}\n`
    : formatFigureTable(toFigureJson(analysed));
  return { ok: true, output };
}

function withStore(options: CommandOptions, run: (db: Db) => CommandOutcome): CommandOutcome {
  const { db } = openStore(resolveDbPath(options.db));
  try {
    return run(db);
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
