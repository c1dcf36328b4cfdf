/**
 * Reading one value in its sentence: its unit and written bound, the words before it (subject and verbs)
 * and after it (a counted or described object), and the construction it is part of.
 *
 * Constructions, with the label each one leads to (labels.ts):
 *   subject     城镇新增就业累计103.8万人          → the subject before the verbs: 城镇新增就业
 *   counted     建成17条新能源外送通道              → verb + object: 建成新能源外送通道
 *   described   年均1.4%的能耗增速                  → the noun after 的: 年均能耗增速
 *   gap         比全国高0.6个百分点                 → GDP年均增速高于全国
 *   multiple    是全国平均水平的1.15倍              → 人均GDP与全国平均之比
 *   share       外送电量占全国外送电量1/6以上       → 外送电量占全国比重
 */
import { chineseNumeralChars } from '../../../shared/numerals';
import { CHANGE_VERBS, CHANGED_TO_AS, ADVERBS, OBJECT_PREDICATES, VALUE_METAPHORS, VALUE_VERBS, CAPACITY_MARKERS, RANGE_DASH, endsWithAny, startsWithAny, stripTrailing } from './lexicon';
import type { NumberToken } from './numbers';
import type { PeriodMark } from './periods';
import { readQualifierSuffix } from './qualifiers';
import type { Span } from './sentences';
import type { Qualifier } from '../../../shared/figure';
import { withoutEventPlace } from './subjects';
import { readUnit, withSizeClass, type UnitReading } from './units';
import { countSteps } from './work-meter';

export type ValuePattern = 'subject' | 'counted' | 'described' | 'gap' | 'multiple' | 'share';

export interface NationComparison {
  /** 高, 低, 快, 慢, 多, 少 for a gap; 倍 for a multiple. */
  readonly word: string;
  readonly scope: string;
  readonly average: boolean;
  /** Where the comparison phrase starts (比… / 是…), for a derived national value's span. */
  readonly start: number;
}

export interface ValueReading {
  readonly token: NumberToken;
  readonly unit: UnitReading;
  readonly suffix: Qualifier | null;
  /** End of everything this value took: unit, bound and (for a counted or described object) the object. */
  readonly phraseEnd: number;
  readonly pattern: ValuePattern;
  /** The words before the value, periods removed, verbs not yet peeled. */
  readonly before: string;
  /** The subject left once the verbs are peeled off (not yet cleaned). */
  readonly subjectText: string;
  readonly verbs: readonly string[];
  readonly base: PeriodMark | null;
  /** 从0.8个… : the first value of a from–to pair. */
  readonly opensRange: boolean;
  /** 跃升至4.5个, 提高到…, 达到…: the value is a level reached. */
  readonly reachesLevel: boolean;
  /** 缩小至2.26, 增加到4个 (not 达到): the level a change ended at. */
  readonly levelAfterChange: boolean;
  /** 增长, 下降 …: the value is a difference. */
  readonly changeVerb: string | null;
  readonly annual: boolean;
  readonly cumulative: boolean;
  readonly object: string | null;
  readonly predicate: string | null;
  readonly capacity: string | null;
  readonly comparison: NationComparison | null;
  readonly shareScope: string | null;
  /**
   * The value is what the figure before is compared with: 全市常住人口为3215680人，与2010年第六次全国人口普查的
   * 2986542人相比 — the same measure, at the time the frame names.
   */
  readonly comparedWith: boolean;
}

