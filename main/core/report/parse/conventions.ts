/** The page's conventions: what makes a title, a release's dateline (lead), a slogan and a closing line. */

/** A dateline opens a release: 本报讯（记者…）, 本报呼和浩特1月5日电, 新华社北京…电, ××日报讯. */
const DATELINE = /^(?:本报讯|本报[^，。\s]{0,12}(?:电|讯)|新华社[^，。\s]{0,12}电|[^，。\s]{2,12}(?:日报|晚报|新闻网|网)讯)/;

export function isLeadParagraph(text: string): boolean {
  return DATELINE.test(text);
}

/** The slogan is the text inside the headline's (last) pair of quotes: “四个显著提升”, 『三个持续向好』. */
export function sloganOf(headline: string): string | null {
  const quoted = [...headline.matchAll(/[“"「『‘]([^“”"「」『』‘’]+)[”"」』’]/g)];
  const last = quoted[quoted.length - 1];
  return last?.[1]?.trim() || null;
}

/** The closing is a last, short line with no sentence or clause punctuation: 内蒙古答卷, （完）. */
export function isClosingLine(text: string): boolean {
  return text.length <= 20 && !/[。！？；，、,.!?;:：]/.test(text);
}

/** The page title is a short first line before any heading, not a dateline and not a sentence. */
export function isTitleLine(text: string): boolean {
  return text.length <= 40 && !isLeadParagraph(text) && !/[。！？；]/.test(text);
}

/** A table's or a chart's caption: 表1　2024年主要经济指标, 附表2 …, 图3 …. A caption names what follows; it heads no section. */
export function isCaption(text: string): boolean {
  return CAPTION.test(text.trim());
}

const CAPTION = /^(?:附)?[表图]\s*\d/u;

/** 张某某：前三季度，… — what a speaker says in a transcript, without the name it opens with. */
export function withoutSpeakerName(text: string): string {
  return text.replace(SPEAKER_NAME, '');
}

const SPEAKER_NAME = /^\p{Script=Han}{2,6}[：:]/u;

/**
 * A line under the title that says who issued the report, when and where it was given or whom it addresses,
 * not what it says: 某省统计局 / 2025年2月28日 / 某省统计局 2025年2月28日 / ——2025年1月10日在某市第十七届人民代表
 * 大会第四次会议上 / 某市财政局局长　王某某 / 各位代表： / 现在，我代表市人民政府，向大会报告政府工作，请予审议。 It makes
 * no slide of its own.
 */
export function isByline(text: string): boolean {
  if (OCCASION.test(text) || SALUTATION.test(text) || PROCEDURE.test(text) || (text.length <= 40 && LABELLED_FACT.test(text))) return true;
  if (text.length > 30 || /[。！？；，、,!?;]/u.test(text)) return false;
  const rest = text.replace(DATE, '').trim();
  return rest === '' || ISSUER.test(rest) || OFFICE_AND_NAME.test(rest);
}

/** 各位代表： / 同志们： — whom a speech or a work report addresses. */
const SALUTATION = /^(?:各位(?:代表|委员|同志|领导)(?:[、，,]各位[\p{Script=Han}]{2,4})*|同志们)[：:，,！!]?$/u;
const OCCASION = /^[—─-]{1,2}\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?.{0,40}(?:会议上|大会上|会上|上的讲话|的报告)$/u;
const DATE = /(?:（|\()?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:）|\))?/gu;
const ISSUER = /^[\p{Script=Han}（）()]{2,24}(?:统计局|调查总队|局|厅|委员会|委|办公室|人民政府|政府|中心|研究院|院|署|办)$/u;
/**
 * The sentence that puts a report before an assembly: 现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协
 * 委员提出意见。/ 受市人民政府委托，现将…提请大会审议，…。 It says how the report is given, nothing of what it says.
 */
const PROCEDURE = /^(?:受[\p{Script=Han}]{2,20}委托[，,]|现在[，,]?)?(?:现将|我代表)[^。！？]{4,120}(?:审议|审查)[^。！？]{0,40}。?$/u;
/** 时间：2025年10月20日 / 地点：… / 发布单位：…: when, where and by whom, each under its own label. */
const LABELLED_FACT = /^(?:时间|日期|地点|发布时间|发布日期|发布单位|发布机构|来源|主办单位)\s*[：:]/u;
/** 某市财政局局长　王某某: who gives the report, by office and name. */
const OFFICE_AND_NAME = /^[\p{Script=Han}（）()]{2,24}(?:副)?(?:局长|厅长|主任|部长|省长|市长|县长|区长|主席|书记|署长|院长|行长)[\s\u3000]*\p{Script=Han}{2,4}$/u;
