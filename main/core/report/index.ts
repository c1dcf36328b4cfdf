/** The report core: parse a report's source and extract its figures. */
import { extractFigures, extractFiguresAs } from './figures';
import type { Figure, PlacedFigure } from '../../shared/figure';
import { placer } from './placement';
import type { ReportModel } from '../../shared/report';
import { parseReport } from './parse/index';

export function analyseReport(source: string): { report: ReportModel; figures: Figure[] } {
  const report = parseReport(source);
  return { report, figures: extractFigures(report) };
}

/** The report and its figures placed in their paragraphs' text (placement.ts), as the store keeps them. */
export function analyseReportPlaced(source: string): { report: ReportModel; figures: PlacedFigure[] } {
  const report = parseReport(source);
  return { report, figures: extractFiguresAs(report, placer(report)) };
}
