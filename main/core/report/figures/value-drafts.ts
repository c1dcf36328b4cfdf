/**
 * The figure of one value of a sentence: what it measures (label, subject), its kind, period and
 * qualifier, and its relations to the figure before it (a from–to pair, a comparison with the nation).
 */
import type { FigureDraft } from './draft';
import { kindOf } from './kinds';
import { objectLabel, subjectLabel } from './labels';
import { BACK_REFERENCES, METRIC_HEADS, endsWithAny } from './lexicon';
import type { NumberToken } from './numbers';
import type { PeriodMark } from './periods';
import { qualifierOf } from './qualifiers';
import type { SentenceState } from './sentence-analysis';
import type { Span } from './sentences';
import { cleanSubject, cleanVerbPhrase } from './subjects';
import { topicAt } from './topics';
import type { FigureKind } from './types';
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

  const draft: FigureDraft = {
    id: state.ids.take(),
    kind,
    value: token.value,
    valueText: token.valueText,
    unit: reading.unit.unit,
    normalised: token.form === 'fraction' ? null : normalise(token.valueText, token.value, reading.unit),
    label,
    subject,
    period: reading.base?.basePeriod ? reading.base.text : state.carry.at(token.start),
    qualifier: token.form === 'digit-band' ? '以上' : qualifierOf({ suffix: reading.suffix, approximate: reading.unit.approximate, verbs: [...reading.verbs, ...sharedVerbs], cumulative: reading.cumulative }),
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
 * none, the next subject of a 分别 list, the figure before (较2020年增长了…), the topic or the section.
 */
function measuredBySubject(state: SentenceState, clauseIndex: number, reading: ValueReading, previous: FigureDraft | null): Measured {
  let subject = cleanSubject(reading.subjectText);
  let inheritedFrom: number | null = null;
  let sharedVerbs: readonly string[] = [];
  const waiting = state.respectively.get(clauseIndex);
  if (reading.verbs.includes('分别')) {
    const items = listItems(subject);
    if (items.length > 1) {
      subject = items[0] ?? subject;
      state.respectively.set(clauseIndex, { subjects: items.slice(1), verbs: reading.verbs });
    }
  }
  if (BACK_REFERENCES.has(subject) && waiting && waiting.subjects.length > 0) {
    subject = waiting.subjects.shift() ?? subject;
    sharedVerbs = waiting.verbs;
  } else if (BACK_REFERENCES.has(subject)) {
    // A comparison is about the metric the figure before states (增长7.5%，高于全国… → …年均增长高于全国).
    const compared = reading.comparison && previous ? previous.label.replace(/（累计）$/u, '') : null;
    subject = compared ?? previous?.subject ?? topicAt(state.topics, reading.token.start) ?? state.sectionTopic;
    inheritedFrom = previous?.id ?? null;
  } else subject = state.withTopic(subject, reading.token.start);
  const kind = kindOf(reading, subject);
  return { kind, label: subjectLabel(subject, reading, kind), subject, inheritedFrom, sharedVerbs };
}

/** 从0.8个跃升至4.5个: a pair; 比全国高0.6个百分点 / 是全国的1.15倍: a comparison of the figure before. */
function linkToPrevious(state: SentenceState, draft: FigureDraft, reading: ValueReading, previous: FigureDraft | null, inheritedFrom: number | null): void {
  if (!previous || inheritedFrom !== previous.id) return;
  if (reading.reachesLevel && state.notes.get(previous.id)?.reading?.opensRange) {
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
  previous.relations.push({ ...relation });
  draft.relations.push({ ...relation });
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

/**
 * The items of a subject list, each completed with the metric the last one names:
 * 粮食和肉类产量 → 粮食产量, 肉类产量.
 */
function listItems(subject: string): string[] {
  const items = subject.split(/[、和及与]/u).filter((item) => item !== '');
  const head = endsWithAny(items[items.length - 1] ?? '', METRIC_HEADS);
  return items.map((item) => (head && !endsWithAny(item, METRIC_HEADS) ? `${item}${head}` : item));
}

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

