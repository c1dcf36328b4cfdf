/**
 * What a rank phrase becomes:
 *   - with no subject of its own, it ranks the figure just stated (电力外送能力达到7500万千瓦，居全国第一位),
 *     or with 均/都 every figure of the clause before (造林…、种草…、防沙治沙…，规模均居全国首位);
 *   - a band without a number (增长率全国领先, 重新回到全国中游) also qualifies the figure before it;
 *   - with its own subject and a number, it is a figure of its own (牛奶、牛羊肉产量均居全国首位 →
 *     牛奶、牛羊肉产量排名 首位; 增速排名从…倒数第3位跃升至正数第2位 → 投资增速排名 第2).
 */
import type { FigureDraft } from './draft';
import { BACK_REFERENCES, GROWTH_HEADS, SHARE_HEADS, endsWithAny, startsWithAny } from './lexicon';
import type { PeriodMark } from './periods';
import type { RankMark } from './ranks';
import type { SentenceState } from './sentence-analysis';
import { cleanSubject, visibleLength } from './subjects';
import type { FigureRank } from '../../../shared/figure';
import { textWithoutPeriods } from './value-reading';
import { countSteps } from './work-meter';

export function applyRank(state: SentenceState, rank: RankMark, periods: readonly PeriodMark[]): void {
  const clauseIndex = state.clauseIndexAt(rank.start);
  const segmentStart = state.segmentStart(clauseIndex);
  const subject = cleanSubject(textWithoutPeriods(state.sentence, segmentStart, rank.start, periods).text);
  state.segmentStarts.set(clauseIndex, rank.end);
  const phrase = state.sentence.slice(rank.start, rank.end);

  if (BACK_REFERENCES.has(subject)) {
    // 进出口总值1.02万亿元，同比增长8.6%，…，规模位列全国第7位: the size ranked is the amount, not its growth.
    const size = SIZE_WORDS.has(subject) && !rank.distributive ? state.drafts.findLast((draft) => draft.kind === 'amount') : undefined;
    for (const target of size ? [size] : rankedFigures(state, rank, clauseIndex)) target.rank ??= figureRank(rank, phrase);
    return;
  }
  if (rank.value === null) {
    // 规模全国领先 after a figure qualifies it; 算力规模领先全国 is about something else and has no number.
    const last = state.lastDraft();
    if (last && state.isElliptical(subject) && ranksWhatIsMeasured(subject, last)) last.rank ??= figureRank(rank, `${subject}${phrase}`);
    return;
  }
  const measured = state.withTopic(subject, rank.start);
  const draft: FigureDraft = {
    id: state.ids.take(),
    kind: 'rank',
    value: rank.value,
    valueText: rank.valueText,
    unit: '',
    normalised: null,
    label: rankLabel(measured),
    subject: measured,
    period: state.carry.at(rank.valueStart),
    base: null,
    meaning: null,
    qualifier: null,
    derived: false,
    rank: figureRank(rank, phrase),
    relations: [],
    valueStart: rank.valueStart,
    valueEnd: rank.valueEnd,
    anchor: rank.valueStart,
  };
  state.add(draft, { clauseIndex, reading: null, inheritedFrom: null });
}

const SIZE_WORDS = new Set(['规模', '总量']);

/** The figures a rank without a subject applies to: all of the previous clause's with 均/都, else the last. */
function rankedFigures(state: SentenceState, rank: RankMark, clauseIndex: number): FigureDraft[] {
  const last = state.lastDraft();
  if (!last) return [];
  if (!rank.distributive) return [rateChangedBy(state, last) ?? last];
  const lastClause = state.notes.get(last.id)?.clauseIndex;
  const inClause = lastClause === undefined || lastClause > clauseIndex ? [] : (state.clauseDrafts.get(lastClause) ?? []);
  countSteps(inClause.length);
  return inClause.length > 0 ? [...inClause] : [last];
}

/**
 * The rate a change in percentage points is of, when the figure before states it (优良天数比例为88.6%，同比上升
 * 2.3个百分点，排名第3): a rank is of the rate, not of how much it rose.
 */
function rateChangedBy(state: SentenceState, last: FigureDraft): FigureDraft | null {
  if (last.kind !== 'change' || last.unit !== '个百分点') return null;
  const of = state.notes.get(last.id)?.inheritedFrom ?? null;
  return of === null ? null : (state.drafts.find((draft) => draft.id === of) ?? null);
}

/**
 * Whether a metric without its entity (增长率, 占比, 规模) names what the figure before measures. 托位数…4.5个，
 * 增长率全国领先: the lead is the growth's, for which the report gives no number, not the level's.
 */
function ranksWhatIsMeasured(metric: string, figure: FigureDraft): boolean {
  if (startsWithAny(metric, GROWTH_HEADS)) return figure.kind === 'change' || figure.kind === 'qualitative' || endsWithAny(figure.label, GROWTH_HEADS) !== null;
  if (startsWithAny(metric, SHARE_HEADS)) return figure.kind === 'percent' || figure.kind === 'fraction';
  return true;
}

function figureRank(rank: RankMark, text: string): FigureRank {
  return { scope: rank.scope, position: rank.position, from: rank.from, text, previous: rank.previous };
}

/** 牛奶、牛羊肉产量 → 牛奶、牛羊肉产量排名, unless the label already says so or would get too long. */
function rankLabel(measured: string): string {
  if (/排名|位次|排位/u.test(measured) || visibleLength(measured) > 12) return measured;
  return `${measured}排名`;
}
