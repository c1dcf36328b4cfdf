import type { FigureMeaning } from './figure';

/** The fields of a figure these helpers read: a StoredFigure, a deck FigureCard or a chart point all fit. */
interface ValueLike {
  readonly valueText: string;
  readonly unit: string;
}
interface QualifiedLike {
  readonly qualifier: string | null;
}

/** Qualifiers that read as part of the number, before it, in the same size: 约5615.3亿元, 近九成. */
const inlineBefore = new Set(['约', '近']);
/** Qualifiers that read as a verb before the number, set as a small word: 突破 2.6万亿元, 累计 103.8万人. */
const wordBefore = new Set(['超过', '突破', '达到', '累计', '至少']);
/** Qualifiers written after the number: 95%以上, 2.26以下, 全国领先. */
const wordAfter = new Set(['以上', '以下', '领先']);

/**
 * The unit as the report writes it next to the number. A word number carries its unit in itself: 九成 and
 * 两位数 are stored with unit % (what they mean), but the report never writes 九成%.
 */
export function writtenUnit(figure: ValueLike): string {
  return /[0-9]/.test(figure.valueText) ? figure.unit : '';
}

/** The value as the report writes it, with its unit: never reformatted, never rounded. */
export function valueWithUnit(figure: ValueLike): string {
  return `${figure.valueText}${writtenUnit(figure)}`;
}

/**
 * Leading words that bound the number (突破 2万亿元 says "more than"): a statement of the value keeps them.
 * 达到 and 累计 say how the number was reached, not what it is, and are left to the full phrase.
 */
const boundingLeads = new Set(['超过', '突破', '至少']);

/** The qualifier split into what reads before and after the number in a statement (bounds only). */
export function qualifierParts(figure: QualifiedLike): { before: string; after: string } {
  const { inline, lead, after } = qualifierPlacement(figure);
  return { before: `${boundingLeads.has(lead) ? lead : ''}${inline}`, after };
}

/**
 * Where a qualifier goes when a figure is set large, as Chinese reads it:
 * `inline` sits right before the number (约 / 近), `lead` is a small word above or before it
 * (突破 / 超过 / 达到 / 累计 / 至少), `after` follows the unit (以上 / 以下 / 领先).
 */
export function qualifierPlacement(figure: QualifiedLike): { inline: string; lead: string; after: string } {
  const q = figure.qualifier;
  if (!q) return { inline: '', lead: '', after: '' };
  if (inlineBefore.has(q)) return { inline: q, lead: '', after: '' };
  if (wordBefore.has(q)) return { inline: '', lead: q, after: '' };
  if (wordAfter.has(q)) return { inline: '', lead: '', after: q };
  return { inline: '', lead: '', after: q };
}

/** A one-line statement of a figure with its bound, as a chart label or a list reads it: 约4760.5亿元 / 95%以上 / 突破2万亿元. */
export function figureStatement(figure: ValueLike & QualifiedLike): string {
  const { before, after } = qualifierParts(figure);
  return `${before}${valueWithUnit(figure)}${after}`;
}

/** The full spoken form, leading verb included: 突破2.6万亿元 / 约4760.5亿元 / 4.5个以上. */
export function figurePhrase(figure: ValueLike & QualifiedLike): string {
  const { inline, lead, after } = qualifierPlacement(figure);
  return `${lead}${inline}${valueWithUnit(figure)}${after}`;
}

interface MeantLike {
  readonly valueText: string;
  /** Absent on figures stored before meanings were read. */
  readonly meaning?: FigureMeaning | null;
}

/**
 * What a value means where its text does not say it, for a reader: 城镇:农村 = 2.26:1, 不低于10%. The value's
 * own text is repeated exactly; nothing is computed.
 */
export function meaningStatement(figure: MeantLike): string | null {
  const meaning = figure.meaning;
  if (!meaning) return null;
  switch (meaning.type) {
    case 'ratio':
      return `${meaning.terms[0]}:${meaning.terms[1]} = ${figure.valueText}:1`;
    case 'at-least':
      return `不低于${meaning.value}${meaning.unit}`;
  }
}

/**
 * The meaning a slide shows beside the value: the terms of a ratio (2.26 alone does not say 城镇:农村). A band
 * (两位数) shows as written and nothing more: its bound (10%) is a number the report does not print.
 */
export function slideMeaning(figure: MeantLike): string | null {
  return figure.meaning?.type === 'ratio' ? meaningStatement(figure) : null;
}
