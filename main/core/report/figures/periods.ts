/**
 * Time expressions of a sentence. They are not figures (2024年 is a date, “十四五”前4年 a period), and they
 * give the figures after them their period:
 *   - period:   2024年, 2024年底, 2022—2024年, “十四五”以来, “十三五”末, “十四五”前4年, 5年来, 现在, 今年以来
 *   - duration: 连续3年, 时隔5年 — how long a state lasted; neither a figure nor a period
 *   - base:     较2020年, 比上年, 同比, 环比 — the reference of a change, not the period of the sentence
 *
 * 今年 and 去年 name a year only when the report is dated (report-year.ts): 今年以来 → 2025年以来 in a
 * report of 2025; in an undated one they stay as written.
 */
import { chineseNumeralChars } from '../../../shared/numerals';
import { RANGE_DASH } from './lexicon';
import { withoutSpeakerName } from '../parse/conventions';

export interface PeriodMark {
  readonly start: number;
  readonly end: number;
  /** As written, without a leading preposition: 2021年 (of 自2021年), “十四五”前4年, 较2020年. */
  readonly text: string;
  readonly role: 'period' | 'duration' | 'base';
  /** For a base: the period it refers to (2020年 of 较2020年), null for 同比 and 环比. */
  readonly basePeriod: string | null;
  /**
   * A stretch of time (“十四五”以来, 5年来, 2022—2024年, 今年1—10月) rather than a point (2024年, 2024年底,
   * “十三五”末, 现在): what happened over it has this period, a level reached at its end does not.
   */
  readonly span: boolean;
  /**
   * 从“十三五”末的0.8个 / 从2020年的第3位: the period belongs to the one value right after it, and is not
   * carried to the rest of the sentence.
   */
  readonly scoped: boolean;
}

const N = `(?:\\d+|[${chineseNumeralChars}]+)`;
const YEAR = '(?:19|20)\\d{2}';
const PLAN = `[“"‘]?十[一二三四五六七八九]五[”"’]?`;
const DASH = RANGE_DASH;
const SUB_YEAR = `(?:前(?:\\d{1,2}|[一二三四五六七八九十]{1,2})个月|\\d{1,2}${DASH}\\d{1,2}月|\\d{1,2}月(?:份|底|末)?|年底|年末|底|末|初|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|全年)`;
const PREPOSITION = '(?:自|从|由|于|在)';
/**
 * What a change or a multiple may be measured from: 2020年, 上年, “十三五”末 — and, after 较/比/与, an earlier
 * part of the year (增速比上半年加快, 比一季度, 比上月, 比1—9月回落, 比9月末): the base of the change, not the
 * period of the sentence.
 */
const EARLIER = `${YEAR}年(?:底|末)?|上年(?:同期|末|底)?|去年(?:同期|末|底)?|年初|${PLAN}(?:末|时期|期末)`;
const EARLIER_PART_OF_YEAR = `上半年|前三季度|第?[一二三]季度|上(?:一)?季度|上(?:个)?月|\\d{1,2}${DASH}\\d{1,2}月|\\d{1,2}月(?:份|末|底)?`;
/** Part of a year named without the year (前三季度, 1—10月): of the report's year. Months need no 个 before 月. */
const PART_OF_YEAR = `(?:前(?:\\d{1,2}|[一二三四五六七八九十]{1,2})个月|前三季度|上半年|下半年|第?[一二三四]季度|(?<!\\d)\\d{1,2}${DASH}\\d{1,2}月(?:份)?|(?<!\\d)\\d{1,2}月(?:份|底|末)?)`;
const UNTIL = '(?:截至|截止到|截止)';

interface Rule {
  /**
   * Characters of which every match holds at least one: a sentence with none of them cannot match, and the
   * rule's pattern is not run over it (ten patterns over every sentence of a long report add up).
   */
  readonly needs: RegExp;
  readonly role: PeriodMark['role'];
  readonly pattern: RegExp;
  /** How a period of this rule is dated with the report's year, when it names none of its own. */
  readonly dating?: (text: string, reportYear: number) => string;
  /** How a period of this rule is dated with the year a bulletin covers (report-year.ts: coveredYearOf). */
  readonly coveredDating?: (text: string, coveredYear: number) => string;
}

