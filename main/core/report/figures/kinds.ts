/**
 * The kind of a figure, from its form, unit and construction:
 *   2/3 → fraction; 两位数 → qualitative; 个百分点, 比全国高…, 增长854.8亿元, 增速6.1% → change;
 *   1.15倍, 是全国的…倍, a bare 2.26 → ratio; 90.6%, 九成 → percent; anything else with a unit → amount.
 */
import { GROWTH_HEADS, endsWithAny } from './lexicon';
import type { FigureKind } from '../../../shared/figure';
import type { ValueReading } from './value-reading';

export function kindOf(reading: ValueReading, measured: string): FigureKind {
  const { token, unit } = reading;
  if (token.form === 'fraction') return 'fraction';
  if (token.form === 'digit-band') return 'qualitative';
  if (unit.category === 'points' || reading.pattern === 'gap') return 'change';
  if (reading.pattern === 'multiple' || unit.category === 'multiple') return 'ratio';
  if (reading.changeVerb) return 'change';
  if (endsWithAny(measured, GROWTH_HEADS)) return 'change';
  if (unit.category === 'percent') return 'percent';
  if (unit.category === 'none') return 'ratio';
  return 'amount';
}