/** Words that may sit between a subject and its value, verbs and adverbs alike, peeled off right to left. */
const VALUE_ZONE = [...new Set([...VALUE_VERBS, ...ADVERBS, '年均', '平均', '以'])].sort((a, b) => b.length - a.length);
const LEVEL_VERB = new RegExp(`[至到]$|^跃居$|^(?:${CHANGED_TO_AS.join('|')})$`, 'u');
/** A level reached by a change (缩小至, 增加到, 跃居), not merely reached (达到). */
const CHANGE_TO_VERB = new RegExp(`^(?!达到$).*[至到]$|^跃居$|^(?:${CHANGED_TO_AS.join('|')})$`, 'u');
const RANGE_END = new RegExp(`^${RANGE_DASH}\\d+(?:\\.\\d+)?`, 'u');
const GAP = /比(全国|全区|全省|全市)(平均水平|平均)?(高出|高|低|快|慢|多|少)了?$/u;
/** 高于全国平均水平2.1个百分点: the same gap, written the other way round. */
const GAP_AFTER = /(高出|高于|低于|快于|慢于|多于|少于)(全国|全区|全省|全市)(平均水平|平均)?$/u;
const MULTIPLE = /(?:是|相当于|为)(全国|全区|全省|全市|平日|平时)(平均水平|平均)?的$/u;
const SHARE = /^(.*?)占(全国|全区|全省|全市|全球|世界)?(.*)$/u;
const NOT_A_SHARE = /占比|占地(?!区|方)|占用|占有/u;
/** 与…的2986542人相比: a value framed by 与 … 相比 is what another is compared with. */
const COMPARED_AFTER = /^(?:相比|相较)/u;
const COMPARED_BEFORE = /(?:^|[，,])\s*(?:与|同|和)[^，,]*的$/u;
/** 地区生产总值比重 / 地区生产总值的比重达到 / 进出口总额的: the whole, the verb before the value left out. */
const SHARE_OF_WHOLE = /^(.{1,12}?)(?:的?(?:比重|比例)|的)(?:达到|达|为|是|约为|保持在|稳定在|提高到|提高至|提升到|提升至|上升到|上升至)?$/u;

/**
 * A text after a value that starts with one of these does not name what the value counts. One-character
 * adverbs that also start nouns (就业, 都市圈, 再生资源, 将士) are left out: 帮助5.2万名就业困难人员.
 */
