/**
 * Relations between the figures of one sentence that are not found while reading a single value:
 *   - the same metric at two periods is a before/after pair (自2021年经济总量首次突破2万亿元…2024年更是
 *     突破2.6万亿元);
 *   - a comparison with the nation that has no number of its own (城乡居民收入差距缩小至2.26，优于全国
 *     平均水平) qualifies the figure before it.
 */
import type { FigureDraft, RelationDraft } from './draft';
import type { NumberToken } from './numbers';
import type { Span } from './sentences';

export function linkSameMetricPeriods(drafts: readonly FigureDraft[]): void {
  const lastByMetric = new Map<string, FigureDraft>();
  for (const draft of drafts) {
    if (draft.kind === 'rank' || draft.derived) continue;
    const metric = `${draft.label}|${draft.unit}`;
    const earlier = lastByMetric.get(metric);
    lastByMetric.set(metric, draft);
    if (!earlier || !earlier.period || !draft.period || earlier.period === draft.period) continue;
    if (hasPair(earlier) || hasPair(draft)) continue;
    const [before, after] = chronological(earlier, draft);
    before.relations.push({ type: 'before-after', role: 'before', otherId: after.id });
    after.relations.push({ type: 'before-after', role: 'after', otherId: before.id });
  }
}

function hasPair(draft: FigureDraft): boolean {
  return draft.relations.some((relation) => relation.type === 'before-after');
}

/** Orders by the first year in the periods when both have one, else by document order. */
function chronological(first: FigureDraft, second: FigureDraft): [FigureDraft, FigureDraft] {
  const year = (period: string | null): number | null => {
    const match = /(?:19|20)\d{2}/.exec(period ?? '');
    return match ? Number(match[0]) : null;
  };
  const a = year(first.period);
  const b = year(second.period);
  return a !== null && b !== null && b < a ? [second, first] : [first, second];
}

type NationComparison = Extract<RelationDraft, { type: 'vs-nation' }>['comparison'];

const NATION_PHRASES: readonly { pattern: RegExp; comparison: NationComparison }[] = [
  { pattern: /(?:达到或超过|达到或高于|不低于|高于或等于)全国(?:平均水平|平均)?/u, comparison: 'equal-or-above' },
  { pattern: /(?:优于|好于)全国(?:平均水平|平均)?/u, comparison: 'better-than' },
  { pattern: /(?:差于|劣于|落后于|不及)全国(?:平均水平|平均)?/u, comparison: 'worse-than' },
  { pattern: /(?:高于|超过|快于)全国(?:平均水平|平均)?/u, comparison: 'higher-by' },
  { pattern: /(?:低于|慢于)全国(?:平均水平|平均)?/u, comparison: 'lower-by' },
];

/** Clauses, tokens and drafts are all in document order, so one pass over each suffices. */
export function linkNationPhrases(sentence: string, clauses: readonly Span[], drafts: readonly FigureDraft[], tokens: readonly NumberToken[]): void {
  let nextToken = 0;
  let nextDraft = 0;
  let lastDraft: FigureDraft | null = null;
  for (const clause of clauses) {
    while (nextDraft < drafts.length && (drafts[nextDraft]?.valueStart ?? Infinity) < clause.start) lastDraft = drafts[nextDraft++] ?? lastDraft;
    while (nextToken < tokens.length && (tokens[nextToken]?.start ?? Infinity) < clause.start) nextToken++;
    if ((tokens[nextToken]?.start ?? Infinity) < clause.end) continue; // a clause with a value of its own
    const text = sentence.slice(clause.start, clause.end);
    const phrase = NATION_PHRASES.find((candidate) => candidate.pattern.test(text));
    if (phrase && lastDraft && !lastDraft.relations.some((relation) => relation.type === 'vs-nation')) {
      lastDraft.relations.push({ type: 'vs-nation', comparison: phrase.comparison, nationId: null });
    }
  }
}
