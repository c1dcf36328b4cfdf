/** The report core: parse a report's source and extract its figures. */
import { extractFigures } from './figures';
import type { Figure } from '../../shared/figure';
import type { ReportModel } from '../../shared/report';
import { parseReport } from './parse/index';

export function analyseReport(source: string): { report: ReportModel; figures: Figure[] } {
  const report = parseReport(source);
  return { report, figures: extractFigures(report) };
}
