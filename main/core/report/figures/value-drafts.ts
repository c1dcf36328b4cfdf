/**
 * The figure of one value of a sentence: what it measures (label, subject), its kind, period and
 * qualifier, and its relations to the figure before it (a from–to pair, a comparison with the nation).
 */
import type { FigureDraft } from './draft';
import { kindOf } from './kinds';
import { objectLabel, subjectLabel } from './labels';
import { BACK_REFERENCES, GROWTH_HEADS } from './lexicon';
import { meaningOf } from './meanings';
import type { NumberToken } from './numbers';
import type { PeriodMark } from './periods';
import { qualifierOf } from './qualifiers';
import { nextOfList, openList, recordWording } from './respectively';
import type { SentenceState } from './sentence-analysis';
import type { Span } from './sentences';
import { cleanSubject, cleanVerbPhrase } from './subjects';
import { countOfPreviousObject, itemOfBrokenDown, measureOfPreviousItem, membersOfPrevious, ownedByPreviousCount, perPopulationOfPrevious, rateOfPreviousChange, rateOfPreviousEntity, relativeToPrevious } from './previous-figure';
import { topicAt } from './topics';
import type { FigureKind } from '../../../shared/figure';
import { normalise } from './units';
import { readValue, type ValueReading } from './value-reading';
import { countSteps } from './work-meter';

export function addValue(state: SentenceState, token: NumberToken, nextEventStart: number, periods: readonly PeriodMark[]): void {
  const clauseIndex = state.clauseIndexAt(token.start);
  const clause = state.clauses[clauseIndex] ?? { start: 0, end: state.sentence.length };
  const reading = readValue(token, {
    sentence: state.sentence,
    clause,
    segmentStart: state.segmentStart(clauseIndex),
    boundary: Math.min(clause.end, nextEventStart),
    cumulativeFrom: state.cumulativeFrom(clauseIndex),
    periods,
  });
  state.segmentStarts.set(clauseIndex, reading.phraseEnd);

  const previous = state.lastDraft();
  const measured = reading.pattern === 'counted' || reading.pattern === 'described'
    ? measuredByObject(state, clauseIndex, reading)
    : measuredBySubject(state, clauseIndex, reading, previous);
  const { kind, subject, inheritedFrom, sharedVerbs } = measured;
  const label = measured.label === '' || subject === '' ? fallbackLabel(state, clause, reading, measured.label) : measured.label;
  // 比2010年的2.98人减少0.34人: the value right after 比2010年的 is of 2010年, the base of the change after it.
  const baseValue = baseValueOf(state, reading);

  const draft: FigureDraft = {
    id: state.ids.take(),
    kind,
    value: token.value,
    valueText: token.valueText,
    unit: reading.unit.unit,
    normalised: token.form === 'fraction' ? null : normalise(token.valueText, token.value, reading.unit),
    label,
    subject,
    period: baseValue ?? state.carry.at(token.start, reading),
    // 较2020年增长了854.8亿元: 2020年 is what the change is measured from, not when it happened.
    base: baseValue === null ? baseOf(state, reading, kind, periods) : null,
    meaning: meaningOf(token, kind, subject, reading.unit.unit),
    qualifier: qualifierOf({ suffix: reading.suffix, approximate: reading.unit.approximate, verbs: [...reading.verbs, ...sharedVerbs], cumulative: reading.cumulative }),
    derived: false,
    rank: null,
    relations: [],
    valueStart: token.start,
    valueEnd: token.end,
    anchor: token.start,
  };
  linkToPrevious(state, draft, reading, previous, inheritedFrom);
  state.add(draft, { clauseIndex, reading, inheritedFrom });
  patchModifierOnlyObject(state, clauseIndex, draft, reading);
}

/** The period of a value that is the base itself (比2010年的2.98人, 与2010年…的2986542人相比), or null for any other. */
function baseValueOf(state: SentenceState, reading: ValueReading): string | null {
  const { base } = reading;
  if (!base?.basePeriod) return null;
  return reading.comparedWith || state.sentence.slice(base.end, reading.token.start) === '的' ? base.basePeriod : null;
}

