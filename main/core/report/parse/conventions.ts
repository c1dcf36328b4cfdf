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
