import type { StoredBriefing } from '../../shared/briefing';
import { formatChineseNumeral, parseChineseInteger } from '../../shared/numerals';

/**
 * What the cover says besides the title, all read off the report itself: the region its parts are about,
 * the five-year plan period its title names, and how many fields it covers. Nothing is filled in that the
 * report does not give; each is null when it cannot be read.
 */

/** Province-level names as they open a headline (内蒙古民生福祉…), with the suffixes that may follow them. */
const provinceNames = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃',
  '青海', '宁夏', '新疆', '香港', '澳门', '台湾',
];
const provinceSuffix = /^(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)/;
/** A smaller place named with its administrative suffix: 呼和浩特市, 兴安盟, 鄂尔多斯市. */
const suffixedPlace = /^[\u4e00-\u9fa5]{1,8}?(?:自治州|地区|省|市|盟|州|县|旗)/;

export function longestCommonPrefix(texts: readonly string[]): string {
  const [first, ...rest] = texts;
  if (first === undefined) return '';
  let length = first.length;
  for (const text of rest) {
    let i = 0;
    while (i < length && i < text.length && text[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length);
}

/** The place all part headlines start with, trimmed to the place name; null when they share none. */
export function commonRegion(headlines: readonly string[]): string | null {
  if (headlines.length < 2) return null; // one headline has nothing "in common" to read a region from
  const prefix = longestCommonPrefix(headlines);
  const province = provinceNames.find((name) => prefix.startsWith(name));
  if (province) return province + (provinceSuffix.exec(prefix.slice(province.length))?.[0] ?? '');
  return suffixedPlace.exec(prefix)?.[0] ?? null;
}

export interface FiveYearPlan {
  /** The plan's name as written in the title, e.g. 十四五. */
  readonly name: string;
  readonly ordinal: number;
  readonly startYear: number;
  readonly endYear: number;
}

/**
 * First year of the N-th five-year plan. The first two ran 1953–1962; after the 1963–1965 readjustment the
 * third began in 1966 and every plan since has followed the previous one directly (十四五 → 2021).
 */
export function planStartYear(ordinal: number): number {
  return ordinal <= 2 ? 1953 + 5 * (ordinal - 1) : 1966 + 5 * (ordinal - 3);
}

/** A plan named in quotes (“十四五”) or followed by 规划/时期; the trailing 五 is the "five" of 五年规划. */
const quotedPlan = /[“"「]([一二三四五六七八九十]{1,3})五[”"」]/;
const namedPlan = /([一二三四五六七八九十]{1,3})五(?:规划|时期)/;

export function fiveYearPlanOf(title: string): FiveYearPlan | null {
  const numeral = (quotedPlan.exec(title) ?? namedPlan.exec(title))?.[1];
  const ordinal = numeral === undefined ? null : parseChineseInteger(numeral);
  if (numeral === undefined || ordinal === null || ordinal < 1) return null;
  const startYear = planStartYear(ordinal);
  return { name: `${numeral}五`, ordinal, startYear, endYear: startYear + 4 };
}

/** “十四五”时期（2021—2025年）. */
export function planPeriodText(plan: FiveYearPlan): string {
  return `“${plan.name}”时期（${plan.startYear}—${plan.endYear}年）`;
}

/** What the title says after the plan name (“十四五”成就 → 成就). */
function titleTopic(title: string): string {
  return title.replace(quotedPlan, '').replace(namedPlan, '').trim();
}

/**
 * 三大领域成就: how many parts the report covers, with the title's topic; null for a single part. Two is 两
 * before a measure word, as it is said (两大领域, never 二大领域). Only a title that names a five-year plan and a
 * short topic (“十四五”成就) reads as a summary of fields: any other title would be said again after 两大领域
 * (两大领域某省2024年国民经济和社会发展统计公报), and the cover has none.
 */
export function coverSubtitle(title: string, partCount: number): string | null {
  const count = partCount === 2 ? '两' : partCount > 2 ? formatChineseNumeral(partCount) : null;
  const topic = titleTopic(title);
  if (count === null || topic === title.trim() || topic.length > MAX_TOPIC) return null;
  return `${count}大领域${topic}`;
}

/** A topic short enough to follow 三大领域 (成就, 发展成就, 民生答卷). */
const MAX_TOPIC = 6;

export interface CoverFacts {
  readonly region: string | null;
  readonly period: string | null;
  readonly subtitle: string | null;
}

export function coverFacts(briefing: StoredBriefing): CoverFacts {
  const plan = fiveYearPlanOf(briefing.title);
  return {
    region: commonRegion(briefing.parts.map((part) => part.headline)),
    period: plan ? planPeriodText(plan) : null,
    subtitle: coverSubtitle(briefing.title, briefing.parts.length),
  };
}