/**
 * 较2020年增长了854.8亿元: the base written in the value's words; for a change, else a base that opens the
 * sentence as a clause of its own (与2020年相比，税收收入增加3.1亿元).
 */
function baseOf(state: SentenceState, reading: ValueReading, kind: FigureKind, periods: readonly PeriodMark[]): string | null {
  if (reading.base) return reading.base.basePeriod ? reading.base.text : null;
  const first = periods[0];
  const clause = state.clauses[0];
  if (kind !== 'change' || !first?.basePeriod || !clause || clause.end > reading.token.start) return null;
  const opening = state.sentence.slice(clause.start, clause.end).replace(/[，,]$/u, '').trim();
  return opening === first.text ? first.text : null;
}

interface Measured {
  readonly kind: FigureKind;
  readonly label: string;
  readonly subject: string;
  /** The draft whose subject this value took over, if it had none of its own. */
  readonly inheritedFrom: number | null;
  /** The verbs a value shares with the first of a 分别 list (…分别达到700万吨和50万吨: both 达到). */
  readonly sharedVerbs: readonly string[];
}

/** 建成17条新能源外送通道, 年均1.4%的能耗增速: what is measured is the noun after the value. */
function measuredByObject(state: SentenceState, clauseIndex: number, reading: ValueReading): Measured {
  let verbPhrase = cleanVerbPhrase(reading.before);
  if (verbPhrase === '') verbPhrase = state.clauseVerbs.get(clauseIndex) ?? '';
  else if (!state.clauseVerbs.has(clauseIndex)) state.clauseVerbs.set(clauseIndex, verbPhrase);
  const kind = kindOf(reading, reading.object ?? '');
  return { kind, ...objectLabel(reading, verbPhrase, kind), inheritedFrom: null, sharedVerbs: [] };
}

/**
 * 城镇新增就业累计103.8万人: what is measured is the subject before the value — or, when the clause has
 * none, the next subject of a 分别 list, the figure before (较2020年增长了…), the topic or the section; a value
 * that says something of the figure before (previous-figure.ts) is named after it.
 */
