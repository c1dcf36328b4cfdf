/**
 * From offsets in a paragraph's plain text to offsets in the report's source. The plain text drops markup
 * (PM<sub>2.5</sub>) and rejoins layout breaks, so the map is per character (see parse.ts).
 */
import type { ReportModel, ReportParagraph } from '../../../shared/report';
import { paragraphSourceMaps, type ParagraphSourceMap } from '../parse/index';

export class SourceSpans {
  private readonly maps: ReadonlyMap<number, ParagraphSourceMap>;

  constructor(report: ReportModel) {
    this.maps = paragraphSourceMaps(report);
  }

  /** Source span of paragraph.text[start, end); falls back to the paragraph's span if no map is known. */
  span(paragraph: ReportParagraph, start: number, end: number): { start: number; end: number } {
    const map = this.maps.get(paragraph.index);
    const first = map?.startOf(start);
    const last = map?.endOf(end - 1);
    if (first === undefined || last === undefined || end <= start) return { start: paragraph.sourceStart, end: paragraph.sourceEnd };
    return { start: first, end: last };
  }
}
