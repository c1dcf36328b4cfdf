/**
 * Cleaning the text before a value into the subject it measures:
 *   内蒙古新能源总装机 → 新能源总装机 (the release's own place), 经济总量首次 → 经济总量 (adverbs),
 *   累计完成造林 → 造林 (light verbs), 每千人口拥有3岁以下婴幼儿托位数 → 每千人口3岁以下婴幼儿托位数,
 *   铁、金、锂、锡等 / A、B、C这些关键指标 → the class noun (an enumeration of examples is dropped),
 *   全球最大绿色氢氨项目在赤峰 → 绿色氢氨项目 (superlatives and places of an event).
 */
import {
  ADVERBS, LEADING_ADVERBS, LIGHT_VERBS, METRIC_HEADS, REGION_PREFIXES, SCOPES, SUPERLATIVE_PREFIX, SUPERLATIVE_SUFFIX, VALUE_VERBS,
  endsWithAny, startsWithAny, stripTrailing,
} from './lexicon';

/** What 在 starts as a word of its own (在建, 在校生, 在园幼儿, 在学研究生), not as 在 + a place. */
const IN_WORDS = '(?:[建营运校岗读线册研职用网库轨园]|学(?!校))';
/**
 * Words that join a subject to what came before it (和, 及, 对…) are not part of it, unless they begin a word
 * of their own: 在校生, 在建规模, 对外贸易, 对口支援, 以旧换新, 以工代赈, 和美乡村, 及时率, 与会代表.
 */
const LEADING_CONNECTORS = new RegExp(`^(?:[、，,或的]|(?:再)?加上|减去|相比|相较|和(?![美平谐])|与(?!会)|及(?![时格])|在(?!${IN_WORDS})|以(?![旧工])|对(?![外口标]))+`, 'u');
/** （指大专及以上）, （与地区生产总值之比）: what a word means or how a ratio is taken, said in brackets. */
const DEFINING_NOTE = /（(?:指[^（）]*|与[^（）]{2,16}之比)）/gu;
/** 到2025年达到8000亿元: the 到 of a date (the date is the period) is no subject. */
const TIME_PREPOSITION_ONLY = /^(?:到|至|截至|截止)$/u;
const DURATION_ONLY = /^(?:[一二三四五六七八九十两]{1,3}|\d{1,2})年(?:来|间|里|中)?$/u;
/** 共投入研究与试验发展经费1526.8亿元: the money is the 经费, 投入 only says it was spent. */
const SPENT_ON = /^投入(?=\S{2,}(?:经费|资金)$)/u;
/** 控制在省核定的限额1320亿元以内: what follows 控制在 names the bound, which is what the value is. */
const HELD_WITHIN = /^(?:控制|保持|稳定|维持)在(?=\p{Script=Han}{2})/u;
const TRAILING_PARTICLES = /[的了、，,和与及或]+$/u;
/** 项目在赤峰 / 工船在海门港: a place; not 在建, 在校, 在岗 … which are words (抽水蓄能在建规模). */
const EVENT_PLACE = new RegExp(`在(?!${IN_WORDS})[\\p{Script=Han}]{1,6}$`, 'u');

/** 全球首艘…工船在海门港(交付): where an event took place is not part of the thing. */
export function withoutEventPlace(text: string): string {
  return text.replace(EVENT_PLACE, '');
}
/** 等 after a list (铁、金、锂、锡等), not inside a word (高等学校, 中等职业, 同等, 等级, 一等奖). */
const ENUMERATION_MARKERS = /(?<![高中初同平对均特相超头一二三])等(?![级于同次])|这些|这几项|这几个|这[一二三四五六七八九十\d]+项/gu;
/** Time words inside a subject (中欧班列全年开行…): the figure's period says when, the label says what. */
const TIME_WORDS = /全年|当年|年内/gu;
/** 假期全省A级旅游景区接待游客: the holiday a release is about is its time, not part of what is counted. */
const HOLIDAY = /^(?:(?:国庆|春节|五一|端午|中秋|元旦)?假期(?:内|间|期间)?|(?:节假日|假日|节日)期间)/u;
/**
 * The population a rank or a rate is about (exclusions.ts): 在全省16个地市中 (排名第3) says nothing of what is
 * ranked, 23个 (国控断面水质优良比例) is not part of the metric.
 */
