/** Sentences that the layout broke across two paragraphs ("投用8" / "个国家级…"), detected and joined again. */
import { isByline, isLeadParagraph } from './conventions';
import { concatMapped } from './mapped-text';
import type { Block } from './markdown';

/**
 * A layout break: the first fragment stops mid-clause — on a word, a digit, a % or a comma, never on a
 * closing quote or colon — and the next paragraph continues it (starts with a word or digit, is not a
 * dateline, and is prose that ends a sentence somewhere). The first fragment must be running prose (have
 * clause punctuation), unless the break splits a number from its measure word (投用8 / 个国家级…), which
 * no heading or title ever does.
 */
export function isLayoutBreak(first: string, second: string): boolean {
  const splitsNumberFromUnit = /\d$/.test(first) && MEASURE_WORD_START.test(second);
  if (!splitsNumberFromUnit && !/[，、；：,]/.test(first)) return false;
  if (!/[\p{Script=Han}\p{L}\p{N}%％，、,]$/u.test(first)) return false;
  if (!/^[\p{Script=Han}\p{L}\p{N}%％“"]/u.test(second)) return false;
  if (isLeadParagraph(second) || isByline(first)) return false; // a dateline (时间：2025年10月20日) is a line of its own
  return /[。！？；!?;]/.test(second);
}

const MEASURE_WORD_START = /^(?:[个条处种家座所项台套辆架艘张件批场次户名位间栋块支份部款只头株棵元人亩吨斤米倍%％]|万|亿|千[瓦米克]|公[里顷斤]|平方)/u;

const BREAK_CONTEXT = 4;

/**
 * The blocks with each layout break joined: the two fragments become one paragraph that records where the
 * break was. Blocks before `firstBody` (the title) are kept as they are; a joined paragraph is not joined again.
 */
export function joinBreaks(blocks: readonly Block[], firstBody: number): Block[] {
  const result: Block[] = blocks.slice(0, firstBody);
  for (let i = firstBody; i < blocks.length; i++) {
    const block = blocks[i];
    const previous = result[result.length - 1];
    if (
      block?.kind === 'paragraph' &&
      previous?.kind === 'paragraph' &&
      previous.join === null &&
      result.length > firstBody &&
      isLayoutBreak(previous.content.text, block.content.text)
    ) {
      result[result.length - 1] = {
        kind: 'paragraph',
        content: concatMapped(previous.content, block.content),
        start: previous.start,
        end: block.end,
        join: {
          breakStart: previous.end,
          breakEnd: block.start,
          before: tailWord(previous.content.text),
          after: headWord(block.content.text),
        },
      };
    } else if (block) result.push(block);
  }
  return result;
}

/** The last few characters before a break, stopping at punctuation: 投用8. */
function tailWord(text: string): string {
  const match = /[^，。、；：,;:“”\s]{1,4}$/u.exec(text);
  return match ? match[0] : text.slice(-BREAK_CONTEXT);
}

/** The first few characters after a break, stopping at punctuation: 个国家级. */
function headWord(text: string): string {
  const match = /^[^，。、；：,;:“”\s]{1,4}/u.exec(text);
  return match ? match[0] : text.slice(0, BREAK_CONTEXT);
}
