/**
 * All figures of one sentence. A sentence is the context of its figures: a subject, a period or a topic
 * stated in one clause carries to the following clauses of the same sentence, and never beyond it — which
 * also keeps the analysis linear in the length of the report.
 */
import type { TextMark } from '../../../shared/report';
import { deriveValues } from './derive';
import type { DraftIds, FigureDraft } from './draft';
import { CoveredSpans, exclusionReason } from './exclusions';
import { ELLIPTICAL_STARTS, startsWithAny } from './lexicon';
import { scanNumbers, type NumberToken } from './numbers';
import { PeriodCarry } from './period-carry';
import { scanPeriods, type PeriodMark } from './periods';
import { applyRank } from './rank-drafts';
import { scanRanks, type RankMark } from './ranks';
import { linkNationPhrases, linkSameMetricPeriods } from './relations';
import { bracketedSpans, shortQuotes, splitClauses, type Span } from './sentences';
import { cleanSubject, entityOf, isWholeEntity } from './subjects';
import type { RespectiveList } from './respectively';
import { firstIndexFrom } from './sorted-search';
import { findTopics, topicAt, type TopicMark } from './topics';
import { addValue } from './value-drafts';
import type { ValueReading } from './value-reading';
import { countSteps } from './work-meter';

/** What the analysis knows about a draft beyond the Figure fields. */
export interface DraftNotes {
  readonly clauseIndex: number;
  readonly reading: ValueReading | null;
  /** The draft whose subject this one took over (较2020年增长了… takes 社会消费品零售总额). */
  readonly inheritedFrom: number | null;
}

export class SentenceState {
  readonly drafts: FigureDraft[] = [];
  readonly notes = new Map<number, DraftNotes>();
  /** Per clause: where the words of the next value start (after the previous value's phrase). */
  readonly segmentStarts = new Map<number, number>();
  /** Per clause: the verb of its first counted object (投用8个…和25个…: 投用 for both). */
  readonly clauseVerbs = new Map<number, string>();
  /** Per clause: the 分别 list still waiting for values (粮食和肉类产量分别达到…和…), see respectively.ts. */
  readonly respectively = new Map<number, RespectiveList>();
  /** Per clause: its drafts, in order. */
  readonly clauseDrafts = new Map<number, FigureDraft[]>();
  /**
   * Per clause: drafts whose counted object is only a modifier (国家级 of 8个国家级和25个自治区级…), waiting
   * for the head noun of the next full object.
   */
  readonly pendingModifiers = new Map<number, { draft: FigureDraft; modifier: string }[]>();
  private fallbackContext: string | null = null;
  /** Per clause: where it says 累计, -1 when it does not (searched once per clause, not once per value). */
  private readonly cumulativeStarts = new Map<number, number>();

  constructor(
    readonly sentence: string,
    readonly clauses: readonly Span[],
    readonly topics: readonly TopicMark[],
    readonly carry: PeriodCarry,
    /** Start offsets of every value and rank of the sentence, ascending. */
    private readonly valueStarts: readonly number[],
    readonly ids: DraftIds,
    /** What the section is about (综合经济实力), for a value whose sentence names no subject at all. */
    readonly sectionTopic: string,
    /** What the sentence before measured last, which a sentence opening with 其中 breaks down (SentenceContext). */
    readonly brokenDown: string | null = null,
  ) {}

  /** Index of the clause at `position` (binary search: clauses are in order). */
  clauseIndexAt(position: number): number {
    let low = 0;
    let high = this.clauses.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.clauses[middle]?.start ?? Infinity) <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  cumulativeFrom(clauseIndex: number): number {
    let at = this.cumulativeStarts.get(clauseIndex);
    if (at === undefined) {
      const clause = this.clauses[clauseIndex] ?? { start: 0, end: 0 };
      countSteps(clause.end - clause.start);
      const inClause = this.sentence.slice(clause.start, clause.end).indexOf('累计');
      at = inClause < 0 ? -1 : clause.start + inClause;
      this.cumulativeStarts.set(clauseIndex, at);
    }
    return at;
  }

  /** How many values (and ranks) stand in the clause of `position`, from `position` on (binary search). */
  valuesInClauseFrom(position: number): number {
    const clauseEnd = this.clauses[this.clauseIndexAt(position)]?.end ?? this.sentence.length;
    return firstIndexFrom(this.valueStarts, clauseEnd) - firstIndexFrom(this.valueStarts, position);
  }

  segmentStart(clauseIndex: number): number {
    return this.segmentStarts.get(clauseIndex) ?? this.clauses[clauseIndex]?.start ?? 0;
  }

  lastDraft(): FigureDraft | null {
    return this.drafts[this.drafts.length - 1] ?? null;
  }

  /** The topic for a subject that is only a metric: an explicit one, or the entity of the last figure. */
  topicFor(position: number): string | null {
    const explicit = topicAt(this.topics, position);
    if (explicit) return explicit;
    const last = this.lastDraft();
    if (!last) return null;
    // 地区生产总值…，增速居全国第3位: a subject with no metric head to cut off is the entity itself.
    const statedOfSubject = this.notes.get(last.id)?.reading?.pattern === 'subject';
    return entityOf(last.subject) ?? (statedOfSubject && isWholeEntity(last.subject) ? last.subject : null);
  }