function measuredBySubject(state: SentenceState, clauseIndex: number, reading: ValueReading, previous: FigureDraft | null): Measured {
  let subject = cleanSubject(reading.subjectText);
  let inheritedFrom: number | null = null;
  let sharedVerbs: readonly string[] = [];
  const opened = openList(state, clauseIndex, subject, reading, BACK_REFERENCES.has(subject));
  if (opened !== null) {
    const kind = kindOf(reading, opened);
    const label = subjectLabel(opened, reading, kind);
    recordWording(state, clauseIndex, opened, label, kind);
    return { kind, label, subject: opened, inheritedFrom, sharedVerbs };
  }
  const next = BACK_REFERENCES.has(subject) ? nextOfList(state, clauseIndex) : null;
  if (next && ownChange(reading, next.list.verbs)) {
    // 分别增长4.5%、下降1.8%: a value with a change of its own is said as it is (美国进出口下降), not as the first.
    const kind = kindOf(reading, next.subject);
    return { kind, label: subjectLabel(next.subject, reading, kind), subject: next.subject, inheritedFrom, sharedVerbs };
  }
  if (next) {
    // …分别增长12.5%和15.1%: the next subject, said as the first value's is (旅游收入 + 同比增速).
    const kind = next.list.kind ?? kindOf(reading, next.subject);
    const label = next.list.wording === null ? subjectLabel(next.subject, reading, kind) : `${next.subject}${next.list.wording}`;
    return { kind, label, subject: next.subject, inheritedFrom, sharedVerbs: next.list.verbs };
  }
  const relative = previous ? relativeToPrevious(subject, reading, previous) : null;
  if (previous && relative !== null) {
    return { kind: kindOf(reading, relative.label), label: relative.label, subject: relative.subject, inheritedFrom: previous.id, sharedVerbs };
  }
  const owned = previous
    ? (ownedByPreviousCount(state, subject, reading, previous) ??
      membersOfPrevious(subject, previous) ??
      perPopulationOfPrevious(subject, reading, previous) ??
      measureOfPreviousItem(state, clauseIndex, subject, reading, previous))
    : itemOfBrokenDown(state, subject, reading);
  if (owned !== null) subject = owned;
  const counted = previous ? countOfPreviousObject(state, subject, reading, previous) : null;
  if (counted !== null) {
    const kind = kindOf(reading, counted);
    return { kind, label: subjectLabel(counted, reading, kind), subject: counted, inheritedFrom, sharedVerbs };
  }
  const rangeStart = BACK_REFERENCES.has(subject) && reading.reachesLevel ? openedRange(state, previous) : null;
  if (rangeStart) {
    // 占GDP比重从4.1%提高到5.3%: the level reached is the same measure as the value it started from.
    return { kind: rangeStart.kind, label: rangeStart.label, subject: rangeStart.subject, inheritedFrom: rangeStart.id, sharedVerbs };
  }
  if (BACK_REFERENCES.has(subject) || comparesPreviousGrowth(subject, reading, previous) || changesRate(subject, reading, previous)) {
    // A comparison is about the metric the figure before states (增长7.5%，高于全国… → …年均增长高于全国).
    // So is a change in percentage points right after a rate (增长5.8%，比上年提高0.3个百分点: the growth rate rose;
    // 比重为41.2%，比上年提高1.5个百分点: the share did).
    const compared = (reading.comparison || changesRate(subject, reading, previous)) && previous ? previous.label.replace(/（累计）$/u, '') : null;
    subject = compared ?? previous?.subject ?? topicAt(state.topics, reading.token.start) ?? state.sectionTopic;
    inheritedFrom = previous?.id ?? null;
    // 相继跨越5000万千瓦、6000万千瓦: the next item of a list shares the verb of the first (both 突破).
    if (previous && LIST_CONNECTOR.test(reading.before)) sharedVerbs = state.notes.get(previous.id)?.reading?.verbs ?? [];
  } else {
    const named = previous ? (rateOfPreviousChange(subject, reading, previous) ?? rateOfPreviousEntity(subject, previous)) : null;
    subject = named ?? totalOf(subject, reading) ?? state.withTopic(subject, reading.token.start);
  }
  const kind = kindOf(reading, subject);
  return { kind, label: subjectLabel(subject, reading, kind), subject, inheritedFrom, sharedVerbs };
}

/**
 * 收入总计343.9亿元 / 两项合计12.5亿元: a word of two characters or less says what is summed only with its 总计; the
 * verb stays in the label (收入总计, was 收入). Null for any other subject.
 */
function totalOf(subject: string, reading: ValueReading): string | null {
  if (subject === '' || subject.length > 2) return null;
  const total = reading.verbs.find((verb) => TOTALS.has(verb));
  return total === undefined ? null : `${subject}${total}`;
}

const TOTALS = new Set(['总计', '合计', '共计']);

/**
 * A change in percentage points right after a rate in % (a growth rate or a share), with no subject or with
 * only the word for a share (占…的72.2%，比重较去年同期提升1.1个百分点: the share rose).
 */
function changesRate(subject: string, reading: ValueReading, previous: FigureDraft | null): boolean {
  const unnamed = subject === '' || (SHARE_WORDS.has(subject) && previous?.kind === 'percent');
  return unnamed && reading.changeVerb !== null && reading.unit.unit === '个百分点' && (previous?.kind === 'change' || previous?.kind === 'percent') && previous.unit === '%';
}

const SHARE_WORDS = new Set(['比重', '占比', '比例']);

/** A value of a 分别 list whose own change verb is not the list's (…分别增长4.5%、下降1.8%). */
function ownChange(reading: ValueReading, listVerbs: readonly string[]): boolean {
  return reading.changeVerb !== null && !listVerbs.some((verb) => verb.replace(/了$/u, '') === reading.changeVerb);
}

/**
 * 工业增加值同比增长7.2%，增速高于全国1.3个百分点: a bare growth metric compared with the nation right after a
 * growth is that growth's comparison, like one with no subject at all.
 */
