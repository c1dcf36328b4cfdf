/**
 * Values the report implies but does not print, computed exactly on the written digits:
 *   - an earlier value: 社会消费品零售总额达5615.3亿元，较2020年增长了854.8亿元 → 2020年 4760.5亿元;
 *   - the national value of a comparison: GDP年均增速6.1%，比全国高0.6个百分点 → 全国 5.5%.
 * Only differences are derived (exact on decimals). A relative change (增长12%) would need a division and
 * rounding, and a bound (突破, 以上) makes the result uncertain: neither is derived.
 */
import { addDecimalTexts } from './decimal';
import type { FigureDraft } from './draft';
import type { SentenceState } from './sentence-analysis';
import type { Qualifier } from '../../../shared/figure';
import { normalise, type UnitReading } from './units';

const EXACT_QUALIFIERS = new Set<Qualifier | null>([null, '达到']);
const DECREASES = /下降|降低|减少|缩小|缩短|减产|下跌|降幅|放缓|回落|低|慢|少/u;

export function deriveValues(state: SentenceState): FigureDraft[] {
  const derived: FigureDraft[] = [];
  const byId = new Map(state.drafts.map((draft) => [draft.id, draft]));
  for (const draft of state.drafts) {
    const notes = state.notes.get(draft.id);
    const reading = notes?.reading;
    if (!reading || notes.inheritedFrom === null) continue;
    const level = byId.get(notes.inheritedFrom);
    const levelUnit = level ? state.notes.get(level.id)?.reading?.unit : undefined;
    if (!level || !levelUnit || !EXACT_QUALIFIERS.has(level.qualifier) || !EXACT_QUALIFIERS.has(draft.qualifier)) continue;
    if (reading.base?.basePeriod && reading.changeVerb && draft.kind === 'change' && level.kind !== 'change') {
      const earlier = derive(state, level, levelUnit, draft, DECREASES.test(reading.changeVerb) ? 1 : -1);
      if (earlier) derived.push(asEarlierValue(earlier, level, { start: reading.base.start, end: reading.phraseEnd }, reading.base.basePeriod));
    } else if (reading.pattern === 'gap' && reading.comparison?.scope === '全国') {
      const national = derive(state, level, levelUnit, draft, DECREASES.test(reading.comparison.word) ? 1 : -1);
      if (national) derived.push(asNationalValue(national, level, draft, { start: reading.comparison.start, end: reading.phraseEnd }));
    }
  }
  return derived;
}

/**
 * level ± difference, when their units allow it (亿元 and 亿元, % and 个百分点). Not % and %: a change in %
 * of a value in % is a relative one (收入为预算的101.2%，增长3.5%: 3.5 % of it, not 3.5 points).
 */
function derive(state: SentenceState, level: FigureDraft, levelUnit: UnitReading, difference: FigureDraft, sign: 1 | -1): FigureDraft | null {
  const compatible = (difference.unit === level.unit && level.unit !== '%') || (level.unit === '%' && /百分点$/u.test(difference.unit));
  if (!compatible) return null;
  const valueText = addDecimalTexts(level.valueText, difference.valueText, sign);
  if (valueText === null || valueText.startsWith('-')) return null;
  const value = Number(valueText);
  return {
    ...level,
    id: state.ids.take(),
    value,
    valueText,
    normalised: normalise(valueText, value, levelUnit),
    qualifier: null,
    derived: true,
    rank: null,
    relations: [{ type: 'derived-from', fromIds: [level.id, difference.id], formula: `${level.valueText} ${sign > 0 ? '+' : '−'} ${difference.valueText}` }],
    anchor: difference.valueStart,
  };
}

/** The phrase that implies a derived value (较2020年增长了854.8亿元) stands in for its unprinted value. */
interface Phrase {
  readonly start: number;
  readonly end: number;
}

function asEarlierValue(draft: FigureDraft, level: FigureDraft, phrase: Phrase, basePeriod: string): FigureDraft {
  draft.period = basePeriod;
  draft.valueStart = phrase.start;
  draft.valueEnd = phrase.end;
  draft.relations.push({ type: 'before-after', role: 'before', otherId: level.id });
  if (!level.relations.some((relation) => relation.type === 'before-after')) {
    level.relations.push({ type: 'before-after', role: 'after', otherId: draft.id });
  }
  return draft;
}

function asNationalValue(draft: FigureDraft, compared: FigureDraft, gap: FigureDraft, phrase: Phrase): FigureDraft {
  draft.label = compared.label.startsWith('全国') ? compared.label : `全国${compared.label}`;
  draft.subject = draft.label;
  draft.valueStart = phrase.start;
  draft.valueEnd = phrase.end;
  for (const figure of [compared, gap]) {
    for (const [i, relation] of figure.relations.entries()) {
      if (relation.type === 'vs-nation' && relation.nationId === null) figure.relations[i] = { ...relation, nationId: draft.id };
    }
  }
  return draft;
}
