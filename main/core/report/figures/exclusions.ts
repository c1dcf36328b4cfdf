/**
 * Numerals that are not figures: dates and periods (2024年, “十四五”前4年), durations (连续3年, 时隔5年),
 * ranks (read separately), names (PM2.5, 5G, “15分钟健身圈”), ordinals (第十四届), denominators (每10万人)
 * and the population a metric is about (3岁以下婴幼儿, 在全省16个地市中排名, 23个国控断面水质优良比例).
 */
import type { TextMark } from '../../../shared/report';
import { RANGE_DASH } from './lexicon';
import type { NumberToken } from './numbers';
import type { PeriodMark } from './periods';
import type { RankMark } from './ranks';
import type { Span } from './sentences';

export interface ExclusionContext {
  readonly periods: readonly PeriodMark[];
  readonly ranks: readonly RankMark[];
  /** Short quotations: names and slogans. */
  readonly names: readonly Span[];
  /** Sub- and superscripts, in sentence offsets (the 2.5 of PM<sub>2.5</sub>). */
  readonly marks: readonly TextMark[];
}

export type ExclusionReason = 'time' | 'rank' | 'name' | 'markup' | 'code' | 'per' | 'ordinal' | 'duration' | 'population' | 'ratio-term' | 'threshold';

const RATIO_COLON = /[:：∶]/u;
const PER_SLASH = /[/／]/u;

/** Latin units that may follow a value directly (100MW); any other letter makes the value part of a code (5G). */
const LATIN_UNITS = /^(?:km|kWh|kW|MWh|MW|GWh|GW|TWh|kg)(?![A-Za-z])/;
/** A value followed by one of these is a date, a duration or an anniversary (3年, 5个月, 10周年). */
const TIME_AFTER = new RegExp(`^(?:${RANGE_DASH}\\d{1,2})?(?:多|余)?(?:周年|年|个月|月份|月|日|号|时(?!代))`, 'u');
/** 3岁以下婴幼儿, 60岁及以上老年人, 16—59岁人口: an age that selects a population, not a measurement. */
const AGE_SELECTING_POPULATION = new RegExp(`^(?:${RANGE_DASH}\\d{1,3})?岁(?:及以上|以上|以下|至\\d+岁)?[\\p{Script=Han}]`, 'u');
/**
 * 在全省16个地市中排名第3, 23个国控断面水质优良比例达到95.7%: how many there are to rank or to take a share
 * of — the population a rank or a rate is about, not a figure of its own.
 */
const POPULATION_OF_RANK = /^个?[\p{Script=Han}]{1,8}中[，,]?[^。；，]{0,8}?(?:排名|排在|排|位居|居|位列|名列)/u;
const POPULATION_OF_RATE =
  /^个[\p{Script=Han}]{2,20}(?:比例|比重|占比|率)(?:平均)?(?:达到|达|为|是|保持在|保持|稳定在)?(?=\d)|^个[\p{Script=Han}]{1,12}中[，,][^。；，]{0,24}?(?:比例|比重|占比|率)(?:平均)?(?:达到|达|为|是)?(?=\d)/u;
/** 重点监测的45家…旅游景区日均接待游客量是平日的2.3倍: how many an average is taken over, not a figure. */
const POPULATION_OF_AVERAGE = /^(?:家|个|所|座)[\p{Script=Han}\dA-Za-z]{2,24}?(?:日均|平均|人均|户均)[\p{Script=Han}]{1,12}?(?:是|为|达到|达)/u;
/** 41个工业大类行业中，有29个…: the population the next count is taken from. */
const POPULATION_OF_COUNT = /^(?:个|家|项|所|座|条|类)[\p{Script=Han}（）、]{1,12}中[，,]?(?:有|共有)?(?=\d)/u;
/** 其中10亿元以上项目9个: a size that sorts projects or firms into a class, not a figure of its own. */
const THRESHOLD_OF_KIND = /^(?:万|亿|千|百)?(?:元|美元|吨|亩|平方米|千瓦|人)?(?:及)?以上(?:的)?(?:重大|产业|工业|制造业)?(?:项目|企业)/u;
/** “15分钟健身圈” also written without quotes: a distance in time that names a kind of area. */
const TIME_CIRCLE = /^(?:分钟|小时)[\p{Script=Han}]{0,3}圈/u;
/**
 * The number of a table, a chart or an annex: 表1 2024年主要经济指标 (a caption), 附表2, 如图3所示, 见附件1. Not
 * the 1 of 发表1篇论文: 表 and 图 count only opening the sentence or after 附 / 见 / 如 / 详见.
 */
const CAPTION_NUMBER = /(?:^|[见如附]|详见)(?:附件|附表|附图|表|图)$/u;

/** Which reason covers each character of a sentence: one pass over the spans, then O(1) per token. */
export class CoveredSpans {
  private readonly reasons: (ExclusionReason | undefined)[];

  constructor(length: number, context: ExclusionContext) {
    this.reasons = new Array<ExclusionReason | undefined>(length);
    // Later layers win; the order gives the reason reported when spans overlap.
    this.cover(context.marks, 'markup');
    this.cover(context.names, 'name');
    this.cover(context.ranks, 'rank');
    this.cover(context.periods, 'time');
  }

  private cover(spans: readonly Span[], reason: ExclusionReason): void {
    for (const span of spans) this.reasons.fill(reason, span.start, span.end);
  }

  reasonFor(start: number, end: number): ExclusionReason | null {
    for (let i = start; i < end; i++) {
      const reason = this.reasons[i];
      if (reason) return reason;
    }
    return null;
  }
}

export function exclusionReason(sentence: string, token: NumberToken, covered: CoveredSpans): ExclusionReason | null {
  const { start, end } = token;
  const reason = covered.reasonFor(start, end);
  if (reason) return reason;
  if (token.form !== 'decimal' && token.form !== 'fraction') return null; // word numbers stand on their own
  const before = sentence.charAt(start - 1);
  const after = sentence.slice(end);
  if (/[A-Za-z]/.test(before) || (/^[A-Za-z]/.test(after) && !LATIN_UNITS.test(after))) return 'code';
  if (before === '每') return 'per';
  if (before === '第') return 'ordinal';
  if ((before === '表' || before === '图' || before === '件') && CAPTION_NUMBER.test(sentence.slice(0, start))) return 'ordinal';
  // 8.3/10万: the 10万 is the population the rate before is per, part of its unit.
  if (PER_SLASH.test(before) && /\d/u.test(sentence.charAt(start - 2))) return 'per';
  // 生师比为16.2:1: the 1 the ratio is to is no figure (16.2 is, a ratio).
  if (token.valueText === '1' && RATIO_COLON.test(before) && /\d/u.test(sentence.charAt(start - 2))) return 'ratio-term';
  if (TIME_AFTER.test(after)) return 'duration';
  if (AGE_SELECTING_POPULATION.test(after) || TIME_CIRCLE.test(after)) return 'population';
  if (THRESHOLD_OF_KIND.test(after)) return 'threshold';
  if (POPULATION_OF_RANK.test(after) || POPULATION_OF_RATE.test(after) || POPULATION_OF_COUNT.test(after) || POPULATION_OF_AVERAGE.test(after)) return 'population';
  return null;
}