/** In order of precedence: a base (较2020年) wins over the year inside it. */
const RULES: readonly Rule[] = [
  // 和/同 only with 相比 after the base (和去年相比): 2023年和2024年 is two periods. Every match has a 较, 比 or 与
  // (同比, 环比, 相比 included).
  { needs: /[较比与]/u, role: 'base', pattern: new RegExp(`(?:较|比|与|[和同](?=(?:${EARLIER}|${EARLIER_PART_OF_YEAR})相比))(?<base>${EARLIER}|${EARLIER_PART_OF_YEAR})(?:相比)?|同比|环比`, 'gu') },
  // 恢复至2019年同期的118%: the earlier value a percentage is of.
  { needs: /同期/u, role: 'base', pattern: new RegExp(`(?:恢复至|恢复到|相当于|达到|为|是)(?<base>${YEAR}年同期)(?:水平)?的(?=\\d)`, 'gu') },
  // 是2020年的2.1倍: the earlier value a multiple is of.
  { needs: /[的]/u, role: 'base', pattern: new RegExp(`(?:是|为|相当于)(?<base>${EARLIER})的(?=\\d|[${chineseNumeralChars}]+倍)`, 'gu') },
  { needs: /[连时历长用]/u, role: 'duration', pattern: new RegExp(`(?:连续|时隔|历时|长达|用了|用)${N}(?:个)?(?:年|个月|月|天)(?:时间)?`, 'gu') },
  { needs: /[十]/u, role: 'period', pattern: new RegExp(`${PREPOSITION}?(?:截至|截止到|截止)?${PLAN}(?:开局以来|以来|时期|期间|前${N}年|头${N}年|末期|末|初期|初|中期)`, 'gu') },
  { needs: /[年]/u, role: 'period', pattern: new RegExp(`${PREPOSITION}?${YEAR}\\s*${DASH}\\s*${YEAR}年(?:间|期间)?`, 'gu') },
  { needs: /[年]/u, role: 'period', pattern: new RegExp(`${PREPOSITION}?(?:截至|截止到|截止)?${YEAR}年${SUB_YEAR}?(?:以来)?`, 'gu') },
  // 过去一年 in a report of 2025 (a work report looking back) is 2024年; 过去五年 stays a stretch as written.
  { needs: /[年]/u, role: 'period', pattern: new RegExp(`(?:近|过去|这)${N}年(?:来|间|以来)?|${N}年(?:来|以来)|多年来`, 'gu'), dating: datedPastYear },
  // 上年 is the year before the one the sentence is about, not before the report's: it stays as written.
  { needs: /[年]/u, role: 'period', pattern: new RegExp(`${PREPOSITION}?${UNTIL}?(?:今年|去年|上年)${SUB_YEAR}?(?:以来)?`, 'gu'), dating: datedRelativeYear },
  { needs: /[季半月]/u, role: 'period', pattern: new RegExp(`${PREPOSITION}?${UNTIL}?${PART_OF_YEAR}(?:以来)?`, 'gu'), dating: datedPartOfYear },
  { needs: /[目在前今]/u, role: 'period', pattern: /截至目前|现在|目前|当前|如今|至今/gu },
  // 全年 / 年末 with no year of their own: of the year a bulletin covers (2024年…统计公报), else as written. Not
  // 全年目标 / 全年任务: a target is not a period.
  {
    needs: /全年|年[末底]/u,
    role: 'period',
    pattern: /(?<![\d年今去上明前本当次])(?:全年(?!目标|任务|计划|预算)|年末|年底)/gu,
    coveredDating: (text, coveredYear) => (text === '全年' ? `${coveredYear}年` : `${coveredYear}${text}`),
  },
];