const NOUN_STARTING_ADVERBS = new Set(['就', '都', '再', '还', '又', '仍', '将']);
const NOT_AN_OBJECT = [
  ...VALUE_VERBS, ...VALUE_METAPHORS, ...OBJECT_PREDICATES, ...CHANGE_VERBS, ...ADVERBS.filter((adverb) => !NOUN_STARTING_ADVERBS.has(adverb)),
  '和', '与', '及', '或', '比', '较', '是', '占', '为', '到', '至', '后', '前', '时', '之', '以', '居', '位居', '左右',
].sort((a, b) => b.length - a.length);
const NOUN_START = /^[\p{Script=Han}A-Za-z“"「『]/u;
/** 5000万千瓦、6000万千瓦【两个台阶】: a count in words after a list sums the list up; it is not what one value counts. */
const LIST_SUMMARY = new RegExp(`^[${chineseNumeralChars}几]+[个项大批座类种条家道]`, 'u');

export interface ReadingContext {
  readonly sentence: string;
  readonly clause: Span;
  /** Where this value's words start: the clause start, or the end of the previous value's phrase in it. */
  readonly segmentStart: number;
  /** Where the words after it end: the clause end or the next value. */
  readonly boundary: number;
  /** Where the clause says 累计 (a running total for every value after it), -1 when it does not. */
  readonly cumulativeFrom: number;
  readonly periods: readonly PeriodMark[];
}

export function readValue(token: NumberToken, context: ReadingContext): ValueReading {
  const { sentence } = context;
  const { unit, sizeClass } = withSizeClass(unitOf(token, sentence), sentence);
  const bound = readQualifierSuffix(sentence, unit.end);
  const { text: before, base } = textWithoutPeriods(sentence, context.segmentStart, token.start, context.periods);
  const cumulative = context.cumulativeFrom >= 0 && context.cumulativeFrom < token.start;

  let remaining = before.trim();
  const opensRange = /[从由]$/u.test(remaining);
  if (opensRange) remaining = remaining.slice(0, -1);

  const gap = readGap(remaining);
  const multiple = MULTIPLE.exec(remaining);
  // Only a text with 占 can be a share: looked for first, it spares most values the pattern and its match.
  const share = !gap && !multiple && remaining.includes('占') && !NOT_A_SHARE.test(remaining) ? SHARE.exec(remaining) : null;
  let comparison: NationComparison | null = null;
  let pattern: ValuePattern = 'subject';
  let shareScope: string | null = null;
  if (gap) {
    comparison = { ...gap.comparison, start: comparisonStart(sentence, token.start, gap.phrase) };
    remaining = remaining.slice(0, remaining.length - gap.phrase.length);
    pattern = 'gap';
  } else if (multiple && ['multiple', 'none', 'percent'].includes(unit.category)) {
    comparison = { word: '倍', scope: multiple[1] ?? '', average: multiple[2] !== undefined, start: comparisonStart(sentence, token.start, multiple[0]) };
    remaining = remaining.slice(0, multiple.index);
    pattern = 'multiple';
  } else if (share) {
    remaining = share[1] ?? '';
    // 占全国…: the scope; 占GDP比重 / 占地区生产总值的比重: the whole it is a share of.
    // 占全市GDP的比重: the scope and the whole.
    shareScope = `${share[2] ?? ''}${SHARE_OF_WHOLE.exec(share[3] ?? '')?.[1] ?? ''}`;
    pattern = 'share';
  }

  const peeled = stripTrailing(remaining, VALUE_ZONE);
  const verbs = peeled.stripped;
  const levelVerb = verbs.some((verb) => LEVEL_VERB.test(verb));
  const changeVerb = levelVerb ? null : (verbs.map((verb) => verb.replace(/了$/, '')).find((verb) => CHANGE_VERBS.includes(verb)) ?? null);

  const afterBound = bound.end;
  // 与 may open the frame, or the base in it (与2010年…的: the base mark holds 与2010年).
  const framed = COMPARED_BEFORE.test(before) || (/^[与同和]/u.test(base?.text ?? '') && /^(?:.*的)?$/u.test(before.trim()));
  const comparedWith = framed && COMPARED_AFTER.test(sentence.slice(afterBound, afterBound + 2));
  // The first value of a range (3至5个物流枢纽) reads its object after the second one.
  const objectBoundary = afterBound > context.boundary ? context.clause.end : context.boundary;
  // A decimal without a unit is not a count of the noun after it (Chinese needs a measure word for that).
  const countsObject = pattern === 'subject' && !comparedWith && token.form !== 'digit-band' && !(token.form === 'decimal' && unit.category === 'none');
  const object = countsObject ? readObject(sentence, afterBound, objectBoundary, sizeClass) : null;
  return {
    token, unit, suffix: bound.qualifier, phraseEnd: object ? object.end : afterBound,
    pattern: object ? object.pattern : pattern,
    before, subjectText: peeled.rest, verbs, base, opensRange, reachesLevel: levelVerb, changeVerb,
    levelAfterChange: verbs.some((verb) => CHANGE_TO_VERB.test(verb)),
    annual: verbs.includes('年均') || /年均$/.test(before), cumulative,
    object: object?.text ?? null, predicate: object?.predicate ?? null,
    capacity: object ? endsWithAny(before.trim(), CAPACITY_MARKERS) : null,
    comparison, shareScope, comparedWith,
  };
}

function readGap(text: string): { phrase: string; comparison: Omit<NationComparison, 'start'> } | null {
  const before = GAP.exec(text);
  if (before) return { phrase: before[0], comparison: { word: before[3] ?? '', scope: before[1] ?? '', average: before[2] !== undefined } };
  const after = GAP_AFTER.exec(text);
  if (after) return { phrase: after[0], comparison: { word: (after[1] ?? '').replace(/[于出]$/u, ''), scope: after[2] ?? '', average: after[3] !== undefined } };
  return null;
}

/**
 * Word numbers carry their unit in themselves: 九成 and 两位数 are shares in %. The first value of a range
 * (3—5个) takes the unit written after the second.
 */
function unitOf(token: NumberToken, sentence: string): UnitReading {
  if (token.form === 'decimal') {
    const range = RANGE_END.exec(sentence.slice(token.end));
    return readUnit(sentence, range ? token.end + range[0].length : token.end);
  }
  if (token.form === 'fraction') return { unit: '', category: 'none', power: 0, base: null, end: token.end, approximate: false };
  return { unit: '%', category: 'percent', power: 0, base: '%', end: token.end, approximate: false };
}

function comparisonStart(sentence: string, valueStart: number, phrase: string): number {
  const at = sentence.lastIndexOf(phrase.slice(0, 2), valueStart);
  return at >= 0 ? at : valueStart;
}

/**
 * The words before a value without the time expressions in them. A removed period takes the 的 after it
 * along (从“十三五”末的0.8个 → 从0.8个), but a leading 从/由 stays: it marks the start of a from–to pair.
 */
export function textWithoutPeriods(sentence: string, from: number, to: number, periods: readonly PeriodMark[]): { text: string; base: PeriodMark | null } {
  let text = '';
  let cursor = from;
  let base: PeriodMark | null = null;
  for (let i = firstEndingAfter(periods, from); i < periods.length; i++) {
    const mark = periods[i];
    countSteps();
    if (!mark || mark.start >= to) break;
    if (mark.end <= from) continue;
    let start = Math.max(mark.start, from);
    if (/[从由]/u.test(sentence.charAt(start))) start++;
    text += sentence.slice(cursor, start);
    cursor = Math.min(mark.end, to);
    if (sentence.charAt(cursor) === '的' && cursor < to) cursor++;
    if (mark.role === 'base') base = mark;
  }
  return { text: text + sentence.slice(cursor, to), base };
}

/** Index of the first mark that ends after `offset` (marks are in order and do not overlap). */
function firstEndingAfter(periods: readonly PeriodMark[], offset: number): number {
  let low = 0;
  let high = periods.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((periods[middle]?.end ?? Infinity) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Verbs that introduce a value: after a counted object, they start the words of the value that follows. */
export const NEXT_VALUE_VERBS = ['共', '累计', '实现', '完成', '接待', '达到', '达', '为', '是'];

interface ObjectReading {
  readonly text: string;
  readonly predicate: string | null;
  readonly end: number;
  readonly pattern: 'counted' | 'described';
}

/**
 * The noun a value counts or describes, when the value is used as a modifier: 17条【新能源外送通道】,
 * 1.4%的【能耗增速】. It ends at the clause, the next value, or a predicate (全线贯通, 支撑 …).
 */
function readObject(sentence: string, from: number, to: number, sizeClass: boolean): ObjectReading | null {
  const described = sizeClass || sentence.charAt(from) === '的';
  const start = sentence.charAt(from) === '的' ? from + 1 : from;
  const text = sentence.slice(start, to);
  if (!NOUN_START.test(text) || startsWithAny(text, NOT_AN_OBJECT) || LIST_SUMMARY.test(text)) return null;
  let noun = text;
  let predicate: string | null = null;
  // 1.2万家规模以上工业企业实现利润总额3200亿元: the words before the next value are its own (实现利润总额), and
  // the object ends where they start.
  const nextValueVerbs = /^[\d０-９]/u.test(sentence.charAt(to)) ? NEXT_VALUE_VERBS : null;
  for (let i = 1; i < text.length; i++) {
    countSteps();
    const rest = text.slice(i);
    if (nextValueVerbs && i >= 2 && startsWithAny(rest, nextValueVerbs)) {
      noun = text.slice(0, i);
      break;
    }
    const found = startsWithAny(rest, OBJECT_PREDICATES);
    if (found) {
      noun = text.slice(0, i);
      predicate = rest;
      break;
    }
  }
  const trimmed = withoutEventPlace(noun).replace(/[和与及或、的等]+$/u, '');
  if (trimmed === '') return null;
  return { text: trimmed, predicate, end: start + noun.length, pattern: described ? 'described' : 'counted' };
}
