/**
 * Titles for a report that gives none: a press release of plain paragraphs, a part without a headline, a
 * run of paragraphs under no heading. Every part, section and the report itself must carry a title a
 * slide can show (an agenda entry, a part label, a slide title), so the missing ones are read from the text:
 * what each paragraph is about (its first clause that is not a date, a place or a dateline), paragraphs
 * grouped into a few topics where the wording changes most, each topic named after its opening paragraph.
 */
import { withoutSpeakerName } from './conventions';

/** A derived title is short enough to be a slide title. */
const MAX_TITLE = 18;
const MIN_TITLE = 4;

/** Clauses that frame a paragraph rather than say what it is about. */
const FRAMING_START =
  /^(?:本报讯|新华社|记者|据(?:了解|介绍|悉|统计)|近日|日前|目前|当前|今年以来|近年来|近期|同时|此外|另外|其中|总的来看|总体来看|总体上|整体来看|截至|截止|与此同时|在此基础上|据此|对此|为此|由此|主持人|各位|大家|欢迎|下面|谢谢|感谢|请问)/u;
const FRAMING_END = /(?:以来|期间|年底|年末|年初|年来|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|全年|获悉|介绍|表示|了解到)$/u;
const ASKING = /(?:表现|情况)?(?:怎么样|怎样|如何|是什么|有哪些)$/u;
const DATE_START = /^(?:\d{4}年|“十[一二三四五六七八九]五”|\d{1,2}月)/u;
const TOPIC = [/^在(.{2,12})方面$/u, /^从(.{1,8})(?:上|来)?看$/u, /^(?:再看|再说|看)(.{2,8})$/u];
/** Words a subject does not start with: the scope of the whole report. */
const SCOPE_START = /^(?:全区|全省|全市|全县|全州|全盟|全国|我区|我省|我市|我县|各地|各级)/u;
/** Words a subject does not end with: the verb that introduces the number cut off after it. */
const VERB_END = /(?:累计|达到|达|为|超过|突破|实现|完成|保持|稳定在|缩小至|提高到|提高至|增长|增加|下降|降低|同比|比上年|较上年|共|约|近|逾|的|了|和|与|及|在|已|均|分别)$/u;

/** What a paragraph is about, as a short title, or null when no clause of it reads as one. */
export function paragraphSubject(text: string): string | null {
  let topic: string | null = null;
  // 张某某：前三季度，… — a speaker's name in a transcript opens what they say, and titles nothing.
  const clauses = clausesOf(withoutSpeakerName(text)).slice(0, 4);
  for (const clause of clauses) {
    const marked = TOPIC.map((pattern) => pattern.exec(clause)?.[1]).find(Boolean);
    if (marked) {
      topic ??= marked;
      continue;
    }
    if (isFraming(clause)) continue;
    const subject = titleOf(clause);
    if (subject) return subject;
  }
  return topic && topic.length >= 2 ? topic : null;
}

/** A text's clauses, trimmed, the empty ones left out. */
function clausesOf(text: string): string[] {
  return text.split(/[，。；！？：,;!?:]/u).map((clause) => clause.trim()).filter(Boolean);
}

function isFraming(clause: string): boolean {
  if (FRAMING_START.test(clause)) return true;
  if (clause.length <= 12 && (FRAMING_END.test(clause) || DATE_START.test(clause))) return true;
  return /^[（(]记者/u.test(clause);
}

/**
 * Verbs that announce what a release is about (某省统计局发布前三季度全省经济运行数据 is about the data); not
 * 举行 or 召开, whose object is an event (新闻发布会), not what it says.
 */
const ANNOUNCING = /^.{2,12}?(?:发布|公布|通报|印发)(?=.{4,})/u;
const OPENING_PERIOD = /^(?:\d{4}年)?(?:\d{1,2}[—－\-–~～至]\d{1,2}月|\d{1,2}月)(?:份)?/u;

/**
 * A clause as a title: what its announcing verb introduces (发布前三季度…数据 → 前三季度…数据), cut before its
 * first number (a period it opens with is no number), trimmed of scope words and dangling verbs.
 */
function titleOf(clause: string): string | null {
  // 就业形势怎么样: a reporter's question titles its answer by what it asks about.
  let title = clause.replace(SCOPE_START, '').replace(ANNOUNCING, '').replace(ASKING, '');
  // 1—10月全市主要经济指标: a period the title opens with is part of it, not a number to cut before.
  const period = OPENING_PERIOD.exec(title)?.[0].length ?? 0;
  const digit = title.slice(period).search(/[\d０-９]/u);
  if (digit < 0) return title.length >= MIN_TITLE && title.length <= MAX_TITLE && balanced(title) ? title : null;
  title = title.slice(0, period + digit);
  let previous = ''; // a clause cut before its number ends on the verb that led to it: 达到 / 增长 / 累计
  while (previous !== title) {
    previous = title;
    title = title.replace(VERB_END, '').replace(/[“‘「『（(]$/u, '');
  }
  if (title.length < MIN_TITLE || title.length > MAX_TITLE) return null;
  return balanced(title) ? title : null;
}

const LEAD_NUMBER = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}是)/u;