const DIGIT_FIRST = /^\d/u;
const COUNTED_POPULATION = /^(?:在?(?:全省|全国|全市|全区)?\d+个[\p{Script=Han}]{1,8}中$)|^\d+个(?=[\p{Script=Han}]{2,20}(?:比例|比重|占比|率)$)|^\d+(?:家|个|所|座)(?=[\p{Script=Han}\dA-Za-z]{2,24}?(?:日均|平均|人均|户均))/u;
const INNER_LIGHT_VERB = /(?<=\p{Script=Han}{2})(?:完成|实现)(?!的)(?=\p{Script=Han}{2})/u;
const COUNTING_BASIS = /^按(?:可比|现行|不变|现)?(?:口径|价格|价)(?:计算)?/u;
/**
 * 共接待游客 / 共完成: 共 sums up what follows, 计划新建 / 拟建设 says it is planned; not 共享, 共建, 计划总投资 …
 * which are words of their own.
 */
const SUMMED_OR_PLANNED = /^(?:共|计划|拟)(?=接待|完成|实现|建成|新建|新增|发放|举办|开展|培训|引进|签约|帮助|带动|吸引|办理|受理|销售|投入|组织|建设|实施|开工|改造)/u;
/** 电动载人汽车、锂离子蓄电池和太阳能电池“新三样”产品: the items a quoted name then sums up (“新三样”产品). */
const LIST_BEFORE_QUOTED_NAME = /(?:[\p{Script=Han}A-Za-z0-9]{2,12}、)+[\p{Script=Han}A-Za-z0-9]{2,12}(?:和|及|与|、)[\p{Script=Han}A-Za-z0-9]{2,12}(?=“[^”]{1,8}”)/u;
/** Beyond this length a subject is cut to what follows its last 的 (规模以上工业企业的利润总额 → 利润总额). */
const LONG_SUBJECT = 16;
/**
 * 限额以上单位通过公共网络实现的商品零售额: how the amount came about is what sets it apart from the plain
 * 商品零售额, so a long subject keeps it (通过公共网络实现的商品零售额).
 */
const MEANS_CLAUSE = /(?:通过|经由|利用|依托|借助)[^的]{1,10}的[^的]+$/u;

export function cleanSubject(raw: string): string {
  let subject = removeEnumerations(raw.trim()).replace(TIME_WORDS, '').replace(HOLIDAY, '');
  if (subject.includes('“')) subject = subject.replace(LIST_BEFORE_QUOTED_NAME, '');
  // Most subjects have no 拥有: looking for it first spares them the pattern (a hot path of every import).
  // 拥有量 is a noun (每万人口发明专利拥有量), not the verb.
  if (subject.includes('拥有')) subject = subject.replace(/(每[^每，。]{1,8}?)拥有(?!量)/u, '$1');
  // 大学（指大专及以上）文化程度的人口: a note saying what a word means is no part of the label.
  if (subject.includes('（指') || subject.includes('之比）')) subject = subject.replace(DEFINING_NOTE, '');
  // 按可比口径同比增长 / 按现价计算: how the value was counted, not what it measures.
  if (subject.startsWith('按')) subject = subject.replace(COUNTING_BASIS, '');
  let previous = '';
  while (previous !== subject) {
    previous = subject;
    subject = subject.replace(LEADING_CONNECTORS, '').replace(SUMMED_OR_PLANNED, '').replace(HELD_WITHIN, '').replace(SPENT_ON, '');
    subject = stripLeadingWords(subject, REGION_PREFIXES);
    subject = stripLeadingWords(subject, LEADING_ADVERBS);
    subject = stripLeadingWords(subject, LIGHT_VERBS);
    subject = subject.replace(SUPERLATIVE_PREFIX, '');
    subject = stripTrailing(subject, ADVERBS).rest;
    subject = subject.replace(TRAILING_PARTICLES, '');
    subject = withoutEventPlace(subject);
  }
  // Looked for only in a subject with 个 in it or opening with a digit, as every population counted here
  // does; after the scope words (全市23个…) are gone.
  if (subject.includes('个') || DIGIT_FIRST.test(subject)) subject = subject.replace(COUNTED_POPULATION, '');
  if (subject.length > LONG_SUBJECT && subject.includes('的')) {
    subject = MEANS_CLAUSE.exec(subject)?.[0] ?? subject.slice(subject.lastIndexOf('的') + 1);
    // 重点监测的45家…景区日均接待游客量: what follows the 的 may open with the population an average is over.
    if (DIGIT_FIRST.test(subject)) subject = subject.replace(COUNTED_POPULATION, '');
  }
  // 交通运输行业完成固定资产投资 → 交通运输行业固定资产投资: the light verb between who and what says nothing.
  if (subject.includes('完成') || subject.includes('实现')) subject = subject.replace(INNER_LIGHT_VERB, '');
  // 十年共增加229138人: how long it took is no subject; what grew is the figure before's.
  return DURATION_ONLY.test(subject) || TIME_PREPOSITION_ONLY.test(subject) ? '' : subject;
}

