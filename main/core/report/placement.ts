import type { Figure } from './figures/types';
import type { ReportModel, ReportParagraph } from './model';
import { sourceToTextOffsets, toTextRange, type TextRange } from './text-offsets';

/** A figure together with where its value and quote sit in its paragraph's plain text (for highlighting). */
export interface PlacedFigure extends Figure {
  readonly valueRange: TextRange;
  readonly quoteRange: TextRange;
}

function paragraphsByIndex(report: ReportModel): Map<number, ReportParagraph> {
  const byIndex = new Map<number, ReportParagraph>();
  for (const part of report.parts) {
    if (part.lead) byIndex.set(part.lead.index, part.lead);
    for (const section of part.sections) for (const p of section.paragraphs) byIndex.set(p.index, p);
  }
  if (report.closing) byIndex.set(report.closing.index, report.closing);
  return byIndex;
}

export function placeFigures(report: ReportModel, figures: readonly Figure[]): PlacedFigure[] {
  const paragraphs = paragraphsByIndex(report);
  const maps = new Map<number, Int32Array>();
  return figures.map((figure) => {
    const { source } = figure;
    const paragraph = paragraphs.get(source.paragraphIndex);
    if (!paragraph) throw new Error(`figure ${figure.key} refers to unknown paragraph ${source.paragraphIndex}`);
    let map = maps.get(paragraph.index);
    if (!map) {
      map = sourceToTextOffsets(report.source.slice(paragraph.sourceStart, paragraph.sourceEnd), paragraph.text);
      maps.set(paragraph.index, map);
    }
    return {
      ...figure,
      valueRange: toTextRange(map, paragraph.sourceStart, source.valueStart, source.valueEnd),
      quoteRange: toTextRange(map, paragraph.sourceStart, source.quoteStart, source.quoteEnd),
    };
  });
}
