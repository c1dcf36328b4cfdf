/**
 * Parses a report (a Markdown-like newspaper page of press releases) into a ReportModel.
 *
 * The structure comes from a real Markdown parser (remark): block nodes and their source offsets
 * (parse/markdown.ts, parse/inline-text.ts). On top of that tree the page's conventions are applied
 * (parse/conventions.ts, parse/joins.ts, parse/assemble.ts):
 *   - the first short paragraph before any heading is the page title;
 *   - a heading immediately followed by a dateline paragraph (本报讯…) opens a PART (one release), and that
 *     paragraph is the part's lead;
 *   - any other heading opens a SECTION of the current part; paragraphs go to the current section;
 *   - a final short line without sentence punctuation (内蒙古答卷) is the page's closing;
 *   - a sentence that the layout broke across two paragraphs ("投用8" / "个国家级…") is joined again.
 *
 * Every piece of plain text keeps a per-character map back to the source, so figures found in the plain
 * text can be quoted with exact source offsets (see `paragraphSourceMaps`).
 */
import type { ReportModel } from '../../../shared/report';
import { parseWithSourceMaps } from './assemble';
import type { ParagraphSourceMap } from './mapped-text';

export type { ParagraphSourceMap } from './mapped-text';
export { isClosingLine, isLeadParagraph, sloganOf } from './conventions';
export { isLayoutBreak } from './joins';

export function parseReport(source: string): ReportModel {
  const { report, maps } = parseWithSourceMaps(source);
  sourceMapCache.set(report, maps);
  return report;
}

/**
 * The source maps of a report's paragraphs, by paragraph index. Cached for models made by `parseReport`;
 * for a model that came from elsewhere (e.g. deserialised) the source is parsed again, which yields the
 * same paragraphs because parsing is deterministic.
 */
export function paragraphSourceMaps(report: ReportModel): ReadonlyMap<number, ParagraphSourceMap> {
  return sourceMapCache.get(report) ?? parseWithSourceMaps(report.source).maps;
}

const sourceMapCache = new WeakMap<ReportModel, ReadonlyMap<number, ParagraphSourceMap>>();