/** A period that is a stretch of time: since, during, the first N years, a range of years or of months. */
const SPAN = new RegExp(`以来|来$|期间|时期|间$|[前头]${N}年|\\d\\s*${DASH}\\s*\\d|上半年|下半年|前三季度|^(?:近|过去|这)${N}年`, 'u');

const LEADING_PREPOSITION = new RegExp(`^${PREPOSITION}`);
const LEADING_UNTIL = new RegExp(`^${UNTIL}`, 'u');

/**
 * `reportYear`: the year the report was written in (report-year.ts), to date 今年, 去年 and a part of a year
 * named without one (前三季度); `coveredYear`: the year a bulletin's title says it covers, to date its 全年 and
 * 年末. Null when unknown, and they stay as written.
 */
export function scanPeriods(sentence: string, reportYear: number | null = null, coveredYear: number | null = null): readonly PeriodMark[] {
  const last = lastScan;
  if (last && last.sentence === sentence && last.reportYear === reportYear && last.coveredYear === coveredYear) return last.marks;
  const marks = scanned(sentence, reportYear, coveredYear);
  lastScan = { sentence, reportYear, coveredYear, marks };
  return marks;
}

/**
 * The last sentence scanned and its marks: a sentence that opens with a date is scanned first to see
 * whether it dates the sentences after it (openingPeriod), then again by its own analysis.
 */
let lastScan: { readonly sentence: string; readonly reportYear: number | null; readonly coveredYear: number | null; readonly marks: readonly PeriodMark[] } | null = null;

