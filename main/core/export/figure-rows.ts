import type { StoredBriefing } from '../../shared/briefing';
import type { StoredFigure } from '../../shared/figure';
import { describeCorrection, type ReviewedFigure } from '../../shared/figure-corrections';
import { figureStatement } from '../../shared/format';
import { rankBadge } from '../deck/rank-badge';

/**
 * The figures of a briefing as a table, one row per figure in document order: what the Excel workbook and
 * the CSV file both hold. Every value is the stored one; the report's own wording of it sits beside it.
 */

export type CellValue = string | number | null;

export interface FigureColumn {
  readonly header: string;
  /** 'number': the cell holds a number (Excel can sum it); 'text' otherwise. */
  readonly type: 'number' | 'text';
  /** Widest the column gets, in character cells (a long quote wraps within it). */
  readonly maxWidth: number;
}

export const figureColumns = [
  { header: '章节', type: 'text', maxWidth: 30 },
  { header: '指标', type: 'text', maxWidth: 30 },
  { header: '数值', type: 'number', maxWidth: 16 },
  { header: '单位', type: 'text', maxWidth: 12 },
  { header: '报告写法', type: 'text', maxWidth: 24 },
  { header: '标准化数值', type: 'number', maxWidth: 20 },
  { header: '标准化单位', type: 'text', maxWidth: 12 },
  { header: '时期', type: 'text', maxWidth: 24 },
  { header: '限定词', type: 'text', maxWidth: 10 },
  { header: '排名', type: 'text', maxWidth: 20 },
  { header: '来源', type: 'text', maxWidth: 8 },
  { header: '推算依据', type: 'text', maxWidth: 30 },
  { header: '更正', type: 'text', maxWidth: 30 },
  { header: '出处原文', type: 'text', maxWidth: 80 },
] as const satisfies readonly FigureColumn[];

export interface FigureRow {
  /** In the order of `figureColumns`. */
  readonly cells: readonly CellValue[];
  /**
   * Decimals the report printed the value with, so its number cell shows it the same way; null for a value
   * the report writes in words or as a fraction (九成, 2/3), whose cell shows the number in full.
   */
  readonly decimals: number | null;
}

/** Figures as corrected (shared/figure-corrections.ts): a corrected one says what was corrected, by whom and when. */
export function figureRows(briefing: StoredBriefing, figures: readonly (StoredFigure | ReviewedFigure)[]): FigureRow[] {
  const sectionHeadings = new Map(briefing.parts.flatMap((part) => part.sections.map((s) => [s.id, s.heading] as const)));
  return [...figures]
    .sort((a, b) => a.index - b.index)
    .map((figure) => {
      const derivation = figure.relations.find((relation) => relation.type === 'derived-from');
      const cells: CellValue[] = [
        // A part's lead paragraph belongs to no section: its figures sit under the part's headline.
        (figure.sectionId === null ? null : sectionHeadings.get(figure.sectionId)) ?? briefing.parts[figure.source.partIndex]?.headline ?? '',
        figure.label,
        figure.value,
        figure.unit,
        figureStatement(figure),
        figure.normalised?.value ?? null,
        figure.normalised?.unit ?? '',
        figure.period ?? '',
        figure.qualifier ?? '',
        rankBadge(figure.rank) ?? '',
        figure.derived ? '推算' : '原文',
        derivation?.type === 'derived-from' ? derivation.formula : '',
        correctionCell(figure),
        figure.source.quoteText,
      ];
      return { cells, decimals: writtenDecimals(figure.valueText) };
    });
}

/** 更正: what a staff member corrected (report's wording → corrected), signed and dated; empty when nothing was. */
function correctionCell(figure: ReviewedFigure): string {
  const correction = figure.correction;
  if (!correction) return '';
  return `${describeCorrection(correction, correction.original)}（${correction.author}，${correction.updatedAt.slice(0, 10)}）`;
}

/**
 * Digits after the decimal point of a value as the report writes it (5615.3 → 1, 2.60 → 2, 46 → 0), so a
 * number cell shows what the report printed; null when the report writes no decimal number (九成, 2/3:
 * a format of 0 decimals would show 2/3 as 1).
 */
export function writtenDecimals(valueText: string): number | null {
  const match = /^-?\d+(?:\.(\d+))?$/.exec(valueText);
  return match ? (match[1]?.length ?? 0) : null;
}

/** Width of a text in character cells: a Chinese character (or full-width sign) takes two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\uFFEF]/.test(char) ? 2 : 1;
  return width;
}
