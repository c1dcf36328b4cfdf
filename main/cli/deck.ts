import { readFileSync, statSync } from 'node:fs';
import { dispatch } from '../core/dispatch';
import type { Db } from '../core/store/connection';
import { parseBriefingId } from './annotations';
import type { Slide } from '../shared/deck';
import type { DeckCheck, EditedDeck } from '../shared/deck-edits';
import { deckEditLimits } from '../shared/deck-edits';

/**
 * `briefing deck`: the deck as presented, and deck edits from a file. Both go through the contract's
 * channels (deck:edited, deck:applyEdits, deck:undo, deck:redo, deck:check), the very handlers the app's
 * editing view uses.
 */

export const deckUsage = `  deck --briefing ID [--json] [--db PATH]
                                幻灯片（按放映顺序，含隐藏页）：键、标题、是否隐藏、类型、图表、备注、分钟
  deck apply FILE.json --briefing ID [--db PATH]
                                应用一组修改（全部应用或全部不应用）；任一项无效则指明第几项及原因
  deck undo|redo --briefing ID [--db PATH]
                                撤销或重做上一组修改
  deck check --briefing ID [--json] [--db PATH]
                                检查：列出幻灯片上不是报告数据的数字、重新导入后不再适用的修改`;

export type DeckOutcome = { ok: true; output: string } | { ok: false; message: string; exitCode: number };

const usageError = (message: string): DeckOutcome => ({ ok: false, message: `${message}\n${deckUsage}\n`, exitCode: 2 });

/** The edits file is refused by its size before it is read: a batch holds at most this many edits anyway. */
const maxEditsFileBytes = 4 * 1024 * 1024;

/** Checks the arguments first (exit 2), so a mistyped command never opens a store. */
export function planDeck(args: readonly string[], options: { briefing: string | undefined; json: boolean }): { run: (db: Db) => Promise<DeckOutcome> } | DeckOutcome {
  const [verb, ...rest] = args;
  const briefingId = parseBriefingId(options.briefing);
  if (briefingId === undefined) return usageError('缺少 --briefing ID');
  if (typeof briefingId === 'string') return usageError(briefingId);
  const call = async (db: Db, channel: 'deck:edited' | 'deck:undo' | 'deck:redo' | 'deck:check' | 'deck:applyEdits', input: object) => {
    const result = await dispatch(channel, { briefingId, ...input }, { db });
    return result;
  };
  if (verb === undefined) {
    return {
      run: async (db) => {
        const result = await call(db, 'deck:edited', {});
        return result.ok ? { ok: true, output: formatDeck(result.value as EditedDeck, options.json) } : failed(result.error.message);
      },
    };
  }
  if (verb === 'undo' || verb === 'redo') {
    return {
      run: async (db) => {
        const result = await call(db, `deck:${verb}`, {});
        return result.ok ? { ok: true, output: verb === 'undo' ? '已撤销上一组修改\n' : '已重做一组修改\n' } : failed(result.error.message);
      },
    };
  }
  if (verb === 'check') {
    return {
      run: async (db) => {
        const result = await call(db, 'deck:check', {});
        return result.ok ? { ok: true, output: formatCheck(result.value as DeckCheck, options.json) } : failed(result.error.message);
      },
    };
  }
  if (verb === 'apply') {
    const [file] = rest;
    if (!file) return usageError('缺少修改文件 FILE.json');
    const edits = readEditsFile(file);
    if (!Array.isArray(edits)) return edits;
    return {
      run: async (db) => {
        const result = await call(db, 'deck:applyEdits', { edits });
        if (!result.ok) return failed(result.error.message);
        const { orphans } = result.value as EditedDeck;
        const note = orphans.length > 0 ? `；另有 ${orphans.length} 项早先的修改已不适用（运行 deck check 查看）` : '';
        return { ok: true, output: `已应用 ${edits.length} 项修改${note}\n` };
      },
    };
  }
  return usageError(`未知的 deck 子命令 “${verb}”`);
}

const failed = (message: string): DeckOutcome => ({ ok: false, message, exitCode: 1 });

/** The file's edits: a JSON list (or `{"edits": [...]}`); a refusal naming the problem otherwise. */
function readEditsFile(file: string): unknown[] | DeckOutcome {
  let text: string;
  try {
    const { size } = statSync(file);
    if (size > maxEditsFileBytes) return failed(`修改文件过大（${size} 字节，上限 ${maxEditsFileBytes} 字节）`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return failed(`无法读取文件 ${file}：${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return failed(`修改文件不是有效的 JSON：${(error as Error).message}`);
  }
  const list = Array.isArray(parsed) ? parsed : typeof parsed === 'object' && parsed !== null ? (parsed as { edits?: unknown }).edits : undefined;
  if (!Array.isArray(list)) return failed('修改文件应为修改的列表（JSON 数组），如 [{"op":"hide","key":"agenda"}]');
  if (list.length === 0) return failed('修改文件中没有修改');
  if (list.length > deckEditLimits.batch) return failed(`一次最多 ${deckEditLimits.batch} 项修改，文件中有 ${list.length} 项`);
  return list;
}

/** One slide as `deck --json` prints it. */
export interface DeckSlideJson {
  readonly key: string;
  readonly title: string;
  readonly hidden: boolean;
  /** cover, agenda, divider, content, closing; `text` for a free text slide. */
  readonly kind: string;
  readonly chart: string | null;
  readonly notes: string;
  readonly minutes: number | null;
}

export function slideJson(slide: Slide): DeckSlideJson {
  return {
    key: slide.key ?? slide.id,
    title: slide.title,
    hidden: slide.hidden ?? false,
    kind: slide.kind === 'content' && slide.free ? 'text' : slide.kind,
    chart: slide.kind === 'content' ? (slide.chart?.kind ?? null) : null,
    notes: slide.notes.join('\n'),
    minutes: slide.minutes ?? null,
  };
}

function formatDeck({ deck, orphans }: EditedDeck, json: boolean): string {
  const slides = deck.slides.map(slideJson);
  if (json) return `${JSON.stringify(slides, null, 2)}\n`;
  const lines = slides.map((s, i) =>
    [String(i + 1).padStart(3), s.hidden ? '（隐藏）' : '', s.title, s.kind, s.chart ?? '', s.minutes === null ? '' : `${s.minutes} 分钟`, s.key].join('\t'),
  );
  const budgets = (deck.budgets ?? []).map((b) => `预算\t${b.scope === 'part' ? '部分' : '小节'}\t${b.title}\t${b.minutes} 分钟`);
  const orphaned = orphans.length > 0 ? [`${orphans.length} 项修改已不适用（运行 deck check 查看）`] : [];
  return `${[...lines, ...budgets, ...orphaned].join('\n')}\n`;
}

function formatCheck({ findings }: DeckCheck, json: boolean): string {
  if (json) return `${JSON.stringify(findings, null, 2)}\n`;
  if (findings.length === 0) return '检查通过：幻灯片上的每个数字都来自报告中的数据\n';
  return `${findings.map((f) => f.message).join('\n')}\n共 ${findings.length} 项发现\n`;
}
