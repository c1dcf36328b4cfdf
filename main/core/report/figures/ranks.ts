/**
 * Rank phrases: 居全国第一位, 规模均居全国首位, 均稳居全国第一, 连续20年居全国首位, 冲进全国前十,
 * 重新回到全国中游, 增长率全国领先, 从2020年的全国倒数第3位跃升至正数第2位.
 *
 * A rank needs a rank verb (居, 位居, 排名 …) or a scope (全国 …) before its ordinal, so that 第十四届,
 * 首台 or 把…放在首位 are not ranks.
 */
import { chineseNumeralChars, parseIntegerWord } from '../../../shared/numerals';
import type { PeriodMark } from './periods';
import { SCOPES } from './lexicon';
import { countSteps } from './work-meter';

export interface RankMark {
  /** Start of the phrase, including the adverbs and duration that qualify it (均, 连续20年). */
  readonly start: number;
  readonly end: number;
  /** The ordinal as written: 第一, 第2, 首位, 前十; for a band without a number: 中游, 领先. */
  readonly valueText: string;
  readonly valueStart: number;
  readonly valueEnd: number;
  /** 1 for 第一/首位, null for a band (前十, 中游, 领先). */
  readonly position: number | null;
  /** The number in the phrase: the position, or the size of the band (前十 → 10); null for 中游, 领先. */
  readonly value: number | null;
  readonly from: 'top' | 'bottom';
  readonly scope: string;
  /** True when the phrase says "all of them" (均, 都): it applies to every figure just listed. */
  readonly distributive: boolean;
  readonly previous: { readonly position: number; readonly from: 'top' | 'bottom'; readonly period: string | null } | null;
}

const NUMBER = `(?:\\d+|[${chineseNumeralChars}]+)`;
const ADVERBS = '(?:均|都|也|已|仍|稳|重新|持续|继续|始终|一直|首次|再次|依然)';
const LEADING_DURATION = `(?:(?:连续|时隔)${NUMBER}(?:个)?年)`;
const VERBS = '(?:稳居|位居|位列|名列|跃居|跃升至|跃升到|上升至|上升到|提升至|前移至|升至|排名|排在|居于|居|进入|冲进|跻身|回到|重回|保持|处于|列)';
const SCOPE = `(?:${SCOPES.join('|')})`;
/** Groups at the top, not places: 第一梯队 / 第一方阵 is a band of several, not rank 1. They are tried first. */
const TIERS = '第[一二三]梯队|第[一二三]方阵|第[一二三]阵营|第一集团';
const ORDINAL = `(?:${TIERS}|第(?<nth>${NUMBER})(?:位|名)?|首位|榜首|前(?<top>${NUMBER})(?:位|名|强)?|前列|中上游|中游|上游|领先)`;

const RANK_PATTERN = new RegExp(
  `(?<lead>${LEADING_DURATION}?${ADVERBS}*)(?<verb>${VERBS})?(?<scope>${SCOPE})?(?:的)?(?<dir>倒数|正数)?(?<ordinal>${ORDINAL})`,
  'gu',
);
const LEADS_OVER_PATTERN = new RegExp(`(?<lead>${LEADING_DURATION}?${ADVERBS}*)领先(?<scope>${SCOPE})`, 'gu');

/** 第N followed by these is a name or a sequence (第十四届, 第3批), not a rank. */
const NOT_RANK_AFTER = /^[届次批轮期号季个条章款项家座代大年天梯方阵]/u;
const RISE_VERBS = /^(?:跃升至|跃升到|上升至|上升到|提升至|前移至|升至|跃居)/;
/** How far before an earlier rank its 从 may stand: 从2020年的全国倒数第3位. */
const FROM_REACH = 12;

/** Every rank phrase holds one of these (its ordinal): a sentence without any has none to look for. */
const ORDINAL_CHARS = /[第首榜前游领]/u;

