/**
 * Which period a value has: the latest period stated before it in its sentence ("a period stated earlier in
 * the same sentence carries to later clauses"), except
 *   - a scoped period (从“十三五”末的0.8个) belongs only to the value right after it;
 *   - the period inside an earlier rank (从2020年的倒数第3位跃升至…) belongs to that earlier rank;
 *   - the first value of a from–to pair (2024年，园区由3个增加到4个) is not at the sentence's time: only a
 *     period scoped to it is its own;
 *   - a stretch of time (“十四五”以来, 5年来) is the period of what happened over it (累计103.8万人, 年均增长),
 *     not of a level reached at its end (“十四五”以来…收入差距缩小至2.26);
 *   - a value before any period of its sentence has the date its paragraph opens with (2024年，…。一般公共预算
 *     收入完成18.6亿元: 2024年), when the paragraph opens with one (periods.ts: openingPeriod), else in a
 *     bulletin the year it covers (2024年…统计公报);
 *   - periods listed for the values of a 分别 (2023年和2024年…分别为1.1万家和1.2万家) go one to each value, in
 *     order.
 *
 * Lookups are binary searches over marks prepared once per sentence, so a sentence of any length costs
 * O(log n) per value (a walk back over earlier periods made long sentences quadratic).
 */
import type { PeriodMark } from './periods';
import type { RankMark } from './ranks';
import { firstIndexFrom } from './sorted-search';
import { countSteps } from './work-meter';

/** How a value is stated, as far as its period is concerned. */
export interface PeriodedValue {
  /** 由3个… / 从58.2%…: the first value of a from–to pair. */
  readonly opensRange: boolean;
  /** 增加到4个, 缩小至2.26: the level a change ended at. */
  readonly levelAfterChange: boolean;
}

export class PeriodCarry {
  /** Periods that carry to every later value of the sentence, in order. */
  private readonly carried: readonly PeriodMark[];
  /** Periods that belong only to the value right after them (从“十三五”末的0.8个), in order. */
  private readonly scoped: readonly PeriodMark[];
  /** Lists of periods (2023年和2024年, 2022年、2023年和2024年), by their last period. */
  private readonly lists: ReadonlyMap<PeriodMark, readonly PeriodMark[]>;

  constructor(
    private readonly sentence: string,
    periods: readonly PeriodMark[],
    ranks: readonly RankMark[],
    /** Start offsets of every value and rank of the sentence, ascending. */
    private readonly valueStarts: readonly number[],
    /** The period of a value before any of the sentence's own (sentence-analysis.ts: SentenceContext.inheritedPeriod). */
    private readonly inheritedPeriod: PeriodMark | null = null,
  ) {
    const ownedByRanks = periodsInsideEarlierRanks(periods, ranks);
    const timed = periods.filter((mark) => mark.role === 'period' && !ownedByRanks.has(mark));
    this.carried = timed.filter((mark) => !mark.scoped);
    this.scoped = timed.filter((mark) => mark.scoped);
    this.lists = periodLists(sentence, this.carried);
  }

  /** The period of the value (or rank) at `position`, as written (or resolved, see periods.ts). */
  at(position: number, value: PeriodedValue = { opensRange: false, levelAfterChange: false }): string | null {
    return this.markAt(position, value)?.text ?? null;
  }

  private markAt(position: number, value: PeriodedValue): PeriodMark | null {
    const scoped = this.scoped[lastEndingBy(this.scoped, position)] ?? null;
    // A scoped period is the value's only when no other value stands between them.
    const own = scoped && this.firstValueFrom(scoped.end) >= position ? scoped : null;
    if (value.opensRange) return own;
    const carried = this.carried[lastEndingBy(this.carried, position)] ?? null;
    // An inherited period stands before the whole sentence (its offsets are another sentence's): the
    // sentence's own periods come first.
    const latest = own && (!carried || own.start > carried.start) ? own : (carried ?? this.inheritedPeriod);
    if (latest && latest !== own && latest.span && value.levelAfterChange) return null;
    return (latest && latest !== own && this.respectiveOf(latest, position)) || latest;
  }

  /** The period of a list that goes to the value at `position`, when a 分别 after the list shares them out. */
  private respectiveOf(last: PeriodMark, position: number): PeriodMark | null {
    const list = this.lists.get(last);
    if (!list) return null;
    const respectively = this.sentence.indexOf('分别', last.end);
    if (respectively < 0 || respectively >= position) return null;
    const nth = firstIndexFrom(this.valueStarts, position) - firstIndexFrom(this.valueStarts, respectively);
    return list[nth] ?? null;
  }

  private firstValueFrom(offset: number): number {
    return this.valueStarts[firstIndexFrom(this.valueStarts, offset)] ?? Infinity;
  }
}

/** Periods joined by 和、及、与 or an enumeration comma, each list by its last period. */
function periodLists(sentence: string, marks: readonly PeriodMark[]): ReadonlyMap<PeriodMark, readonly PeriodMark[]> {
  if (marks.length < 2) return NO_LISTS; // most sentences: no map made
  const lists = new Map<PeriodMark, PeriodMark[]>();
  let run: PeriodMark[] = [];
  marks.forEach((mark, i) => {
    const previous = marks[i - 1];
    run = previous && LIST_JOINER.test(sentence.slice(previous.end, mark.start)) ? [...run, mark] : [mark];
    if (run.length > 1) lists.set(mark, run);
  });
  return lists;
}

const LIST_JOINER = /^[和及与、]$/u;
const NO_LISTS: ReadonlyMap<PeriodMark, readonly PeriodMark[]> = new Map();

/** Index of the last mark that ends by `position` (marks are in order and do not overlap), or -1. */
function lastEndingBy(marks: readonly PeriodMark[], position: number): number {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    countSteps();
    const middle = (low + high) >> 1;
    if ((marks[middle]?.end ?? Infinity) <= position) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** 从2020年的全国倒数第3位跃升至正数第2位: 2020年 is the earlier rank's. One pass over both lists, in order. */
function periodsInsideEarlierRanks(periods: readonly PeriodMark[], ranks: readonly RankMark[]): Set<PeriodMark> {
  const owned = new Set<PeriodMark>();
  const rises = ranks.filter((rank) => rank.previous !== null);
  let next = 0;
  for (const mark of periods) {
    countSteps();
    while (next < rises.length && (rises[next]?.valueStart ?? Infinity) < mark.end) next++;
    const rank = rises[next];
    if (rank && mark.start >= rank.start) owned.add(mark);
  }
  return owned;
}
