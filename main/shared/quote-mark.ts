import type { TextSpan } from './deck';
import type { StoredFigure } from './figure';

/**
 * Where a printed figure stands in its quote: its value, with the unit when the unit follows it there
 * (5615.3亿元), so the sentence can show which words the card came from. A derived value has no words.
 */
export function quoteMarkOf(figure: Pick<StoredFigure, 'derived' | 'unit' | 'valueRange' | 'quoteRange' | 'source'>): TextSpan | null {
  if (figure.derived) return null;
  const quote = figure.source.quoteText;
  const start = figure.valueRange.start - figure.quoteRange.start;
  let end = figure.valueRange.end - figure.quoteRange.start;
  if (start < 0 || end > quote.length || start >= end) return null;
  if (figure.unit !== '' && quote.startsWith(figure.unit, end)) end += figure.unit.length;
  return { start, end };
}