  /** A subject that is only a metric (外送占比, 增长率); short only: 规模以上工业增加值 is a full subject. */
  isElliptical(subject: string): boolean {
    return subject.length <= ELLIPTICAL_MAX_LENGTH && startsWithAny(subject, ELLIPTICAL_STARTS) !== null;
  }

  /** 增速排名 → 投资增速排名 when the sentence is about investment. */
  withTopic(subject: string, position: number): string {
    if (!this.isElliptical(subject)) return subject;
    const topic = this.topicFor(position);
    return topic && !subject.includes(topic) ? `${topic}${subject}` : subject;
  }

  add(draft: FigureDraft, notes: DraftNotes): void {
    this.drafts.push(draft);
    this.notes.set(draft.id, notes);
    const inClause = this.clauseDrafts.get(notes.clauseIndex);
    if (inClause) inClause.push(draft);
    else this.clauseDrafts.set(notes.clauseIndex, [draft]);
  }

  /** The first clause of the sentence that says something without numbers, cleaned (computed once). */
  contextClause(): string {
    if (this.fallbackContext === null) {
      this.fallbackContext = '';
      for (const clause of this.clauses) {
        const text = cleanSubject(this.sentence.slice(clause.start, clause.end));
        if (text !== '' && !/\d/u.test(text)) {
          this.fallbackContext = text;
          break;
        }
      }
    }
    return this.fallbackContext;
  }
}

const ELLIPTICAL_MAX_LENGTH = 6;

type SentenceEvent = { kind: 'value'; token: NumberToken; start: number } | { kind: 'rank'; rank: RankMark; start: number };

/** What a sentence's analysis needs to know of the report around it. */
export interface SentenceContext {
  /** What the section is about (see topics.ts: sectionTopicOf), the last resort for a subject. */
  readonly sectionTopic: string;
  /** The year the report was written in (report-year.ts), to date 今年 and 去年; null when unknown. */
  readonly reportYear: number | null;
  /** The year a bulletin covers (report-year.ts: coveredYearOf), to date 全年 and 年末; null when unknown. */
  readonly coveredYear?: number | null;
  /**
   * The period of a value its sentence gives none before: for a later sentence of a paragraph, the date the
   * paragraph opens with (periods.ts: openingPeriod); else, in a bulletin, the year it covers; else null.
   */
  readonly inheritedPeriod?: PeriodMark | null;
  /**
   * What the sentence before in the paragraph measured last (居民消费价格 of 全省居民消费价格同比上涨0.4%。), for a
   * sentence that breaks it down (其中，城市上涨0.3%); null when there is none.
   */
  readonly brokenDown?: string | null;
}

/** Values and ranks by where they start: the values are in order already, ranks are few. */
function sentenceEvents(tokens: readonly NumberToken[], ranks: readonly RankMark[]): SentenceEvent[] {
  const values = tokens.map((token): SentenceEvent => ({ kind: 'value', token, start: token.start }));
  if (ranks.length === 0) return values;
  return [...values, ...ranks.map((rank): SentenceEvent => ({ kind: 'rank', rank, start: rank.start }))].sort((a, b) => a.start - b.start);
}

/** `marks` are the paragraph's sub/sup marks, in sentence offsets. */
export function analyseSentence(
  sentence: string,
  marks: readonly TextMark[],
  ids: DraftIds,
  { sectionTopic, reportYear, coveredYear = null, inheritedPeriod = null, brokenDown = null }: SentenceContext = { sectionTopic: '', reportYear: null },
): FigureDraft[] {
  const periods = scanPeriods(sentence, reportYear, coveredYear);
  const ranks = scanRanks(sentence, periods);
  const brackets = bracketedSpans(sentence);
  const names = shortQuotes(brackets);
  const covered = new CoveredSpans(sentence.length, { periods, ranks, names, marks });
  const tokens = scanNumbers(sentence).filter((token) => exclusionReason(sentence, token, covered) === null);
  if (tokens.length === 0 && ranks.every((rank) => rank.value === null)) return [];

  const events = sentenceEvents(tokens, ranks);
  const valueStarts = events.map((event) => (event.kind === 'value' ? event.start : event.rank.valueStart));
  // Values alone come in order; a rank's value may stand before its mark. (Sorting allocates, and this runs per sentence.)
  if (ranks.length > 0) valueStarts.sort((a, b) => a - b);
  const clauses = splitClauses(sentence, brackets);
  const state = new SentenceState(sentence, clauses, findTopics(sentence, clauses), new PeriodCarry(sentence, periods, ranks, valueStarts, inheritedPeriod), valueStarts, ids, sectionTopic, brokenDown);

  events.forEach((event, i) => {
    countSteps();
    const next = events[i + 1];
    if (event.kind === 'value') addValue(state, event.token, next?.start ?? sentence.length, periods);
    else applyRank(state, event.rank, periods);
  });
  linkSameMetricPeriods(state.drafts);
  linkNationPhrases(sentence, clauses, state.drafts, tokens);
  return [...state.drafts, ...deriveValues(state)];
}
