import type { Figure } from '../../shared/figure';
import type { ReportModel } from '../../shared/report';
import { paragraphSourceMaps, type ParagraphSourceMap } from './parse/index';
import type { TextRange } from '../../shared/figure';
import type { PlacedFigure } from '../../shared/figure';

export function placeFigures(report: ReportModel, figures: readonly Figure[]): PlacedFigure[] {
  return figures.map(placer(report));
}

/**
 * What places one figure of the report in its paragraph's plain text: the ranges its value and its sentence
 * cover there. The importer places each figure as it is extracted (extractFiguresAs), so that only the
 * placed form of each is kept.
 */
export function placer(report: ReportModel): (figure: Figure) => PlacedFigure {
  const maps = paragraphSourceMaps(report); // one per paragraph of the report
  return (figure) => {
    const { source } = figure;
    const map = maps.get(source.paragraphIndex);
    if (!map) throw new Error(`figure ${figure.key} refers to unknown paragraph ${source.paragraphIndex}`);
    return {
      ...figure,
      valueRange: textRange(map, source.valueStart, source.valueEnd),
      quoteRange: textRange(map, source.quoteStart, source.quoteEnd),
    };
  };
}

/**
 * The plain-text range of the characters that came from `source[start, end)`, by the paragraph's exact
 * per-character source map: markup (PM<sub>2.5</sub>) and a rejoined layout break inside the range have no
 * plain-text characters, and a range outside the paragraph is clamped to it.
 */
function textRange(map: ParagraphSourceMap, start: number, end: number): TextRange {
  const from = firstCharAtOrAfter(map, start);
  return { start: from, end: Math.max(from, firstCharAtOrAfter(map, end)) };
}

/** Index of the first character whose source starts at or after `offset` (source order is plain-text order). */
function firstCharAtOrAfter(map: ParagraphSourceMap, offset: number): number {
  let low = 0;
  let high = map.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((map.startOf(middle) ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
