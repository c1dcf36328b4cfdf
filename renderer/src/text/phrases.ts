/**
 * Where a Chinese line may break well. Chinese has no spaces, so a browser breaks a heading or a label
 * between any two characters: 婴幼儿托 / 位数, 内蒙古民生福祉实 / 现. Without a dictionary (the browser's
 * word segmenter splits 托位数 as 托/位/数), the breaks a reader accepts are the ones the text marks itself:
 * - before an opening quote or bracket, after a pause (、，；：。！？), and after a closing quote or bracket
 *   unless a time word that belongs to it follows (“十三五”末, “十四五”以来);
 * - where a number starts after words (每千人口 / 3岁以下), since a number opens a new phrase, unless a
 *   word leads into it (前4年, 第2位, 约60%);
 * - after a bound or span word that closes a phrase (3岁以下 / 婴幼儿, “十四五”以来 / 城镇…);
 * - after 的, which ends a modifier;
 * - in a document's title, after a year and before the words such titles are made of (人民政府, 统计公报 …),
 *   and before 和 / 与 / 及 that join a second year (…执行情况 / 和2025年预算草案).
 * Each phrase is kept whole on its line when it fits (see `Phrases`); only a phrase longer than a whole
 * line still breaks inside.
 */

const opening = '“‘『「《（(【';
const closing = '”’』」》）)】';
const pauses = '，、；：。！？';

/** Words that close a phrase when more words follow. */
const phraseEnds = ['以下', '以上', '以来', '以内', '之间', '期间', '情况', '的'];

/**
 * Words that open a phrase of a report's title (2025年某市 / 人民政府 / 工作报告, 某省 / 2024年 / 国民经济和 /
 * 社会发展 / 统计公报): the long titles of official documents are runs of these, with no mark between them.
 */
const phraseStarts = ['人民政府', '工作报告', '工作总结', '国民经济', '社会发展', '统计公报', '状况公报', '经济运行', '新闻发布会'];

/** Whether `at` falls inside one of those words (国民经济运行: no break before 经济运行). */
function insideTitleWord(text: string, at: number): boolean {
  return phraseStarts.some((word) => {
    const start = text.lastIndexOf(word, at - 1);
    return start >= 0 && start < at && at < start + word.length;
  });
}

/** Characters that lead into the number after them (前4年, 第2位, 约60%, 达到95%): no break there. */
const numberLeads = '前第近约超逾达到至共每均计为占于从由比和与及';

/** Joining words that open the phrase of a second year (…执行情况 / 和2025年预算草案): the break goes before them. */
const yearJoins = '和与及';

/** What follows a quoted period name and belongs to it: “十三五”末, “十四五”以来, “十四五”时期, “十四五”前4年. */
const timeSuffixes = '末初前后以时期间内中';

const isDigit = (ch: string | undefined): boolean => ch !== undefined && /[0-9０-９]/.test(ch);
const isHan = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch);

/** True when a line may break between `text[at - 1]` and `text[at]`. */
function breaksBefore(text: string, at: number): boolean {
  const before = text[at - 1];
  const here = text[at];
  if (before === undefined || here === undefined) return false;
  // Never leave a closing mark or pause at the start of a line, nor an opening one at its end.
  if (closing.includes(here) || pauses.includes(here) || opening.includes(before)) return false;
  if (opening.includes(here) || pauses.includes(before)) return true;
  if (closing.includes(before)) return !timeSuffixes.includes(here);
  if (isDigit(here) && isHan(before)) return !numberLeads.includes(before);
  if (!isHan(here)) return false;
  if (yearJoins.includes(here) && /^\d{4}年/u.test(text.slice(at + 1))) return true;
  // 2025年 / 某市…: a year closes the phrase it dates.
  if (before === '年' && isDigit(text[at - 2])) return true;
  if (phraseStarts.some((word) => text.startsWith(word, at)) && !insideTitleWord(text, at)) return true;
  return phraseEnds.some((word) => text.startsWith(word, at - word.length));
}

/** The text cut into phrases at the breaks above; joined again they give the text unchanged. */
export function splitPhrases(text: string): string[] {
  const phrases: string[] = [];
  let start = 0;
  for (let at = 1; at < text.length; at++) {
    if (!breaksBefore(text, at)) continue;
    phrases.push(text.slice(start, at));
    start = at;
  }
  if (start < text.length) phrases.push(text.slice(start));
  return phrases;
}
