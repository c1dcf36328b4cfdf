import type { StoredFigure } from '../../shared/figure';
import { relatedKeys } from './relations';
import { rankBadge, rankFigureBadge } from './rank-badge';
import { cardsPerSlide } from './split';
import type { FigureCard } from '../../shared/deck';
import { quoteMarkOf } from '../../shared/quote-mark';
import { isCorrected } from '../../shared/figure-corrections';

/**
 * The key-figure cards of one slide. Printed figures each get a card. A derived value (which the report
 * implies but does not print) gets one only to complete a comparison the slide would otherwise lose: it is
 * the other side of a printed card's before/after or national comparison, the slide's chart does not
 * already draw it, and there is room.
 */
export function cardFigures(figures: readonly StoredFigure[], charted: ReadonlySet<string>): StoredFigure[] {
  const ordered = [...figures].sort((a, b) => a.index - b.index);
  const printedKeys = new Set(ordered.filter((f) => !f.derived).map((f) => f.key));
  let room = cardsPerSlide.max - printedKeys.size;
  const completing = new Set<string>();
  for (const [a, b] of comparisonPairs(ordered)) {
    const derivedSide = printedKeys.has(a) ? b : printedKeys.has(b) ? a : null;
    if (derivedSide === null || printedKeys.has(derivedSide) || charted.has(derivedSide) || completing.has(derivedSide)) continue;
    if (room <= 0) break;
    completing.add(derivedSide);
    room--;
  }
  return ordered.filter((f) => printedKeys.has(f.key) || completing.has(f.key));
}

/**
 * Pairs of keys compared on the slide: before/after partners and a value with its national value, whichever
 * side records the relation. A derived-from link is not a comparison (5615.3 − 854.8 explains a value, it
 * does not set two values side by side).
 */
function comparisonPairs(figures: readonly StoredFigure[]): [string, string][] {
  const onSlide = new Set(figures.map((f) => f.key));
  const comparing = (f: StoredFigure) => ({ relations: f.relations.filter((r) => r.type !== 'derived-from') });
  return figures.flatMap((f) =>
    relatedKeys(comparing(f))
      .filter((other) => onSlide.has(other))
      .map((other): [string, string] => [f.key, other]),
  );
}

/** Cards reveal one by one in document order, so `step` is simply the 1-based position. */
export function toCards(figures: readonly StoredFigure[]): FigureCard[] {
  return figures.map((figure, i) => ({
    figureKey: figure.key,
    valueText: figure.valueText,
    value: figure.value,
    unit: figure.unit,
    derived: figure.derived,
    ...(isCorrected(figure) ? { corrected: true } : {}),
    label: figure.label,
    qualifier: figure.qualifier,
    period: figure.period,
    // Figures stored before bases and meanings were read have neither.
    base: figure.base ?? null,
    meaning: figure.meaning ?? null,
    rankBadge: figure.kind === 'rank' ? rankFigureBadge(figure.rank) : rankBadge(figure.rank),
    quote: figure.source.quoteText,
    quoteMark: quoteMarkOf(figure),
    step: i + 1,
  }));
}