function comparesPreviousGrowth(subject: string, reading: ValueReading, previous: FigureDraft | null): boolean {
  return reading.comparison !== null && previous?.kind === 'change' && GROWTH_HEADS.includes(subject);
}

/** The value before, when it opens a from–to pair (从4.1%…, 由85家…). */
function openedRange(state: SentenceState, previous: FigureDraft | null): FigureDraft | null {
  return previous && state.notes.get(previous.id)?.reading?.opensRange ? previous : null;
}

/** 从0.8个跃升至4.5个: a pair; 比全国高0.6个百分点 / 是全国的1.15倍: a comparison of the figure before. */
function linkToPrevious(state: SentenceState, draft: FigureDraft, reading: ValueReading, previous: FigureDraft | null, inheritedFrom: number | null): void {
  if (!previous || inheritedFrom !== previous.id) return;
  if (reading.reachesLevel && openedRange(state, previous)) {
    previous.relations.push({ type: 'before-after', role: 'before', otherId: draft.id });
    draft.relations.push({ type: 'before-after', role: 'after', otherId: previous.id });
    return;
  }
  const comparison = reading.comparison;
  if (!comparison || comparison.scope !== '全国') return;
  const relation = {
    type: 'vs-nation' as const,
    comparison: comparison.word === '倍' ? ('multiple-of' as const) : /[高快多]/u.test(comparison.word) ? ('higher-by' as const) : ('lower-by' as const),
    nationId: null,
  };
  // Each side names the other, so the value carries the number it is compared by (11万元 → 1.15倍).
  previous.relations.push({ ...relation, byId: draft.id });
  draft.relations.push({ ...relation, ofId: previous.id });
}

/**
 * 投用8个国家级和25个自治区级临床重点专科: the first object is only a modifier (国家级) and shares the head
 * noun of the next one (临床重点专科).
 */
function patchModifierOnlyObject(state: SentenceState, clauseIndex: number, draft: FigureDraft, reading: ValueReading): void {
  const object = reading.pattern === 'counted' ? reading.object : null;
  if (!object) return;
  const pending = state.pendingModifiers.get(clauseIndex) ?? [];
  if (isModifierOnly(object)) {
    pending.push({ draft, modifier: object });
    state.pendingModifiers.set(clauseIndex, pending);
    return;
  }
  // A full object ends the wait: it completes the modifiers before it that share its head, and no later
  // object can be theirs (so each draft waits once, and a long list stays linear).
  countSteps(pending.length);
  for (const { draft: earlier, modifier } of pending) {
    const at = object.indexOf(modifier.slice(-1));
    if (at < 0 || at === object.length - 1) continue;
    const completed = `${modifier}${object.slice(at + 1)}`;
    earlier.label = earlier.label.replace(modifier, completed);
    earlier.subject = earlier.subject.replace(modifier, completed);
  }
  state.pendingModifiers.delete(clauseIndex);
}

/** Nothing but a list connector between two values: 5000万千瓦、6000万千瓦 / 700亿斤和50万吨. */
const LIST_CONNECTOR = /^\s*[、和及与]\s*$/u;

function isModifierOnly(object: string): boolean {
  return object.length <= 4 && /[级型类式性]$/u.test(object);
}

/**
 * A last resort, so that no figure is unlabelled or labelled by its wording alone (增长, 数量): the first
 * clause of the sentence that says something, cleaned and cut short, before the wording.
 */
function fallbackLabel(state: SentenceState, clause: Span, reading: ValueReading, wording: string): string {
  const subject = state.contextClause().slice(0, 8);
  if (subject !== '') return `${subject}${wording}`;
  // Only the first words are kept: reading a window, not the rest of the clause, keeps a long clause linear.
  const window = Math.min(clause.end, reading.phraseEnd + 2 * FALLBACK_LENGTH);
  countSteps(window - reading.phraseEnd);
  const after = cleanSubject(state.sentence.slice(reading.phraseEnd, window));
  return (wording + after).slice(0, FALLBACK_LENGTH) || '数值';
}

const FALLBACK_LENGTH = 14;

