/**
 * 分别 lists: one predicate for several subjects, value by value in order.
 *   - 粮食和肉类产量分别达到700万吨和50万吨: the subjects stand before 分别 (粮食产量, 肉类产量);
 *   - 接待游客5.6亿人次、旅游收入6800亿元，同比分别增长12.5%和15.1%: the subjects are the figures just
 *     stated, as many as the values that follow 分别 (and 总数分别达到…: their totals);
 *   - 对欧盟、美国分别进出口…: 分别 stands between the subjects and what they share.
 * The first value opens the list; each next value takes the next subject, with the first's wording (同比增速)
 * and kind, and shares its verbs.
 */
import type { FigureDraft } from './draft';
import { METRIC_HEADS, NEWLY_ADDED, endsWithAny } from './lexicon';
import type { SentenceState } from './sentence-analysis';
import type { FigureKind } from '../../../shared/figure';
import type { ValueReading } from './value-reading';

export interface RespectiveList {
  /** Subjects still waiting for their value. */
  readonly subjects: string[];
  readonly verbs: readonly string[];
  /** What the first value's label adds to its subject (同比增速 of 旅游收入同比增速), once it is known. */
  wording: string | null;
  kind: FigureKind | null;
}

/**
 * The subject of the first value of a 分别 list (and the list opened for the values after it), or null when
 * the value opens none.
 */
export function openList(state: SentenceState, clauseIndex: number, subject: string, reading: ValueReading, backReference: boolean): string | null {
  const subjects = listSubjects(state, subject, reading, backReference);
  if (subjects === null || subjects.length < 2) return null;
  state.respectively.set(clauseIndex, { subjects: subjects.slice(1), verbs: reading.verbs, wording: null, kind: null });
  return subjects[0] ?? null;
}

/** The subjects a value with 分别 shares its predicate among; null when the value has no 分别. */
function listSubjects(state: SentenceState, subject: string, reading: ValueReading, backReference: boolean): string[] | null {
  if (!reading.verbs.includes(RESPECTIVELY)) {
    // 对欧盟、美国分别进出口1680亿元、1320亿元: 分别 between the subjects and what they share.
    const inner = subject.indexOf(RESPECTIVELY);
    if (inner < 0) return null;
    const shared = subject.slice(inner + RESPECTIVELY.length);
    return listItems(subject.slice(0, inner)).map((item) => `${item}${shared}`);
  }
  if (subject === TOTAL) return subjectsJustStated(state, reading).map((stated) => `${stated.replace(NEWLY_ADDED, '')}${TOTAL}`);
  return backReference ? subjectsJustStated(state, reading) : listItems(subject);
}

const RESPECTIVELY = '分别';

/**
 * 新增…企业9家、…企业86家，总数分别达到31家和412家: the totals of the counts just stated, each of all of its
 * kind (not only of the new ones).
 */
const TOTAL = '总数';

/** Once the first value is labelled: what its label adds to its subject, for the values after it. */
export function recordWording(state: SentenceState, clauseIndex: number, subject: string, label: string, kind: FigureKind): void {
  const list = state.respectively.get(clauseIndex);
  if (list && list.wording === null && label.startsWith(subject)) {
    list.wording = label.slice(subject.length);
    list.kind = kind;
  }
}

/** The next subject of the clause's open list, with the first value's wording and verbs; null when none waits. */
export function nextOfList(state: SentenceState, clauseIndex: number): { subject: string; list: RespectiveList } | null {
  const list = state.respectively.get(clauseIndex);
  const subject = list?.subjects.shift();
  return list && subject !== undefined ? { subject, list } : null;
}

/** 同比分别增长12.5%和15.1%: the figures just stated, one per value from here to the end of the clause. */
function subjectsJustStated(state: SentenceState, reading: ValueReading): string[] {
  const count = state.valuesInClauseFrom(reading.token.start);
  const stated: FigureDraft[] = state.drafts.slice(-count);
  return count > 1 && stated.length === count ? stated.map((draft) => draft.subject) : [];
}

/**
 * The items of a subject list, each completed with the metric the last one names:
 * 粮食和肉类产量 → 粮食产量, 肉类产量; 城乡居民收入 → 城镇居民收入, 农村居民收入.
 */
function listItems(subject: string): string[] {
  const pair = PAIRED_GROUPS.exec(subject);
  // 城乡居民人均可支配收入分别达到…和…: 城乡 names two groups in one word, 城镇 and 农村.
  if (pair) return [`城镇${pair[1]}`, `农村${pair[1]}`];
  const items = subject.split(/[、和及与]/u).filter((item) => item !== '');
  const last = items[items.length - 1] ?? '';
  const ordinals = numberedItems(items, last);
  if (ordinals) return ordinals;
  // 城镇、农村居民人均可支配收入: the groups share all that follows the last one's group word.
  const group = GROUP_WORDS.find((word) => last.startsWith(word));
  if (group && items.slice(0, -1).every((item) => GROUP_WORDS.includes(item))) return [...items.slice(0, -1).map((item) => `${item}${last.slice(group.length)}`), last];
  const head = endsWithAny(last, METRIC_HEADS);
  // 企业、研究机构、高等学校经费所占比重: the items share the last one's measure and what follows it (经费所占比重).
  const tail = head === null ? null : sharedTail(last);
  return items.map((item) => (head && !endsWithAny(item, METRIC_HEADS) ? `${item}${tail ?? head}` : item));
}

/** Measures a list's last item may name after its own word (高等学校 + 经费所占比重). */
const SHARED_MEASURES = ['经费', '增加值', '投资', '收入', '支出', '产量', '产值', '零售额', '利润'];

/** The last item's measure and all after it, where the measure follows a word of two characters or more. */
function sharedTail(last: string): string | null {
  for (let at = 2; at < last.length - 1; at++) {
    if (SHARED_MEASURES.some((measure) => last.startsWith(measure, at))) return last.slice(at);
  }
  return null;
}

/** 城乡居民…: the two groups, town and country, as official statistics name them. */
const PAIRED_GROUPS = /^城乡(居民.+)$/u;

/** Words for the groups official statistics compare, which a list names once for all: 城镇、农村居民…. */
const GROUP_WORDS = ['城镇', '城市', '农村', '乡村'];

/** A number an item starts with: 第一, 二, 三. */
const LEADING_NUMBER = /^第?[一二三四五六七八九十]+/u;

/**
 * 第一、二、三产业增加值: numbered items share what follows the last number (产业增加值) and the 第 of the
 * first. Null when the items are not numbers save the last.
 */
function numberedItems(items: readonly string[], last: string): string[] | null {
  const lastNumber = LEADING_NUMBER.exec(last)?.[0];
  if (items.length < 2 || !lastNumber || !items.slice(0, -1).every((item) => LEADING_NUMBER.exec(item)?.[0] === item)) return null;
  const rest = last.slice(lastNumber.length);
  const ordinal = (items[0] ?? '').startsWith('第') ? '第' : '';
  return rest.length < 2 ? null : items.map((item, i) => `${ordinal}${(i === items.length - 1 ? lastNumber : item).replace(/^第/u, '')}${rest}`);
}