/** A title never shows half a pair of quotes or brackets. */
function balanced(title: string): boolean {
  const count = (pattern: RegExp): number => title.match(pattern)?.length ?? 0;
  return count(/[“「『（(]/gu) === count(/[”」』）)]/gu);
}

/** A title for text that offers no clause of its own: its first clause that is not a date or a dateline, cut short. */
export function fallbackTitle(text: string): string {
  const clauses = clausesOf(text);
  const opening = clauses.find((clause) => !isFraming(clause)) ?? clauses[0] ?? '';
  const cut = opening.length > MAX_TITLE ? `${opening.slice(0, MAX_TITLE - 1)}…` : opening;
  return cut || '正文';
}

/**
 * The short sentence a paragraph opens with when it states its own topic — 工业生产稳中有进。 / 消费市场持续回暖：
 * — the way press releases summarise each paragraph; null when it opens otherwise.
 */
export function leadSentence(text: string): string | null {
  // （一）工业经济提质增效。…: a numbered lead sentence is titled without its number (the slide numbers itself).
  const lead = /^([^，。；！？：,;!?:\d０-９]{4,14})[。：:！]/u.exec(text.trim().replace(LEAD_NUMBER, ''))?.[1];
  if (!lead || isFraming(lead) || !balanced(lead)) return null;
  return lead;
}

/** The title of a run of paragraphs: its opening lead sentence, else the first paragraph's subject, else any later one's, else its opening. */
export function titleOfParagraphs(texts: readonly string[]): string {
  const lead = texts[0] === undefined ? null : leadSentence(texts[0]);
  if (lead) return lead;
  for (const text of texts) {
    const subject = paragraphSubject(text);
    if (subject) return subject;
  }
  return fallbackTitle(texts[0] ?? '');
}

/** Paragraphs per topic, roughly: a press release of 9 paragraphs gives 3 topics. */
const PARAGRAPHS_PER_TOPIC = 3;
const MAX_TOPICS = 6;

/**
 * Consecutive paragraphs grouped into a few topics: where paragraphs open with lead sentences, at those;
 * otherwise the cuts go where two neighbouring paragraphs share the fewest words (character pairs, as Chinese has no spaces), every topic keeping at least two
 * paragraphs. Returns the index where each topic starts (the first is 0).
 */
export function topicStarts(texts: readonly string[]): number[] {
  // Where the release names its topics itself (two paragraphs or more open with a lead sentence), those
  // paragraphs start the topics; what comes before the first of them is a topic of its own.
  const leads = texts.flatMap((text, i) => (leadSentence(text) ? [i] : []));
  if (leads.length >= 2 && leads.length <= MAX_TOPICS * 2) return leads[0] === 0 ? leads : [0, ...leads];
  const topics = Math.min(MAX_TOPICS, Math.floor(texts.length / PARAGRAPHS_PER_TOPIC));
  if (topics <= 1) return [0];
  const pairs = texts.map(characterPairs);
  const candidates = texts
    .map((_, i) => ({ at: i, likeness: i === 0 ? Infinity : likeness(pairs[i - 1], pairs[i]) }))
    .slice(2, texts.length - 1) // a topic keeps at least two paragraphs, the last one too
    .sort((a, b) => a.likeness - b.likeness || a.at - b.at);
  const starts = [0];
  for (const candidate of candidates) {
    if (starts.length === topics) break;
    if (starts.every((start) => Math.abs(start - candidate.at) >= 2)) starts.push(candidate.at);
  }
  return starts.sort((a, b) => a - b);
}

function characterPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  const han = text.replace(/[^\p{Script=Han}A-Za-z]/gu, '');
  for (let i = 0; i + 1 < han.length; i++) pairs.add(han.slice(i, i + 2));
  return pairs;
}

/** Shared character pairs over the smaller set (1: one paragraph's words all recur in the other). */
function likeness(a: Set<string> | undefined, b: Set<string> | undefined): number {
  if (!a || !b || a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared++;
  return shared / Math.min(a.size, b.size);
}