export function scanRanks(sentence: string, periods: readonly PeriodMark[]): RankMark[] {
  if (!ORDINAL_CHARS.test(sentence)) return [];
  const positions: RankMark[] = [];
  for (const match of sentence.matchAll(RANK_PATTERN)) {
    const rank = rankFrom(match, sentence);
    if (rank) positions.push(rank);
  }
  const ranks = [...positions];
  // Both kinds of phrase are found in order and do not overlap among themselves: one pointer finds the
  // position phrase a 领先全国 could overlap.
  let next = 0;
  for (const match of sentence.matchAll(LEADS_OVER_PATTERN)) {
    const start = match.index;
    const lead = match.groups?.lead ?? '';
    const valueStart = start + lead.length;
    while (next < positions.length && (positions[next]?.end ?? Infinity) <= start) {
      countSteps();
      next++;
    }
    if ((positions[next]?.start ?? Infinity) < start + match[0].length) continue;
    ranks.push({
      start, end: start + match[0].length, valueText: '领先', valueStart, valueEnd: valueStart + 2, position: null, value: null,
      from: 'top', scope: match.groups?.scope ?? '', distributive: /[均都]/.test(lead), previous: null,
    });
  }
  return mergePrevious(ranks.sort((a, b) => a.start - b.start), sentence, periods);
}

function rankFrom(match: RegExpMatchArray, sentence: string): RankMark | null {
  const groups = match.groups ?? {};
  const ordinal = groups.ordinal ?? '';
  const verb = groups.verb ?? '';
  const scope = groups.scope ?? '';
  if (verb === '' && scope === '') return null;
  const start = match.index ?? 0;
  const end = start + match[0].length;
  if (groups.nth !== undefined && NOT_RANK_AFTER.test(sentence.slice(end))) return null;
  const valueStart = end - ordinal.length;
  const { valueText, position, value } = readOrdinal(ordinal, groups.nth, groups.top);
  if (valueText === null) return null;
  return {
    start, end, valueText, valueStart, valueEnd: valueStart + valueText.length, position, value,
    from: groups.dir === '倒数' ? 'bottom' : 'top', scope, distributive: /[均都]/.test(groups.lead ?? ''), previous: null,
  };
}

function readOrdinal(ordinal: string, nth: string | undefined, top: string | undefined): { valueText: string | null; position: number | null; value: number | null } {
  if (nth !== undefined) {
    const position = parseIntegerWord(nth);
    return { valueText: position === null ? null : `第${nth}`, position, value: position };
  }
  if (ordinal === '首位' || ordinal === '榜首') return { valueText: ordinal, position: 1, value: 1 };
  if (top !== undefined) {
    const size = parseIntegerWord(top);
    return { valueText: size === null ? null : `前${top}`, position: null, value: size };
  }
  return { valueText: ordinal, position: null, value: null };
}

/**
 * 从2020年的全国倒数第3位跃升至正数第2位: the first ordinal is the earlier rank of the second. The phrase then
 * starts at 从, and the earlier rank's period is the one written inside it.
 */
function mergePrevious(ranks: readonly RankMark[], sentence: string, periods: readonly PeriodMark[]): RankMark[] {
  const merged: RankMark[] = [];
  let nextPeriod = 0;
  for (const rank of ranks) {
    const verbText = sentence.slice(rank.start, rank.valueStart);
    const before = merged[merged.length - 1];
    if (before && RISE_VERBS.test(verbText) && before.end === rank.start && before.position !== null) {
      // 从 is looked for only as far back as it may stand (a search to the sentence start was quadratic).
      const windowStart = Math.max(0, before.start - FROM_REACH);
      const inWindow = sentence.slice(windowStart, before.start).lastIndexOf('从');
      const from = inWindow < 0 ? -1 : windowStart + inWindow;
      countSteps(before.start - windowStart);
      if (from >= 0 && !/[，,；;。]/.test(sentence.slice(from, before.start))) {
        while (nextPeriod < periods.length && (periods[nextPeriod]?.start ?? Infinity) < from) {
          countSteps();
          nextPeriod++;
        }
        const inside = periodWithin(periods, nextPeriod, before.start);
        merged[merged.length - 1] = {
          ...rank,
          start: from,
          scope: rank.scope || before.scope, // 从全国倒数第3位跃升至正数第2位: still a national rank
          previous: { position: before.position, from: before.from, period: inside?.text ?? null },
        };
        continue;
      }
    }
    merged.push(rank);
  }
  return merged;
}

/** The first period (not a base) from index `first` on that ends by `end`. */
function periodWithin(periods: readonly PeriodMark[], first: number, end: number): PeriodMark | undefined {
  for (let i = first; i < periods.length; i++) {
    countSteps();
    const mark = periods[i];
    if (!mark || mark.start >= end) return undefined;
    if (mark.role === 'period' && mark.end <= end) return mark;
  }
  return undefined;
}
