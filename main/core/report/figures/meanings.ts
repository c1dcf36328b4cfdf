/**
 * What a value means where its text does not say it (see FigureMeaning in types.ts):
 *   - 保持两位数增长: a growth of at least 10 % (三位数: 100 %), stated as a band, not as 10%以上;
 *   - 城乡居民收入差距缩小至2.26, 城乡收入比为2.5: urban to rural, 城镇:农村 = 2.26:1 — a unitless ratio whose
 *     terms the subject names (城乡 …, or 甲与乙之比).
 */
import type { NumberToken } from './numbers';
import type { FigureKind, FigureMeaning } from '../../../shared/figure';

/** Subjects that are a ratio of two terms: …差距 / …比 / …之比 / …倍差. */
const RATIO_HEAD = /(?:差距|之比|比值|倍差|比)$/u;
/** 城乡居民收入比: 城 and 乡 stand for the two terms, the urban one first. */
const URBAN_RURAL = /^城乡/u;
/** 工业与服务业增加值之比: the two terms are named, joined by 与/和/同. */
const NAMED_TERMS = /^([^与和同]{1,8})[与和同]([^与和同]{1,12}?)(?:之比|比值)$/u;

export function meaningOf(token: NumberToken, kind: FigureKind, subject: string, unit: string): FigureMeaning | null {
  if (token.form === 'digit-band') return { type: 'at-least', value: token.value, unit: '%' };
  if (kind !== 'ratio' || unit !== '' || !RATIO_HEAD.test(subject)) return null;
  const terms = ratioTerms(subject);
  return terms ? { type: 'ratio', terms } : null;
}

function ratioTerms(subject: string): readonly [string, string] | null {
  if (URBAN_RURAL.test(subject)) return ['城镇', '农村'];
  const named = NAMED_TERMS.exec(subject);
  return named?.[1] && named[2] ? [named[1], named[2]] : null;
}