/** The verb phrase before a counted object (建成17条…, 精心谋划了10大…): a cleaned subject without copulas. */
export function cleanVerbPhrase(raw: string): string {
  let phrase = cleanSubject(raw);
  let previous = '';
  while (previous !== phrase) {
    previous = phrase;
    phrase = stripTrailing(phrase, VALUE_VERBS).rest;
    phrase = stripTrailing(phrase, SCOPES).rest; // 保障了全国2/3…: 全国 is the denominator, not the subject
    phrase = phrase.replace(SUPERLATIVE_SUFFIX, ''); // 建成全球首艘2000吨级…: 全球首艘 describes the object
    phrase = phrase.replace(TRAILING_PARTICLES, '');
  }
  return phrase;
}

function stripLeadingWords(text: string, words: readonly string[]): string {
  const word = startsWithAny(text, words);
  return word === null ? text : text.slice(word.length);
}

/**
 * Drops an enumeration of examples before 等 / 这些: the first item is taken as long as the second one,
 * since list items are parallel (新发现铁、金、锂、锡等 → 新发现; 钢铁、有色等传统产业 → 传统产业).
 */
export function removeEnumerations(text: string): string {
  if (!text.includes('等') && !text.includes('这')) return text; // every marker holds one of them
  for (const marker of [...text.matchAll(ENUMERATION_MARKERS)].reverse()) {
    const before = text.slice(0, marker.index);
    const items = before.split('、');
    const firstComplete = items[1];
    const first = items[0];
    if (items.length < 2 || first === undefined || firstComplete === undefined || firstComplete === '') continue;
    const start = first.length - Math.min(first.length, firstComplete.length);
    return removeEnumerations(text.slice(0, start) + text.slice(marker.index + marker[0].length));
  }
  return text;
}

/** The entity a subject is about: 煤炭年产量 → 煤炭, 新能源总装机 → 新能源; null when nothing is left. */
export function entityOf(subject: string): string | null {
  const head = endsWithAny(subject, METRIC_HEADS);
  // A one-character head (值, 率) is often part of a longer word (生产总值): no entity can be cut off safely.
  if (!head || head.length < 2) return null;
  const entity = subject.slice(0, subject.length - head.length);
  return entity.length >= 2 ? entity : null;
}

/** A subject with no metric head of two or more characters (地区生产总值, GDP): all of it is the entity. */
export function isWholeEntity(subject: string): boolean {
  return subject.length >= 2 && (endsWithAny(subject, METRIC_HEADS)?.length ?? 0) < 2;
}

/** Visible length of a label: quotes and brackets do not count. */
export function visibleLength(label: string): number {
  return label.replace(/[“”‘’「」『』"（）()、]/gu, '').length;
}

const MAX_LABEL_LENGTH = 14;
const COUNT_WORD = '数量';

/**
 * A long label drops its trailing 数量 first (the unit, 家 or 个, says it is a count), then its quoted
 * modifiers: 新增国家级专精特新“小巨人”企业数量 → 新增国家级专精特新“小巨人”企业 (the quoted name is the kind of
 * firm), “四横十二纵”综合交通主骨架建成率 → 综合交通主骨架建成率.
 */
export function shortenLabel(label: string): string {
  if (visibleLength(label) <= MAX_LABEL_LENGTH) return label;
  const withoutCountWord = label.endsWith(COUNT_WORD) ? label.slice(0, -COUNT_WORD.length) : label;
  if (visibleLength(withoutCountWord) <= MAX_LABEL_LENGTH) return withoutCountWord;
  const withoutQuoted = label.replace(/[“"『「][^”"』」]{1,12}[”"』」]/gu, '');
  return withoutQuoted.length >= 4 ? withoutQuoted : label;
}
