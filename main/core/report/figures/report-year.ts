/**
 * The year a report was written in, where its own text dates it, so that 今年 and 去年 can be given a year
 * (periods.ts). In order of trust:
 *   1. a dateline or full date in a lead, the title or the closing (本报讯 2025年11月20日, …), or a full date
 *      the report's first paragraph opens with (2025年10月22日，某省统计局发布…: a release's date), or the year
 *      a government work report's title names (2025年某市政府工作报告 is given early in 2025);
 *   2. 今年是“十四五”规划收官之年 / 开局之年: the last or first year of a five-year plan;
 *   3. the latest year the report gives a part-year figure for (2025年1—10月, 2025年上半年, 2025年前三季度):
 *      such figures are only published during that year.
 * Anything else (the latest year mentioned, a target year) would guess: 今年 then stays as written.
 */
import type { ReportModel } from '../../../shared/report';
import { parseChineseInteger } from '../../../shared/numerals';
import { RANGE_DASH } from './lexicon';

const FULL_DATE = /((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|((?:19|20)\d{2})[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/u;
const PLAN_YEAR = /今年是[^。；]{0,12}?[“"‘]?十([一二三四五六七八九])五[”"’]?[^。；]{0,8}?(收官|开局|开篇|起步|最后一|第一)/u;
/** 2025年某市政府工作报告: a government work report is given early in the year its title names (its 今年). */
const WORK_REPORT_TITLE = /((?:19|20)\d{2})年[^，。]{0,20}政府工作报告/u;
const PART_YEAR = new RegExp(`((?:19|20)\\d{2})年(?:\\d{1,2}\\s*${RANGE_DASH}\\s*\\d{1,2}月|上半年|前三季度|[一二三]季度|第[一二三]季度)`, 'gu');

export function reportYearOf(report: ReportModel): number | null {
  const framing = [report.title, ...report.parts.map((part) => part.lead?.text ?? ''), report.closing?.text ?? ''];
  for (const text of framing) {
    const date = FULL_DATE.exec(text);
    if (date) return Number(date[1] ?? date[2]);
  }
  const address = WORK_REPORT_TITLE.exec(report.title);
  if (address) return Number(address[1]);
  const body = allParagraphs(report).filter((text) => text !== '');
  const opening = FULL_DATE.exec(body[0] ?? '');
  if (opening?.index === 0) return Number(opening[1] ?? opening[2]);
  for (const text of body) {
    const plan = PLAN_YEAR.exec(text);
    const ordinal = plan ? parseChineseInteger(plan[1] ?? '') : null;
    // 十X五 is the (10+X)-th plan, which starts in 2001 + 5X: the 14th (十四五) runs 2021—2025.
    if (plan && ordinal !== null) return 2001 + 5 * ordinal + (/收官|最后一/u.test(plan[2] ?? '') ? 4 : 0);
  }
  let latest: number | null = null;
  for (const text of body) {
    for (const match of text.matchAll(PART_YEAR)) latest = Math.max(latest ?? 0, Number(match[1]));
  }
  return latest;
}

/**
 * The year a bulletin reports on, as its title names it (2024年某省国民经济和社会发展统计公报, 某省2024年生态环境
 * 状况公报): its 全年 and 年末 are of that year. Null for any other report: a work report's 全年 is the year ahead.
 */
export function coveredYearOf(report: ReportModel): number | null {
  const bulletin = BULLETIN_TITLE.exec(report.title);
  return bulletin ? Number(bulletin[1]) : null;
}

const BULLETIN_TITLE = /((?:19|20)\d{2})年[^，。]{0,30}?公报/u;

function allParagraphs(report: ReportModel): string[] {
  return report.parts.flatMap((part) => [part.lead?.text ?? '', ...part.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))]);
}