function scanned(sentence: string, reportYear: number | null, coveredYear: number | null): PeriodMark[] {
  const taken = clearedTaken(sentence.length);
  const marks: PeriodMark[] = [];
  for (const rule of RULES) {
    if (!rule.needs.test(sentence)) continue;
    for (const match of sentence.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (isTaken(taken, start, end)) continue;
      taken.fill(1, start, end);
      const mark = markFor(rule.role, match, sentence, start, end);
      if (rule.dating && reportYear !== null) marks.push(dated(mark, rule.dating(mark.text, reportYear)));
      else if (rule.coveredDating && coveredYear !== null) marks.push(dated(mark, rule.coveredDating(mark.text, coveredYear)));
      else marks.push(mark);
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

/**
 * Which characters a mark already covers: one buffer for every sentence, cleared for each (allocating a
 * typed array per sentence was about a fifth of this function's time). scanPeriods never runs inside itself.
 */
let takenBuffer = new Uint8Array(512);
function clearedTaken(length: number): Uint8Array {
  if (takenBuffer.length < length) takenBuffer = new Uint8Array(Math.max(length, takenBuffer.length * 2));
  else takenBuffer.fill(0, 0, length);
  return takenBuffer;
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}

function markFor(role: PeriodMark['role'], match: RegExpMatchArray, sentence: string, start: number, end: number): PeriodMark {
  const written = match[0];
  const fromBefore = /[从由]/.test(written.charAt(0)) || /[从由]/.test(sentence.charAt(start - 1));
  const scoped = role === 'period' && fromBefore && sentence.charAt(end) === '的';
  if (role === 'base') {
    return { start, end, text: written, role, basePeriod: match.groups?.base ?? null, span: false, scoped: false };
  }
  const text = written.replace(LEADING_PREPOSITION, '');
  return { start, end, text, role, basePeriod: null, span: role === 'period' && SPAN.test(text), scoped };
}

/**
 * A date a sentence opens with, before a comma (2024年，… / 1—10月，… / 2025年10月末，…): in a release or a
 * work report it dates the rest of the paragraph, so a later sentence that names no period of its own is of it.
 * Only a year, a part of one or a day of the calendar qualifies: a stretch counted back from now (“十四五”以来,
 * 过去五年) is the period of what its own sentence sums up, and a stock taken 截至10月底 is of the totals its
 * sentence states (a later 民营经济贡献了六成以上的税收 is of no month); neither carries.
 */
export function openingPeriod(written: string, reportYear: number | null, coveredYear: number | null = null): PeriodMark | null {
  // 张某某：前三季度，… — in a transcript the speaker's name goes before what is said.
  const sentence = withoutSpeakerName(written);
  if (!OPENS_WITH_DATE.test(sentence)) return null; // most paragraphs: no scan
  const first = scanPeriods(sentence, reportYear, coveredYear)[0];
  if (!first || first.start !== 0 || first.role !== 'period' || !/^[，,]/u.test(sentence.slice(first.end))) return null;
  return CALENDAR_DATE.test(first.text) ? first : null;
}

const DAY_DATE = /\d{1,2}\s*月\s*\d{1,2}\s*[日号]/u;

/**
 * The period a part's or a section's heading names (一、2024年预算执行情况 / 二、2025年预算草案 / 2024年主要经济
 * 指标): the values of its paragraphs that name no period of their own are of it. Only a heading that names
 * one period, a year or a part of one: 2020—2024年发展成就 names a stretch, 2023年和2024年对比 two years. The mark
 * stands at no place in the paragraph's text.
 */
export function headingPeriod(heading: string, reportYear: number | null, coveredYear: number | null = null): PeriodMark | null {
  if (!/\d{4}年|今年|去年/u.test(heading)) return null; // most headings: no scan
  if (DAY_DATE.test(heading)) return null; // 时间：2025年10月20日 dates the document, not what it reports
  const periods = scanPeriods(heading, reportYear, coveredYear).filter((mark) => mark.role === 'period');
  const [only] = periods;
  if (periods.length !== 1 || !only || !CALENDAR_DATE.test(only.text)) return null;
  return { ...only, start: 0, end: 0 };
}

/**
 * The period of a list a colon introduces and ；ends item by item (2025年…主要预期目标是：地区生产总值增长6%左右；
 * 一般公共预算收入增长5%；…。): the items after the first, each a sentence of its own, are of it too. Null when
 * the sentence opens no such list or its introduction names no period.
 */
export function listIntroPeriod(sentence: string, reportYear: number | null, coveredYear: number | null = null): PeriodMark | null {
  if (!sentence.endsWith('；')) return null;
  const colon = sentence.search(/[：:]/u);
  if (colon < 0) return null;
  const introduced = scanPeriods(sentence.slice(0, colon), reportYear, coveredYear).filter((mark) => mark.role === 'period' && !mark.scoped);
  return introduced.at(-1) ?? null;
}

const OPENS_WITH_DATE = new RegExp(
  `^(?:${YEAR}年|\\d{1,2}(?:月|\\s*${DASH})|今年|去年|过去一年|前三季度|前(?:\\d{1,2}|[一二三四五六七八九十]{1,2})个月|[上下]半年|第?[一二三四]季度)`,
  'u',
);
const CALENDAR_DATE = new RegExp(
  `^(?:${YEAR}年|今年|去年)?(?:${SUB_YEAR}|${PART_OF_YEAR}|年底|年末)?$`,
  'u',
);

/** A mark with its dated text; whether it is a stretch is read again (过去一年 is one, 2024年 is not). */
function dated(mark: PeriodMark, text: string): PeriodMark {
  return { ...mark, text, span: mark.role === 'period' && SPAN.test(text) };
}

/** 过去一年 → 2024年 in a report of 2025; any other stretch stays as written. */
function datedPastYear(text: string, reportYear: number): string {
  return /^过去一年$/u.test(text) ? `${reportYear - 1}年` : text;
}

/** 今年以来 → 2025年以来, 截至去年底 → 截至2024年底 in a report of 2025. */
function datedRelativeYear(text: string, reportYear: number): string {
  return text.replace(/今年|去年/u, (relative) => `${relative === '今年' ? reportYear : reportYear - 1}年`);
}

/** 前三季度 → 2025年前三季度, 截至10月底 → 截至2025年10月底 in a report of 2025. */
function datedPartOfYear(text: string, reportYear: number): string {
  const until = LEADING_UNTIL.exec(text)?.[0] ?? '';
  return `${until}${reportYear}年${text.slice(until.length)}`;
}
