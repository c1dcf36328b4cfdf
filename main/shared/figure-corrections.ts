/**
 * Figure corrections (figure review): what a staff member set right on a figure the generator read wrong —
 * its label, period, unit or qualifier — or that it should not be shown on the deck. The value is never
 * corrected: it stays what the report prints. Stored per briefing against the figure's stable key, so a new
 * version of the report keeps every correction whose figure is still there.
 */
import type { Qualifier, StoredFigure } from './figure';
import { valueWithUnit } from './format';

export const correctionLimits = { labelChars: 80, periodChars: 40, unitChars: 16 } as const;

/** Every qualifier a figure may carry (shared/figure.ts Qualifier), as the form offers and the schema checks them. */
export const qualifiers = ['以上', '超过', '突破', '达到', '约', '累计', '至少', '近', '以下', '领先'] as const satisfies readonly Qualifier[];

/** The fields a correction may set; a field absent is as the report has it. */
export interface CorrectedFields {
  readonly label?: string;
  /** null: the figure has no period. */
  readonly period?: string | null;
  /** '': the figure has no unit. */
  readonly unit?: string;
  /** null: the value is exact. */
  readonly qualifier?: Qualifier | null;
}

/** A figure's correction in force. */
export interface FigureCorrection {
  readonly figureKey: string;
  readonly fields: CorrectedFields;
  /** Left out of the deck (its card and chart point); still listed in the source view. */
  readonly excluded: boolean;
  /** Who saved this version of it (the settings' author name). */
  readonly author: string;
  /** When the figure was first corrected, and when this version was saved. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** How many versions are in force: 撤销更正 goes back to the one before (or to the report at 1). */
  readonly version: number;
}

/** What the report says of a corrected figure, kept beside the corrected fields. */
export interface OriginalFields {
  readonly label: string;
  readonly period: string | null;
  readonly unit: string;
  readonly qualifier: Qualifier | null;
}

/** A stored figure with its correction laid over it (label, period, unit and qualifier are the corrected ones). */
export interface ReviewedFigure extends StoredFigure {
  readonly correction?: FigureCorrection & { readonly original: OriginalFields };
}

/** A correction whose figure is no longer in the report (after a re-import). */
export interface OrphanedCorrection {
  readonly correction: FigureCorrection;
}

export interface FigureCorrections {
  /** Every figure of the briefing in document order, corrected, excluded ones included. */
  readonly figures: readonly ReviewedFigure[];
  readonly orphans: readonly OrphanedCorrection[];
}

/** The figure as corrected, the original fields kept on its `correction`; unchanged without a correction. */
export function reviewFigure(figure: StoredFigure, correction: FigureCorrection | undefined): ReviewedFigure {
  if (!correction) return figure;
  const { label, period, unit, qualifier } = figure;
  const original: OriginalFields = { label, period, unit, qualifier };
  return { ...figure, ...correction.fields, correction: { ...correction, original } };
}

export function reviewFigures(figures: readonly StoredFigure[], corrections: readonly FigureCorrection[]): FigureCorrections {
  const byKey = new Map(corrections.map((c) => [c.figureKey, c]));
  const keys = new Set(figures.map((f) => f.key));
  return {
    figures: figures.map((figure) => reviewFigure(figure, byKey.get(figure.key))),
    orphans: corrections.filter((c) => !keys.has(c.figureKey)).map((correction) => ({ correction })),
  };
}

/** True for a figure a correction changed or excluded (a card or point built from it is marked 已更正). */
export function isCorrected(figure: object): boolean {
  return 'correction' in figure && figure.correction !== undefined;
}

const fieldNames: Record<keyof CorrectedFields, string> = { label: '指标', period: '时期', unit: '单位', qualifier: '限定词' };

const shown = (value: string | null | undefined): string => (value === null || value === undefined || value === '' ? '（无）' : `“${value}”`);

/**
 * A correction in words, for the check, the exports and the source view: 指标“A”→“B”；单位“亿元”→“万元”；不在幻灯片中显示.
 */
export function describeCorrection(correction: FigureCorrection, original: OriginalFields | null): string {
  const parts = (Object.keys(fieldNames) as (keyof CorrectedFields)[]).flatMap((field) => {
    if (!(field in correction.fields)) return [];
    const to = shown(correction.fields[field]);
    return [original ? `${fieldNames[field]}${shown(original[field])}→${to}` : `${fieldNames[field]}改为${to}`];
  });
  if (correction.excluded) parts.push('不在幻灯片中显示');
  return parts.join('；');
}

/** How a figure is named in a message: its label as the report has it and its value, e.g. “地区生产总值”（5615.3亿元）. */
export function figureNamed(figure: ReviewedFigure): string {
  const label = figure.correction?.original.label ?? figure.label;
  const unit = figure.correction?.original.unit ?? figure.unit;
  return `“${label}”（${valueWithUnit({ valueText: figure.valueText, unit })}）`;
}
